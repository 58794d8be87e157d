// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: c8de92778d903b65
import listEnvironmentIntegrations from '../truto/handlers/listEnvironmentIntegrations';
import createEnvironmentIntegration from '../truto/handlers/createEnvironmentIntegration';
import getEnvironmentIntegration from '../truto/handlers/getEnvironmentIntegration';
import deleteEnvironmentIntegration from '../truto/handlers/deleteEnvironmentIntegration';
import updateEnvironmentIntegration from '../truto/handlers/updateEnvironmentIntegration';

/** The handler module of every operation of Truto Admin API, by operationId. */
export const operationHandlers = {
  "listEnvironmentIntegrations": listEnvironmentIntegrations,
  "createEnvironmentIntegration": createEnvironmentIntegration,
  "getEnvironmentIntegration": getEnvironmentIntegration,
  "deleteEnvironmentIntegration": deleteEnvironmentIntegration,
  "updateEnvironmentIntegration": updateEnvironmentIntegration,
};
