export { type ApiMockOptions, createApiMock } from './mock';
export { type Preferences, parsePrefer } from '@contracts/vendors';
export { portVariable, type RunningMock, type StartedMocks, type StartOptions, startMock } from './start';
