// Generated from spec/looker/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 6fcb52ac6c7c35f6
import login from '../looker/handlers/login';
import login_user from '../looker/handlers/login_user';
import logout from '../looker/handlers/logout';
import all_integration_hubs from '../looker/handlers/all_integration_hubs';
import create_integration_hub from '../looker/handlers/create_integration_hub';
import integration_hub from '../looker/handlers/integration_hub';
import delete_integration_hub from '../looker/handlers/delete_integration_hub';
import update_integration_hub from '../looker/handlers/update_integration_hub';
import get_integration_hub_health from '../looker/handlers/get_integration_hub_health';
import accept_integration_hub_legal_agreement from '../looker/handlers/accept_integration_hub_legal_agreement';
import all_integrations from '../looker/handlers/all_integrations';
import integration from '../looker/handlers/integration';
import update_integration from '../looker/handlers/update_integration';
import fetch_integration_form from '../looker/handlers/fetch_integration_form';
import test_integration from '../looker/handlers/test_integration';
import all_user_credentials_api3s from '../looker/handlers/all_user_credentials_api3s';
import create_user_credentials_api3 from '../looker/handlers/create_user_credentials_api3';
import user_credentials_api3 from '../looker/handlers/user_credentials_api3';
import delete_user_credentials_api3 from '../looker/handlers/delete_user_credentials_api3';
import update_user_credentials_api3 from '../looker/handlers/update_user_credentials_api3';

/** The handler module of every operation of Looker API 4.0, by operationId. */
export const operationHandlers = {
  "login": login,
  "login_user": login_user,
  "logout": logout,
  "all_integration_hubs": all_integration_hubs,
  "create_integration_hub": create_integration_hub,
  "integration_hub": integration_hub,
  "delete_integration_hub": delete_integration_hub,
  "update_integration_hub": update_integration_hub,
  "get_integration_hub_health": get_integration_hub_health,
  "accept_integration_hub_legal_agreement": accept_integration_hub_legal_agreement,
  "all_integrations": all_integrations,
  "integration": integration,
  "update_integration": update_integration,
  "fetch_integration_form": fetch_integration_form,
  "test_integration": test_integration,
  "all_user_credentials_api3s": all_user_credentials_api3s,
  "create_user_credentials_api3": create_user_credentials_api3,
  "user_credentials_api3": user_credentials_api3,
  "delete_user_credentials_api3": delete_user_credentials_api3,
  "update_user_credentials_api3": update_user_credentials_api3,
};
