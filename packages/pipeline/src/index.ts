// The one request pipeline of the stub, the mock and the MSW handlers; no framework and no Node API, so it runs in browsers too.
export { type BodyOutcome, type BodyRules, bodyRulesOf, readBody } from './body';
export {
  type Control,
  type ControlOptions,
  ControlRefusal,
  type FaultSettings,
  type Interruption,
} from './control/control';
export { type ControlStore, MemoryControlStore } from './control/control-store';
export { parseFaultList } from './control/fault-list';
export type { Outcome } from './control/journal';
export { type CorsOrigins, corsHeaders } from './cors';
export { exampleAnswer } from './examples';
export { type Admission, type AdmittedRequest, createPipeline, type Mode, type Pipeline, type PipelineOptions, targetOf, type Validator } from './pipeline';
export { type Preferences, parsePrefer, preferenceProblem, successStatus } from './prefer';
export { consumeRateLimit, defaultRateLimit, memoryRateLimiter, type RateLimiterFactory, type RateLimitSettings, type RateVerdict } from './rate-limits';
export { isFormMediaType, isJsonMediaType, mediaTypeOf, type PipelineRequest } from './request';
export { type RouteLookup, RouteTable } from './route-table';
