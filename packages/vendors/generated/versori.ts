// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: bee59ff128e77e21
import ListConnectors from '../versori/handlers/ListConnectors';
import GetConnector from '../versori/handlers/GetConnector';
import UpdateConnector from '../versori/handlers/UpdateConnector';
import DeleteConnector from '../versori/handlers/DeleteConnector';
import CreateHTTPConnector from '../versori/handlers/CreateHTTPConnector';
import CreateBigQueryConnector from '../versori/handlers/CreateBigQueryConnector';

/** The handler module of every operation of Versori Connect API, by operationId. */
export const operationHandlers = {
  "ListConnectors": ListConnectors,
  "GetConnector": GetConnector,
  "UpdateConnector": UpdateConnector,
  "DeleteConnector": DeleteConnector,
  "CreateHTTPConnector": CreateHTTPConnector,
  "CreateBigQueryConnector": CreateBigQueryConnector,
};
