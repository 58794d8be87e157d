import { type OpenApiDocument, operationsOf, readOnlyProperties, resolveRef, writeOnlyStripper } from '@contracts/bundles';

describe('given a schema with write-only properties behind references, allOf, arrays and maps', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    servers: [],
    paths: {},
    components: {
      schemas: {
        Secret: { type: 'string', writeOnly: true },
        Hub: {
          type: 'object',
          properties: { id: { type: 'string' }, token: { $ref: '#/components/schemas/Secret' }, key: { type: 'string', writeOnly: true } },
        },
        List: {
          type: 'object',
          properties: { hubs: { type: 'array', items: { $ref: '#/components/schemas/Hub' } } },
          additionalProperties: { $ref: '#/components/schemas/Hub' },
        },
      },
    },
  } as OpenApiDocument;

  test('it removes them at every level and keeps everything else', () => {
    const strip = writeOnlyStripper(document, { allOf: [{ $ref: '#/components/schemas/List' }] });
    const body = { hubs: [{ id: '1', token: 't', key: 'k' }], extra: { id: '2', key: 'k' }, note: null };
    expect(strip(body)).toEqual({ hubs: [{ id: '1' }], extra: { id: '2' }, note: null });
  });

  test('a schema without write-only properties leaves the body as it is', () => {
    const body = { a: 1 };
    expect(writeOnlyStripper(document, { type: 'object', properties: { a: { type: 'integer' } } })(body)).toBe(body);
  });
});

describe('given a document with a $ref chain', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    servers: [],
    paths: {},
    components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' }, Loop: { $ref: '#/components/schemas/Loop' } } },
  } as OpenApiDocument;

  test('it follows the chain to the node that is not a reference', () => {
    expect(resolveRef(document, { $ref: '#/components/schemas/A' })).toEqual({ type: 'string' });
  });

  test.each([
    ['a reference that comes back to itself', '#/components/schemas/Loop', 'refers back to itself'],
    ['a reference to nothing', '#/components/schemas/Missing', 'Unresolved $ref #/components/schemas/Missing'],
    ['a reference to another file', 'other.yaml#/X', 'Unsupported $ref other.yaml#/X'],
  ])('it fails naming %s', (_name, ref, message) => {
    expect(() => resolveRef(document, { $ref: ref })).toThrow(message);
  });
});

describe('given an operation with path-level and own parameters, and a referenced response', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    servers: [],
    security: [{ Token: [] }],
    paths: {
      '/hubs/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'fields', in: 'query', schema: { type: 'string' } },
        ],
        patch: {
          operationId: 'update_hub',
          parameters: [{ name: 'fields', in: 'query', description: 'own', schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Hub' } } } },
          responses: { '200': { $ref: '#/components/responses/Hub' }, default: { description: 'x' } },
        },
        get: { operationId: 'hub', security: [], responses: { '200': { description: 'ok' } } },
      },
    },
    components: {
      schemas: { Hub: { type: 'object', properties: { id: { type: 'string', readOnly: true }, url: { type: 'string' } } } },
      responses: {
        Hub: {
          description: 'a hub',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Hub' }, examples: { one: { value: { id: '2' } } } } },
        },
      },
    },
  } as unknown as OpenApiDocument;
  const [get, patch] = operationsOf(document);

  test('it lists operations in method order, with the security that applies to each', () => {
    expect([get?.operationId, patch?.operationId]).toEqual(['hub', 'update_hub']);
    expect([get?.anonymous, patch?.anonymous]).toEqual([true, false]);
  });

  test('an own parameter replaces the path-level one of the same name and place', () => {
    expect(patch?.parameters.map((parameter) => [parameter.name, parameter.description])).toEqual([
      ['id', undefined],
      ['fields', 'own'],
    ]);
  });

  test('responses are resolved, keyed by status, with the pointer of their schema and their named examples', () => {
    const ok = patch?.responses.get(200)?.content['application/json'];
    expect([...(patch?.responses.keys() ?? [])]).toEqual([200]);
    expect(ok?.schemaPointer).toBe('#/components/schemas/Hub');
    expect(ok?.examples).toEqual([{ name: 'one', summary: undefined, value: { id: '2' } }]);
    expect(readOnlyProperties(document, patch?.requestBody?.content['application/json']?.schema)).toEqual(['id']);
  });

  test('an operation without operationId is an error that names it', () => {
    const broken = { ...document, paths: { '/x': { get: { responses: {} } } } } as unknown as OpenApiDocument;
    expect(() => operationsOf(broken)).toThrow('GET /x has no operationId');
  });
});
