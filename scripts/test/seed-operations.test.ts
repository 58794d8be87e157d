import { bundledApis, deref, flattenObject, type Json } from './bundles';

/**
 * The five operations of ../shared/seeds, as their pages and README state them: method, path,
 * operationId, documented statuses and the fields of their bodies. The bundles must carry each.
 */
const integrationHubFields = [
  'can',
  'id',
  'url',
  'label',
  'official',
  'fetch_error_message',
  'has_authorization_token',
  'legal_agreement_signed',
  'legal_agreement_required',
  'legal_agreement_text',
];

const seedOperations = [
  {
    api: 'looker',
    method: 'post',
    path: '/integration_hubs',
    operationId: 'create_integration_hub',
    statuses: ['200', '400', '404', '409', '422', '429'],
    query: ['fields'],
    requestFields: ['url', 'authorization_token'],
    responseFields: integrationHubFields,
    // Every field of the hub but `url` is set by Looker (`lock` on the seed page).
    readOnly: integrationHubFields.filter((field) => field !== 'url'),
    writeOnly: ['authorization_token'],
  },
  {
    api: 'looker',
    method: 'patch',
    path: '/integration_hubs/{integration_hub_id}',
    operationId: 'update_integration_hub',
    statuses: ['200', '400', '404', '422', '429'],
    query: ['fields'],
    requestFields: ['url', 'authorization_token'],
    responseFields: integrationHubFields,
    readOnly: ['id', 'label', 'official', 'has_authorization_token'],
    writeOnly: ['authorization_token'],
  },
  {
    api: 'looker',
    method: 'patch',
    path: '/users/{user_id}/credentials_api3/{credentials_api3_id}',
    operationId: 'update_user_credentials_api3',
    statuses: ['200', '400', '403', '404', '422', '429'],
    query: ['fields'],
    requestFields: ['purpose'],
    responseFields: ['can', 'id', 'client_id', 'created_at', 'is_disabled', 'type', 'purpose', 'url'],
    readOnly: ['can', 'id', 'client_id', 'created_at', 'is_disabled', 'type', 'url'],
    writeOnly: [],
  },
  {
    api: 'truto',
    method: 'patch',
    path: '/environment-integration/{id}',
    operationId: 'updateEnvironmentIntegration',
    statuses: ['200', '401', '404'],
    query: [],
    requestFields: ['show_in_catalog', 'is_enabled', 'override'],
    responseFields: ['id', 'integration_id', 'environment_id', 'show_in_catalog', 'is_enabled', 'created_at', 'updated_at', 'integration', 'override'],
    readOnly: ['id', 'integration_id', 'environment_id', 'created_at', 'updated_at'],
    writeOnly: [],
  },
  {
    api: 'versori',
    method: 'put',
    path: '/o/{organisation_id}/connectors/{connector_id}',
    operationId: 'UpdateConnector',
    statuses: ['200', '400', '401', '404'],
    query: [],
    requestFields: ['id', 'organisationId', 'name', 'protocol', 'authSchemeConfigIds', 'documentationURL', 'imageURL', 'baseUrl', 'connectionVariables'],
    responseFields: [
      'id',
      'organisationId',
      'name',
      'documentationURL',
      'imageURL',
      'protocol',
      'authSchemeConfigs',
      'connectionVariables',
      'connections',
      'versions',
      'createdAt',
      'updatedAt',
      'baseUrl',
    ],
    readOnly: ['id', 'organisationId', 'connections', 'versions', 'createdAt', 'updatedAt'],
    writeOnly: [],
  },
];

const apis = new Map(bundledApis().map((api) => [api.name, api.document]));

/** Properties of an object schema, following $ref and allOf, and those of every branch of a oneOf. */
function properties(document: Json, schemaNode: unknown): Record<string, Json> {
  const schema = deref(document, schemaNode);
  const branches = ((schema.oneOf ?? []) as Json[]).map((branch) => properties(document, branch));
  return Object.assign({}, ...branches, flattenObject(document, schema).properties);
}

const isMarked = (document: Json, property: Json | undefined, marker: string) => property?.[marker] === true || deref(document, property)?.[marker] === true;

describe.each(seedOperations.map((seed) => [`${seed.method.toUpperCase()} ${seed.path}`, seed] as const))('given the seed operation %s', (_title, seed) => {
  const document = apis.get(seed.api) as Json;
  const operation = ((document.paths as Json)[seed.path] as Json | undefined)?.[seed.method] as Json | undefined;
  const content = (node: unknown) => (deref(document, node).content as Record<string, Json>)['application/json'];

  test(`it exists in the ${seed.api} bundle as ${seed.operationId} with a summary, description and tags`, () => {
    expect(operation).toMatchObject({ operationId: seed.operationId, summary: expect.any(String), description: expect.any(String), tags: expect.any(Array) });
  });

  test('it documents every status of the seed page, and 401', () => {
    expect(Object.keys(operation?.responses as Json)).toEqual(expect.arrayContaining([...seed.statuses, '401']));
  });

  test('it declares its path parameters with examples, and the query parameters of the seed', () => {
    const parameters = ((operation?.parameters ?? []) as Json[]).map((parameter) => deref(document, parameter));
    const pathNames = [...seed.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    expect(parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)).toEqual(pathNames);
    expect(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name)).toEqual(seed.query);
    for (const parameter of parameters) expect(parameter.example).toBeDefined();
  });

  test('its request and response bodies carry every field of the seed, with read-only and write-only marked', () => {
    const request = properties(document, content(operation?.requestBody)?.schema);
    const response = properties(document, content((operation?.responses as Json | undefined)?.['200'])?.schema);
    expect(Object.keys(request)).toEqual(expect.arrayContaining(seed.requestFields));
    expect(Object.keys(response)).toEqual(expect.arrayContaining(seed.responseFields));
    for (const field of seed.readOnly) expect([field, isMarked(document, response[field], 'readOnly')]).toEqual([field, true]);
    for (const field of seed.writeOnly) expect([field, isMarked(document, response[field], 'writeOnly')]).toEqual([field, true]);
    for (const field of seed.requestFields) expect([field, isMarked(document, request[field], 'readOnly')]).toEqual([field, false]);
  });
});
