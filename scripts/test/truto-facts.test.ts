import { bundledApis, deref, describeSchema, flattenObject, type Json } from './bundles';

/**
 * Truto publishes no machine-readable description. These are the facts its API reference pages
 * (truto.one/docs/api-reference/admin/installed-integrations-environment-integrations/…) and its public notes
 * (the trutohq/truto-skills repository) state about environment integrations, transcribed; the bundle must
 * carry each one. Types use the notation of describeSchema().
 */
// Create's 201 is inferred: its reference page documents the body but no status (see spec/truto/README.md).
const operations = [
  { operationId: 'listEnvironmentIntegrations', method: 'get', path: '/environment-integration', success: '200' },
  { operationId: 'createEnvironmentIntegration', method: 'post', path: '/environment-integration', success: '201' },
  { operationId: 'getEnvironmentIntegration', method: 'get', path: '/environment-integration/{id}', success: '200' },
  { operationId: 'updateEnvironmentIntegration', method: 'patch', path: '/environment-integration/{id}', success: '200' },
  { operationId: 'deleteEnvironmentIntegration', method: 'delete', path: '/environment-integration/{id}', success: '200' },
];

/** The list's documented filters, and its cursor pagination (query `limit` and `next_cursor`). */
const listQuery = {
  integration_id: 'string:uuid',
  show_in_catalog: 'boolean',
  is_enabled: 'boolean',
  'integration.name': 'string',
  'integration.category': 'string',
  limit: 'integer',
  next_cursor: 'string',
};

/** Fields of the environment integration the reference pages list, and those of its integration. */
const environmentIntegrationFields = {
  id: 'string:uuid',
  integration_id: 'string:uuid',
  environment_id: 'string:uuid',
  show_in_catalog: 'boolean',
  is_enabled: 'boolean',
  created_at: 'string:date-time',
  updated_at: 'string:date-time',
  integration: 'Integration',
  override: 'object|null',
};
const integrationFields = {
  id: 'string:uuid',
  name: 'string',
  category: 'string',
  is_beta: 'boolean',
  config: 'IntegrationConfig',
  team_id: 'string:uuid',
  sharing: 'enum:allow,ask,deny',
  created_at: 'string:date-time',
  updated_at: 'string:date-time',
};

const truto = bundledApis().find((api) => api.name === 'truto');
if (!truto) throw new Error('redocly.yaml declares no truto API');
const document = truto.document as Json;
const named = new Set(Object.keys((document.components as { schemas: Json }).schemas));
// Truto's pages describe these inline; ours are shared components standing for the same type.
const inline = new Set(['Uuid', 'Timestamp', 'IntegrationOverride']);
const describe_ = (node: unknown) => describeSchema(document, node, new Set([...named].filter((name) => !inline.has(name))));
const operationAt = (path: string, method: string) => ((document.paths as Json)[path] as Json)[method] as Json;
const jsonSchema = (node: unknown) => ((deref(document, node).content as Record<string, Json>)['application/json'] as Json).schema;
const fieldTypes = (node: unknown) =>
  Object.fromEntries(Object.entries(flattenObject(document, node).properties).map(([name, property]) => [name, describe_(property)]));
const parameters = (path: string, method: string) =>
  Object.fromEntries(
    ((operationAt(path, method).parameters ?? []) as Json[])
      .map((node) => deref(document, node))
      .map((parameter) => [`${parameter.in} ${parameter.name}`, describe_(parameter.schema)]),
  );

describe('given the facts Truto documents about environment integrations', () => {
  test.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s is in the bundle at its method and path, with its success status',
    (_id, fact) => {
      const operation = operationAt(fact.path, fact.method);
      expect(operation.operationId).toBe(fact.operationId);
      expect(Object.keys(operation.responses as Json).filter((status) => status.startsWith('2'))).toEqual([fact.success]);
    },
  );

  test.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s answers errors as {statusCode, error, message}, and 429 with Retry-After',
    (_id, fact) => {
      const responses = operationAt(fact.path, fact.method).responses as Json;
      for (const [status, response] of Object.entries(responses).filter(([status]) => !status.startsWith('2'))) {
        expect([status, flattenObject(document, jsonSchema(response)).required]).toEqual([status, ['statusCode', 'error', 'message']]);
      }
      expect(Object.keys((deref(document, responses['429']).headers ?? {}) as Json)).toEqual(['Retry-After']);
    },
  );

  test.each(Object.entries(listQuery))('the list takes the query parameter %s as %s', (name, type) => {
    expect(parameters('/environment-integration', 'get')[`query ${name}`]).toBe(type);
  });

  test('the list answers { result: [...], next_cursor } with next_cursor null on the last page', () => {
    const list = jsonSchema((operationAt('/environment-integration', 'get').responses as Json)['200']);
    expect(fieldTypes(list)).toMatchObject({ result: 'array<EnvironmentIntegration>', next_cursor: 'string|null' });
    expect(flattenObject(document, list).required).toEqual(['result', 'next_cursor']);
  });

  test('get, update and delete take the environment integration id as a uuid in the path', () => {
    for (const method of ['get', 'patch', 'delete']) expect(parameters('/environment-integration/{id}', method)['path id']).toBe('string:uuid');
  });

  test('create takes integration_id (required), show_in_catalog, is_enabled and override', () => {
    const body = jsonSchema(operationAt('/environment-integration', 'post').requestBody);
    expect(fieldTypes(body)).toEqual({ integration_id: 'string:uuid', show_in_catalog: 'boolean', is_enabled: 'boolean', override: 'object|null' });
    expect(flattenObject(document, body).required).toEqual(['integration_id']);
  });

  test('update takes show_in_catalog, is_enabled and override, all optional, and rejects no other field', () => {
    const body = jsonSchema(operationAt('/environment-integration/{id}', 'patch').requestBody);
    expect(fieldTypes(body)).toEqual({ show_in_catalog: 'boolean', is_enabled: 'boolean', override: 'object|null' });
    expect(flattenObject(document, body).required).toEqual([]);
    expect(deref(document, body).additionalProperties).toBeUndefined();
  });

  test('update says that a sent override replaces the stored one as a whole', () => {
    expect(operationAt('/environment-integration/{id}', 'patch').description).toMatch(/replaces the stored override as a whole/);
  });

  test('delete answers { id } of the deleted environment integration', () => {
    const answer = jsonSchema((operationAt('/environment-integration/{id}', 'delete').responses as Json)['200']);
    expect(fieldTypes(answer)).toEqual({ id: 'string:uuid' });
  });

  test('an environment integration carries every field the reference pages list, and its integration too', () => {
    const environmentIntegration = (document.components as { schemas: Json }).schemas.EnvironmentIntegration;
    expect(fieldTypes(environmentIntegration)).toMatchObject(environmentIntegrationFields);
    expect(fieldTypes((document.components as { schemas: Json }).schemas.Integration)).toMatchObject(integrationFields);
  });
});
