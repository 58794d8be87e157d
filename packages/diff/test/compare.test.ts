import { type Change, compareDocuments } from '../src/compare';
import { whereLabel } from '../src/report';

jest.setTimeout(30_000);

/** A small dereferenced OpenAPI 3.1 document: one operation whose request and response share field names. */
function contract() {
  return {
    openapi: '3.1.0',
    info: { title: 'Things', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    security: [{ Bearer: [] }],
    paths: {
      '/things/{id}': {
        patch: {
          operationId: 'updateThing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', properties: { kind: { type: 'string', enum: ['a', 'b'] }, name: { type: 'string', description: 'The name.' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'The thing.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['id'],
                    properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['a', 'b'] }, label: { type: 'string' } },
                  },
                },
              },
            },
            '404': { description: 'No such thing.' },
          },
        },
      },
    },
    components: { securitySchemes: { Bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

type Contract = ReturnType<typeof contract>;
const operation = (document: Contract) => document.paths['/things/{id}'].patch;
const requestSchema = (document: Contract) => operation(document).requestBody.content['application/json'].schema;
const responseSchema = (document: Contract) => operation(document).responses['200'].content['application/json'].schema;

const summary = (changes: Change[]) => changes.map((change) => `${change.classification}: ${whereLabel(change)}`);

describe.each<{ title: string; edit: (document: Contract) => void; expected: string[] }>([
  {
    title: 'an enum value removed from a request field',
    edit: (document) => (requestSchema(document).properties.kind.enum = ['a']),
    expected: ['breaking: request body application/json › kind (enum)'],
  },
  {
    title: 'an enum value removed from a response field',
    edit: (document) => (responseSchema(document).properties.kind.enum = ['a']),
    expected: ['non-breaking: response 200 application/json › kind (enum)'],
  },
  {
    title: 'an enum value added to a response field',
    edit: (document) => (responseSchema(document).properties.kind.enum = ['a', 'b', 'c']),
    expected: ['breaking: response 200 application/json › kind (enum)'],
  },
  {
    title: 'an optional response field removed',
    edit: (document) => delete (responseSchema(document).properties as Record<string, unknown>).label,
    expected: ['breaking: response 200 application/json › label'],
  },
  {
    title: 'a response field widened to accept null',
    edit: (document) => ((responseSchema(document).properties.label as { type: unknown }).type = ['string', 'null']),
    expected: ['breaking: response 200 application/json › label (type)'],
  },
  {
    title: 'a new optional request field',
    edit: (document) => ((requestSchema(document).properties as Record<string, unknown>).note = { type: 'string' }),
    expected: ['non-breaking: request body application/json › note'],
  },
  {
    title: 'a new optional query parameter',
    edit: (document) => (operation(document).parameters as unknown[]).push({ name: 'verbose', in: 'query', schema: { type: 'boolean' } }),
    expected: ['non-breaking: query parameter verbose'],
  },
  {
    title: 'a new required query parameter',
    edit: (document) => (operation(document).parameters as unknown[]).push({ name: 'verbose', in: 'query', required: true, schema: { type: 'boolean' } }),
    expected: ['breaking: query parameter verbose'],
  },
  {
    title: 'a documented status code removed',
    edit: (document) => delete (operation(document).responses as Record<string, unknown>)['404'],
    expected: ['breaking: response 404'],
  },
  {
    title: "a request field's description reworded",
    edit: (document) => (requestSchema(document).properties.name.description = 'What the thing is called.'),
    expected: ['annotation: request body application/json › name (description)'],
  },
  {
    title: 'the security scheme changed from a bearer token to an API key header',
    edit: (document) => ((document.components.securitySchemes as Record<string, unknown>).Bearer = { type: 'apiKey', in: 'header', name: 'X-Api-Key' }),
    expected: [
      'breaking: security scheme Bearer (in)',
      'breaking: security scheme Bearer (name)',
      'non-breaking: security scheme Bearer (scheme)',
      'breaking: security scheme Bearer (type)',
    ],
  },
])('given $title', ({ edit, expected }) => {
  test('it lists the change at its place with the expected classification', async () => {
    const after = contract();
    edit(after);
    expect(summary(await compareDocuments(contract(), after)).sort()).toEqual([...expected].sort());
  });
});

describe('given a change only Optic calls breaking', () => {
  test('the listed change keeps the library description and gains the reason', async () => {
    const after = contract();
    delete (responseSchema(after).properties as Record<string, unknown>).label;
    const [change] = await compareDocuments(contract(), after);
    expect(change).toMatchObject({
      classification: 'breaking',
      action: 'removed',
      operation: { method: 'PATCH', path: '/things/{id}', operationId: 'updateThing' },
      pointer: '/paths/~1things~1{id}/patch/responses/200/content/application~1json/schema/properties/label',
      description: '[Removed] property `label` in Response 200 content (application/json)',
      reasons: ["cannot remove response property 'label'. This is a breaking change."],
    });
  });
});

describe('given two equal documents', () => {
  test('there are no changes', async () => {
    expect(await compareDocuments(contract(), contract())).toEqual([]);
  });
});
