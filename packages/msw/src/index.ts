// The generic part of the MSW handlers; each API's entry (`@contracts/msw/<api>`) is generated over it.
export { type ApiHandlerOptions, type ApiHandlers, type CredentialsOf, createApiHandlers, type Mode } from './create-api-handlers';
export type { ResolvedPaths } from './paths';
