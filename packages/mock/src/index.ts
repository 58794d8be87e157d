export { type Preferences, parsePrefer } from '@contracts/vendors';
export { type ApiMock, type ApiMockOptions, createApiMock } from './mock';
export { type ApiMockServer, portVariable, type RunningMock, type StartedMocks, type StartOptions, startApiMock, startMock } from './start';
