// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 696d7ff75f61cfa6
import updateConnector from '../versori/handlers/updateConnector';

/** The handler module of every operation of Versori Connect API, by operationId. */
export const handlers = {
  "updateConnector": updateConnector,
};
