export { type ApiMockOptions, createApiMock } from './mock';
export { type Preferences, parsePrefer } from './prefer';
export { portVariable, type RunningMock, type StartedMocks, type StartOptions, startMock } from './start';
