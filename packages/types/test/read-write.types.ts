// Compiled by `pnpm typecheck` and by read-write.test.ts: each `@ts-expect-error` must stay an
// error, so a generated type that lets a read-only field into a request, or a write-only field
// into a response, breaks the build.
import type * as looker from '@contracts/types/looker';
import type * as truto from '@contracts/types/truto';
import type * as versori from '@contracts/types/versori';

export const createHub: looker.CreateIntegrationHubRequestBody = {
  url: 'https://looker-actions.brightwave.io/hub',
  authorization_token: '4b8e2f9d1c7a4e3f9b6d2a8c5e1f7d3b',
};

// @ts-expect-error `url` is required when creating a hub.
export const createHubWithoutUrl: looker.CreateIntegrationHubRequestBody = { authorization_token: 'x' };

export const createHubWithId: looker.CreateIntegrationHubRequestBody = {
  url: 'https://looker-actions.brightwave.io/hub',
  // @ts-expect-error `id` is read-only: requests cannot carry it.
  id: '3',
};

export const updateHubWithLabel: looker.UpdateIntegrationHubRequestBody = {
  // @ts-expect-error `label` is read-only.
  label: 'Brightwave Actions',
};

export function readToken(hub: looker.UpdateIntegrationHubResponse): unknown {
  // @ts-expect-error `authorization_token` is write-only: responses never carry it.
  return hub.authorization_token;
}

export function readHub(hub: looker.IntegrationHub): Array<string | boolean | null | undefined> {
  return [hub.id, hub.url, hub.label, hub.has_authorization_token];
}

export const hubInput: looker.IntegrationHubInput = {
  authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61',
  // @ts-expect-error `has_authorization_token` is read-only.
  has_authorization_token: true,
};

export const credentialUpdate: looker.UpdateUserCredentialsApi3RequestBody = {
  purpose: 'Nightly dashboard export to the data warehouse',
  // @ts-expect-error `created_at` is read-only.
  created_at: '2025-03-18T09:21:44.000+00:00',
};

export const loginForm: looker.LoginRequestBody = { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' };

export function readSecret(credentials: looker.LoginCredentials): unknown {
  // @ts-expect-error `client_secret` is write-only.
  return credentials.client_secret;
}

export function readNewSecret(created: looker.CreateUserCredentialsApi3Response): string | null | undefined {
  // Read-only, not write-only: the answer of a new API3 key is the one place the secret appears.
  return created.client_secret;
}

export function readStoredSecret(credential: looker.UserCredentialsApi3Response): unknown {
  // @ts-expect-error a stored credential never carries its secret.
  return credential.client_secret;
}

export const integrationUpdate: looker.UpdateIntegrationRequestBody = {
  enabled: true,
  params: [{ name: 'region', value: 'eu-central-1' }],
  // @ts-expect-error `label` is read-only: it comes from the integration hub.
  label: 'Northwind Warehouse Load',
};

export const trutoUpdate: truto.UpdateEnvironmentIntegrationRequestBody = { is_enabled: true, override: null };

export function readTrutoTimestamps(integration: truto.UpdateEnvironmentIntegrationResponse): string {
  return integration.updated_at;
}

export const trutoWithUnknownField: truto.UpdateEnvironmentIntegrationRequestBody = {
  // @ts-expect-error the update accepts only show_in_catalog, is_enabled and override.
  updated_at: '2021-08-12T14:32:05.000Z',
};

const acmeIds = { id: '01J2F7QK9RZ8X3M5N4B6C7D8EA', organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YB' };

export const versoriUpdate: versori.UpdateConnectorRequestBody = { ...acmeIds, name: 'Acme CRM', protocol: 'http', baseUrl: 'https://api.acme-crm.com/v3' };

export const versoriBigQueryUpdate: versori.UpdateConnectorRequestBody = { ...acmeIds, name: 'Sales', protocol: 'bigquery', datasetId: 'acme.sales' };

// @ts-expect-error an HTTP connector's update needs its baseUrl.
export const versoriUpdateWithoutBaseUrl: versori.UpdateConnectorRequestBody = { ...acmeIds, name: 'Acme CRM', protocol: 'http' };

export const versoriBadProtocol: versori.UpdateConnectorRequestBody = {
  ...acmeIds,
  name: 'Acme CRM',
  // @ts-expect-error `protocol` is one of http, bigquery.
  protocol: 'grpc',
  baseUrl: 'https://api.acme-crm.com/v3',
};

export function readVersions(connector: versori.Connector): number {
  return connector.versions.length;
}

export const connectorInput: versori.ConnectionVariableInput = { name: 'region', value: 'eu-west-1' };
