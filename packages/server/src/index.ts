export { createStubApp, rateLimitSettings, type StubApp, vendorOf } from './app';
export { type ExampleRequest, exampleRequests } from './examples';
export { defaultBodyLimitBytes, defaultRateLimit, resolveOptions, type StubOptions } from './options';
export { type RunningStub, type StartedStubs, type StartOptions, startStub, startStubs, warmUp } from './start';
