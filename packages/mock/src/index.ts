export { BODY_LIMIT } from './body';
export { type ApiMockOptions, createApiMock, type Handler } from './mock';
export { type Preferences, parsePrefer } from './prefer';
export { portFor, portVariable, type RunningMock, type StartedMocks, type StartOptions, startMock } from './start';
