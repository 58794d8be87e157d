export { type ApiMock, type ApiMockOptions, createApiMock } from './mock';
export { type ApiMockServer, type MockStartOptions, portVariable, type RunningMock, type StartedMocks, startApiMock, startMock } from './start';
