// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: b7d8c72459c68f36
import updateEnvironmentIntegration from '../truto/handlers/updateEnvironmentIntegration';

/** The handler module of every operation of Truto Admin API, by operationId. */
export const handlers = {
  "updateEnvironmentIntegration": updateEnvironmentIntegration,
};
