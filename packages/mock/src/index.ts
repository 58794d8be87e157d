export { type ApiMock, type ApiMockOptions, createApiMock } from './mock';
export { type MockStartOptions, portVariable, type RunningMock, type StartedMocks, startApiMock, startMock } from './start';
