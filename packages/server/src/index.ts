export { createStubApp, type StubApp } from './app';
export { defaultBodyLimitBytes, defaultRateLimit, resolveOptions, type StubOptions, storeUrl } from './options';
export { RedisStore } from './redis-store';
export { type RunningStub, type StartedStubs, type StubStartOptions, startStub, startStubs, storePrefix } from './start';
