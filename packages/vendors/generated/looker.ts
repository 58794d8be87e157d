// Generated from spec/looker/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 2dd92148475b3af8
import login from '../looker/handlers/login';
import logout from '../looker/handlers/logout';
import create_integration_hub from '../looker/handlers/create_integration_hub';
import update_integration_hub from '../looker/handlers/update_integration_hub';
import update_user_credentials_api3 from '../looker/handlers/update_user_credentials_api3';

/** The handler module of every operation of Looker API 4.0, by operationId. */
export const handlers = {
  "login": login,
  "logout": logout,
  "create_integration_hub": create_integration_hub,
  "update_integration_hub": update_integration_hub,
  "update_user_credentials_api3": update_user_credentials_api3,
};
