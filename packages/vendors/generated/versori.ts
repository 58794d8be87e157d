// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 28273b840996247c
import updateConnector from '../versori/handlers/updateConnector';

/** The handler module of every operation of Versori Connect API, by operationId. */
export const handlers = {
  "updateConnector": updateConnector,
};
