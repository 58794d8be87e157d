import { type OpenApiDocument, operationsOf, subsetDocument, withoutExamples } from '@contracts/bundles';

const json = (schema: unknown, examples?: unknown) => ({ content: { 'application/json': { schema, ...(examples !== undefined && { examples }) } } });

const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  servers: [{ url: 'https://example.com/v1' }],
  security: [{ Token: [] }],
  paths: {
    '/hubs/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: {
        operationId: 'hub',
        responses: { '200': json({ $ref: '#/components/schemas/Hub' }, { one: { value: { id: '1' } } }), '404': { $ref: '#/components/responses/NotFound' } },
      },
      patch: {
        operationId: 'update_hub',
        requestBody: json({ $ref: '#/components/schemas/HubInput' }),
        responses: { '200': json({ $ref: '#/components/schemas/Hub' }) },
      },
    },
    '/users': {
      get: {
        operationId: 'users',
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' }, example: 'x' }],
        responses: { '200': json({ $ref: '#/components/schemas/User' }) },
      },
    },
  },
  components: {
    securitySchemes: { Token: { type: 'http', scheme: 'bearer' } },
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: '2' } },
    responses: { NotFound: json({ $ref: '#/components/schemas/Error' }, { missing: { $ref: '#/components/examples/Missing' } }) },
    examples: { Missing: { value: { message: 'Not found' } } },
    headers: { RetryAfter: { schema: { type: 'integer' }, example: 30 } },
    schemas: {
      Hub: {
        type: 'object',
        properties: { id: { type: 'string', examples: ['2'] }, owner: { $ref: '#/components/schemas/User' }, example: { type: 'string' } },
      },
      HubInput: { type: 'object', properties: { url: { type: 'string' } } },
      User: { type: 'object', properties: { name: { type: 'string' } } },
      Error: { type: 'object', properties: { message: { type: 'string' } } },
      Unused: { type: 'string' },
    },
  },
} as unknown as OpenApiDocument;

describe('given a document and some of its operations', () => {
  const hub = operationsOf(document).filter((operation) => operation.operationId === 'hub');

  test('the subset keeps only those operations, with the fields their path items share', () => {
    const subset = subsetDocument(document, hub);
    expect(Object.keys(subset.paths)).toEqual(['/hubs/{id}']);
    expect(Object.keys(subset.paths['/hubs/{id}'] ?? {})).toEqual(['parameters', 'get']);
    expect(operationsOf(subset).map((operation) => operation.operationId)).toEqual(['hub']);
  });

  test('it keeps the components they reach through references, transitively, and the security schemes', () => {
    const components = subsetDocument(document, hub).components ?? {};
    expect(Object.keys(components.schemas ?? {}).sort()).toEqual(['Error', 'Hub', 'User']);
    expect(Object.keys(components.parameters ?? {})).toEqual(['Id']);
    expect(Object.keys(components.responses ?? {})).toEqual(['NotFound']);
    expect(Object.keys(components.examples ?? {})).toEqual(['Missing']);
    expect(components.securitySchemes).toBe(document.components?.securitySchemes);
  });

  test('everything outside paths and components stays', () => {
    const { paths: _paths, components: _components, ...rest } = subsetDocument(document, hub);
    const { paths: _all, components: _every, ...original } = document;
    expect(rest).toEqual(original);
  });

  test('a reference to something other than a component cannot be carried over alone: the whole document comes back', () => {
    const odd = structuredClone(document);
    (odd.paths['/users'] as { get: { responses: Record<string, unknown> } }).get.responses['200'] = { $ref: '#/paths/~1hubs~1{id}/get/responses/200' };
    expect(
      subsetDocument(
        odd,
        operationsOf(odd).filter((operation) => operation.operationId === 'users'),
      ),
    ).toBe(odd);
  });
});

describe('given a document with examples on parameters, headers, bodies and in components', () => {
  const bare = withoutExamples(document);
  const text = JSON.stringify(bare);

  test('none of them remains, nor the examples components', () => {
    expect(bare.components?.examples).toBeUndefined();
    expect(bare.components?.parameters?.Id).not.toHaveProperty('example');
    expect(bare.components?.headers?.RetryAfter).not.toHaveProperty('example');
    expect(text).not.toContain('"one"');
    expect(text).not.toContain('Missing');
    expect(JSON.stringify(bare.paths['/users'])).not.toContain('"example"');
  });

  test('schemas keep theirs, and a property named example stays a property', () => {
    expect(bare.components?.schemas).toBe(document.components?.schemas);
    expect(bare.components?.schemas?.Hub).toHaveProperty(['properties', 'example'], { type: 'string' });
  });

  test('the document it came from is left as it was', () => {
    expect(document.components?.examples).toBeDefined();
    expect(document.components?.parameters?.Id).toHaveProperty('example', '2');
  });

  test('the operations read the same, but for their examples', () => {
    const strip = (operations: ReturnType<typeof operationsOf>) =>
      operations.map((operation) => ({
        id: operation.operationId,
        statuses: [...operation.responses.keys()],
        parameters: operation.parameters.map((p) => p.name),
      }));
    expect(strip(operationsOf(bare))).toEqual(strip(operationsOf(document)));
  });
});
