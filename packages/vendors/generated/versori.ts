// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 5d88c468c4cbfb3c
import updateConnector from '../versori/handlers/updateConnector';

/** The handler module of every operation of Versori Connect API, by operationId. */
export const handlers = {
  "updateConnector": updateConnector,
};
