// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: b923e79af6193d8b
import updateConnector from '../versori/handlers/updateConnector';

/** The handler module of every operation of Versori Connect API, by operationId. */
export const handlers = {
  "updateConnector": updateConnector,
};
