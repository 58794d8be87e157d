// The framework-free core every vendor folder builds on, and every transport (Express stub, Prism mock, MSW) calls.
export { apiTokenAuthentication } from './api-token';
export { type BodyLimits, type BodyProblem, checkBody, defaultBodyLimits, nonFiniteParameters, parseBodyLimits } from './body-limits';
export { type CredentialSettings, defineCredentials, type Environment } from './credentials';
export { decodeCursor, encodeCursor } from './cursors';
export {
  defaultBodyLimitBytes,
  type ErrorResponse,
  type Location,
  locationOf,
  plainErrors,
  reasonPhrases,
  tokenOf,
  type VendorErrors,
  type Violation,
} from './errors';
export { createFake, type Fake, type FakeOptions } from './fake';
export {
  type AnyHandler,
  type HandlerContext,
  type HandlerInput,
  type HandlerResult,
  isNotImplemented,
  type NotImplemented,
  notImplemented,
  type OperationHandler,
  type OperationShape,
} from './handler';
export { randomAlphanumeric, randomToken, randomUlid, randomUuid } from './random';
export {
  assertUniqueField,
  type Collection,
  claimsOf,
  collection,
  highestNumericId,
  MemoryStore,
  PendingWrites,
  readOnlyTransaction,
  type SeedRecord,
  type Store,
  type StoreReader,
  type StoreTransaction,
  StoreUnavailableError,
  storeUnavailableMessage,
  UniqueConstraintError,
  type UniqueField,
  uniqueValuesOf,
  type Writes,
} from './store';
export { type Answer, type AnyVendor, type Caller, defineVendor, type ExampleRules, type FixtureCollection, type Vendor, type VendorRequest } from './vendor';
