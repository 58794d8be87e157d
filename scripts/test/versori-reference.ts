/**
 * Facts of Versori's published OpenAPI description of the Connect API (`openapi/connect-api-v1.yaml` in the
 * `versori/user-docs` repository, which feeds docs.versori.com), transcribed for the operations and schemas
 * this contract covers. The file itself is not copied: its `info.license` is `UNLICENSED` and the repository
 * carries no licence.
 *
 * Each schema is written flattened (the properties and `required` of its `allOf` parts merged, a later part
 * winning) in a small notation: a named schema by its name; `string`, `integer`, `boolean`, `object`;
 * `:format` after a type (`string:date-time`); `|null` for nullable; `array<…>`; `const:x`; `enum:a,b`;
 * `oneOf<A,B>` with the branches sorted.
 */
export interface ReferenceObject {
  kind: 'object';
  properties: Record<string, string>;
  required: string[];
}
export interface ReferenceUnion {
  kind: 'oneOf';
  branches: string[];
  discriminator: string;
}
export interface ReferenceEnum {
  kind: 'enum';
  values: string[];
}
export interface ReferenceArray {
  kind: 'array';
  items: string;
}
export type ReferenceSchema = ReferenceObject | ReferenceUnion | ReferenceEnum | ReferenceArray;

export interface ReferenceOperation {
  operationId: string;
  method: string;
  path: string;
  /** `<in> <name>[?]: <type>[=default]`, `?` when optional. */
  parameters: string[];
  /** The request body's schema; the body is required when present. */
  requestBody?: string;
  /** Success status → the schema of its JSON body, or `none`. */
  success: Record<string, string>;
}

const ulid = 'string:ulid';
const timestamp = 'string:date-time';
const object = (properties: Record<string, string>, required: string[] = []): ReferenceObject => ({ kind: 'object', properties, required });
const credentialDataBranches =
  'oneOf<CredentialDataBasicAuth,CredentialDataBinary,CredentialDataCertificate,CredentialDataNone,CredentialDataOAuth2Client,CredentialDataOAuth2Code,CredentialDataOAuth2Password,CredentialDataOAuth2Token,CredentialDataString>';

const authSchemeConfigBase = { id: ulid, description: 'string', validationMessages: 'array<Message>' };
const authSchemeConfigBaseRequired = ['id', 'description'];
const grant = (grantType: string) => ({
  grantType: `const:${grantType}`,
  credentialId: ulid,
  organisationId: ulid,
  clientId: 'string',
  clientSecret: 'string',
});
const connectorBase = {
  id: ulid,
  organisationId: ulid,
  name: 'string',
  public: 'boolean',
  documentationURL: 'string',
  imageURL: 'string',
  tags: 'Tags',
  protocol: 'ProtocolType',
  authSchemeConfigs: 'array<AuthSchemeConfig>',
  connectionVariables: 'array<ConnectionVariable>',
  connections: 'array<Connection>',
  versions: 'array<ConnectorVersion>',
  createdAt: timestamp,
  updatedAt: timestamp,
};
const connectorBaseRequired = ['id', 'organisationId', 'name', 'public', 'protocol', 'authSchemeConfigs', 'connections', 'versions', 'createdAt', 'updatedAt'];
const connectorUpdateBase = {
  id: ulid,
  organisationId: ulid,
  name: 'string',
  tags: 'Tags',
  protocol: 'ProtocolType',
  authSchemeConfigIds: 'array<string>',
  public: 'boolean',
  documentationURL: 'string',
  imageURL: 'string',
};
const connectorUpdateBaseRequired = ['id', 'organisationId', 'name', 'protocol'];

export const versoriSchemas: Record<string, ReferenceSchema> = {
  PageInfo: object({ totalCount: 'integer', next: 'string', prev: 'string' }, ['totalCount']),
  Tags: object({}),
  Category: {
    kind: 'enum',
    values: [
      'Development & IT',
      'ERP',
      'Supply Chain & Logistics',
      'Communication',
      'Accounting',
      'Hospitality',
      'Productivity',
      'HR',
      'CRM',
      'AI/LLMs',
      'eCommerce',
      'Business Operations',
    ],
  },
  ProtocolType: { kind: 'enum', values: ['http', 'bigquery'] },
  MessageSeverity: { kind: 'enum', values: ['info', 'warning', 'error'] },
  Message: object({ text: 'string', severity: 'MessageSeverity', detail: 'array<string>' }, ['text', 'severity']),
  AuthSchemeConfigBase: object(authSchemeConfigBase, authSchemeConfigBaseRequired),
  AuthSchemeConfigNone: object({ ...authSchemeConfigBase, schemeType: 'const:none' }, [...authSchemeConfigBaseRequired, 'schemeType']),
  AuthSchemeConfigAPIKeyIn: { kind: 'enum', values: ['query', 'header', 'cookie'] },
  AuthSchemeConfigAPIKey: object({ ...authSchemeConfigBase, schemeType: 'const:api-key', name: 'string', in: 'AuthSchemeConfigAPIKeyIn' }, [
    ...authSchemeConfigBaseRequired,
    'schemeType',
    'name',
    'in',
  ]),
  AuthSchemeConfigBasicAuth: object({ ...authSchemeConfigBase, schemeType: 'const:basic-auth' }, [...authSchemeConfigBaseRequired, 'schemeType']),
  OAuth2Scope: object({ name: 'string', description: 'string' }, ['name']),
  AuthSchemeConfigOAuth2GrantAuthorizationCode: object(grant('authorization_code'), ['grantType']),
  AuthSchemeConfigOAuth2GrantClientCredentials: object({ grantType: 'const:client_credentials' }, ['grantType']),
  AuthSchemeConfigOAuth2GrantPassword: object(grant('password'), ['grantType']),
  AuthSchemeConfigOAuth2Grant: {
    kind: 'oneOf',
    branches: ['AuthSchemeConfigOAuth2GrantAuthorizationCode', 'AuthSchemeConfigOAuth2GrantClientCredentials', 'AuthSchemeConfigOAuth2GrantPassword'],
    discriminator: 'grantType',
  },
  AuthSchemeConfigOAuth2: object(
    {
      ...authSchemeConfigBase,
      schemeType: 'const:oauth2',
      authorizeUrl: 'string:uri',
      tokenUrl: 'string:uri',
      scopes: 'array<OAuth2Scope>',
      defaultScopes: 'array<string>',
      additionalAuthorizeParams: 'string',
      additionalTokenParams: 'string',
      mtlsEnabled: 'boolean',
      mtlsCredentialId: 'string',
      grant: 'AuthSchemeConfigOAuth2Grant',
    },
    [...authSchemeConfigBaseRequired, 'schemeType', 'authorizeUrl', 'tokenUrl', 'scopes', 'defaultScopes', 'grant'],
  ),
  AuthSchemeConfigHMACIn: { kind: 'enum', values: ['query', 'header', 'cookie'] },
  AuthSchemeConfigHMAC: object(
    {
      ...authSchemeConfigBase,
      schemeType: 'const:hmac',
      name: 'string',
      in: 'AuthSchemeConfigHMACIn',
      algorithm: 'enum:sha1,sha256,sha512',
      digestInputs: 'array<enum:body,url>',
    },
    [...authSchemeConfigBaseRequired, 'schemeType', 'name', 'in', 'algorithm', 'digestInputs'],
  ),
  AuthSchemeConfigCertificate: object({ ...authSchemeConfigBase, schemeType: 'const:certificate' }, [...authSchemeConfigBaseRequired, 'schemeType']),
  AuthSchemeConfig: {
    kind: 'oneOf',
    branches: [
      'AuthSchemeConfigAPIKey',
      'AuthSchemeConfigBasicAuth',
      'AuthSchemeConfigCertificate',
      'AuthSchemeConfigHMAC',
      'AuthSchemeConfigNone',
      'AuthSchemeConfigOAuth2',
    ],
    discriminator: 'schemeType',
  },
  ConnectionVariable: object({ name: 'string', value: 'string' }, ['name', 'value']),
  CredentialType: {
    kind: 'enum',
    values: [
      'none',
      'string',
      'binary',
      'basic-auth',
      'oauth2-client',
      'oauth2-code',
      'oauth2-password',
      'oauth2-token',
      'custom-function',
      'certificate',
      'jwt-bearer',
    ],
  },
  ConnectorSummaryBase: object({ id: ulid, organisationId: ulid, name: 'string', protocol: 'ProtocolType', createdAt: timestamp, updatedAt: timestamp }, [
    'id',
    'organisationId',
    'name',
    'protocol',
    'createdAt',
    'updatedAt',
  ]),
  CredentialUsageConnection: object({ id: ulid, name: 'string', connector: 'ConnectorSummaryBase', createdAt: timestamp, updatedAt: timestamp }, [
    'id',
    'name',
    'connector',
    'createdAt',
    'updatedAt',
  ]),
  CredentialUsage: object({ connection: 'CredentialUsageConnection' }, ['connection']),
  CredentialUsages: { kind: 'array', items: 'CredentialUsage' },
  CredentialDataNone: object({}),
  CredentialDataString: object({ value: 'string' }, ['value']),
  CredentialDataBinary: object({ valueBase64: 'string' }, ['valueBase64']),
  CredentialDataBasicAuth: object({ username: 'string', password: 'string' }, ['username', 'password']),
  CredentialDataOAuth2Client: object(
    {
      clientId: 'string',
      clientSecret: 'string',
      authorizeUrl: 'string:uri',
      tokenUrl: 'string:uri',
      scopes: 'array<string>',
      additionalParams: 'string',
      mTLSEnabled: 'boolean',
      mTLSCredentialId: 'string',
    },
    ['clientId', 'clientSecret', 'authorizeUrl', 'tokenUrl'],
  ),
  CredentialDataOAuth2Token: object({ scopes: 'array<string>', accessToken: 'string', refreshToken: 'string' }, ['scopes']),
  CredentialDataOAuth2Code: object({ code: 'string', state: 'string' }, ['code', 'state']),
  CredentialDataOAuth2Password: object({ username: 'string', password: 'string' }, ['username', 'password']),
  CredentialDataCertificate: object({ certificate: 'string', key: 'string', ca: 'string' }, ['certificate', 'key', 'ca']),
  Credential: object(
    {
      id: ulid,
      organisationId: ulid,
      type: 'CredentialType',
      name: 'string',
      usages: 'CredentialUsages',
      errors: 'array<string>',
      data: credentialDataBranches,
      expiresAt: timestamp,
    },
    ['id', 'organisationId', 'type', 'name', 'data'],
  ),
  CredentialCreate: object({ name: 'string', type: 'CredentialType', data: credentialDataBranches }, ['name', 'type', 'data']),
  ConnectionCredential: object({ id: ulid, authSchemeConfig: 'AuthSchemeConfig', credential: 'Credential' }, ['id', 'authSchemeConfig', 'credential']),
  ConnectionCredentials: object({ action: 'array<ConnectionCredential>', trigger: 'array<ConnectionCredential>' }),
  ConnectionCredentialCreate: object({ authSchemeConfig: 'AuthSchemeConfig', credential: 'CredentialCreate' }, ['authSchemeConfig', 'credential']),
  ConnectionCredentialsCreate: object({ action: 'array<ConnectionCredentialCreate>', trigger: 'array<ConnectionCredentialCreate>' }),
  ConnectionCreate: object({ name: 'string', credentials: 'ConnectionCredentialsCreate', variables: 'array<ConnectionVariable>' }, [
    'name',
    'credentials',
    'variables',
  ]),
  Connection: object(
    { id: ulid, name: 'string', credentials: 'ConnectionCredentials', variables: 'array<ConnectionVariable>', createdAt: timestamp, updatedAt: timestamp },
    ['id', 'name', 'credentials', 'variables', 'createdAt', 'updatedAt'],
  ),
  ConnectorVersion: object(
    {
      id: ulid,
      name: 'string',
      description: 'string',
      isLatest: 'boolean',
      isDefault: 'boolean',
      createdAt: timestamp,
      updatedAt: timestamp,
      publishedAt: 'string|null:date-time',
      messages: 'array<Message>',
    },
    ['id', 'name', 'isLatest', 'isDefault', 'createdAt', 'updatedAt', 'publishedAt'],
  ),
  ConnectorBase: object(connectorBase, connectorBaseRequired),
  HTTPConnector: object({ ...connectorBase, protocol: 'const:http', baseUrl: 'string', public: 'boolean' }, [...connectorBaseRequired, 'baseUrl']),
  BigQueryConnector: object({ ...connectorBase, protocol: 'const:bigquery', datasetId: 'string' }, [...connectorBaseRequired, 'datasetId']),
  Connector: { kind: 'oneOf', branches: ['BigQueryConnector', 'HTTPConnector'], discriminator: 'protocol' },
  ConnectorPage: object({ totalCount: 'integer', next: 'string', prev: 'string', connectors: 'array<Connector>' }, ['totalCount', 'connectors']),
  ConnectorUpdateBase: object(connectorUpdateBase, connectorUpdateBaseRequired),
  HTTPConnectorUpdate: object({ ...connectorUpdateBase, protocol: 'const:http', baseUrl: 'string', connectionVariables: 'array<ConnectionVariable>' }, [
    ...connectorUpdateBaseRequired,
    'baseUrl',
  ]),
  BigQueryConnectorUpdate: object({ ...connectorUpdateBase, protocol: 'enum:bigquery', datasetId: 'string' }, [...connectorUpdateBaseRequired, 'datasetId']),
  ConnectorUpdate: { kind: 'oneOf', branches: ['BigQueryConnectorUpdate', 'HTTPConnectorUpdate'], discriminator: 'protocol' },
  HTTPConnectorCreate: object(
    {
      name: 'string',
      baseUrl: 'string',
      connectionVariables: 'array<ConnectionVariable>',
      authSchemeConfigs: 'array<AuthSchemeConfig>',
      tags: 'Tags',
      public: 'boolean',
    },
    ['name', 'baseUrl', 'authSchemeConfigs', 'connections'],
  ),
  BigQueryConnectorCreate: object({ name: 'string', datasetId: 'string', connections: 'array<ConnectionCreate>' }, ['name', 'connections']),
  ErrorField: object({ field: 'string', message: 'string' }, ['field', 'message']),
  Error: object({ code: 'string', message: 'string', fields: 'array<ErrorField>', details: 'string' }, ['code', 'message']),
};

const organisation = `path organisation_id: ${ulid}`;
const connector = `path connector_id: ${ulid}`;

export const versoriOperations: ReferenceOperation[] = [
  {
    operationId: 'ListConnectors',
    method: 'get',
    path: '/o/{organisation_id}/connectors',
    parameters: [
      organisation,
      'query first?: integer=20',
      'query after?: string',
      'query before?: string',
      'query sort?: string',
      'query tags?: string',
      'query categories?: array<Category>',
      'query protocol?: string',
      'query name?: string',
    ],
    success: { '200': 'ConnectorPage' },
  },
  {
    operationId: 'GetConnector',
    method: 'get',
    path: '/o/{organisation_id}/connectors/{connector_id}',
    parameters: [organisation, connector],
    success: { '200': 'Connector' },
  },
  {
    operationId: 'UpdateConnector',
    method: 'put',
    path: '/o/{organisation_id}/connectors/{connector_id}',
    parameters: [organisation, connector],
    requestBody: 'ConnectorUpdate',
    success: { '200': 'Connector' },
  },
  {
    operationId: 'DeleteConnector',
    method: 'delete',
    path: '/o/{organisation_id}/connectors/{connector_id}',
    parameters: [organisation, connector, 'query force?: boolean'],
    success: { '204': 'none' },
  },
  {
    operationId: 'CreateHTTPConnector',
    method: 'post',
    path: '/o/{organisation_id}/protocols/http/connectors',
    parameters: [organisation],
    requestBody: 'HTTPConnectorCreate',
    success: { '201': 'HTTPConnector' },
  },
  {
    operationId: 'CreateBigQueryConnector',
    method: 'post',
    path: '/o/{organisation_id}/protocols/bigquery/connectors',
    parameters: [organisation],
    requestBody: 'BigQueryConnectorCreate',
    success: { '201': 'BigQueryConnector' },
  },
];
