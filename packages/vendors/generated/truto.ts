// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 1c6d08bb6382c79d
import updateEnvironmentIntegration from '../truto/handlers/updateEnvironmentIntegration';

/** The handler module of every operation of Truto Admin API, by operationId. */
export const handlers = {
  "updateEnvironmentIntegration": updateEnvironmentIntegration,
};
