import type { ApiHandlers } from '../src';
import { apiNamed, type Exchange, send, serverWith, specErrors, type TestApi } from './support';

/** Per API: one operation with a path id and a JSON body, a valid body, and the vendor's answer to an invalid one. */
const fixtures: Array<{
  name: string;
  operationId: string;
  path: string;
  unknownId: string;
  unknownBody?: object;
  valid: object;
  invalid: object;
  invalidAnswer: { status: number; body: object };
}> = [
  {
    name: 'looker',
    operationId: 'update_integration_hub',
    path: '/integration_hubs/2',
    unknownId: '/integration_hubs/99',
    valid: { url: 'https://actions.example.com/looker' },
    invalid: { url: 5, authorization_token: ['x'] },
    invalidAnswer: {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          { field: 'url', code: 'invalid', message: 'must be string', documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/422' },
          {
            field: 'authorization_token',
            code: 'invalid',
            message: 'must be string,null',
            documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/422',
          },
        ],
        documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/422',
      },
    },
  },
  {
    name: 'truto',
    operationId: 'updateEnvironmentIntegration',
    path: '/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9',
    unknownId: '/environment-integration/9b2e6f4a-1c3d-4e5f-8a7b-6c5d4e3f2a1b',
    valid: { is_enabled: false },
    invalid: { is_enabled: 'yes', show_in_catalog: 'no' },
    invalidAnswer: {
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'body/show_in_catalog must be boolean, body/is_enabled must be boolean' },
    },
  },
  {
    name: 'versori',
    operationId: 'UpdateConnector',
    path: '/o/01HQ8ZK3M7V4X2N9P6R5T8W1YB/connectors/01J2F7QK9RZ8X3M5N4B6C7D8EA',
    unknownId: '/o/01HQ8ZK3M7V4X2N9P6R5T8W1YB/connectors/01J2F7QK9RZ8X3M5N4B6C7D8EB',
    // The unknown connector's body names it too: a body id that disagrees with the path is a 400, not a 404.
    unknownBody: {
      id: '01J2F7QK9RZ8X3M5N4B6C7D8EB',
      organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YB',
      name: 'Acme CRM',
      protocol: 'http',
      baseUrl: 'https://api.acme-crm.com/v3',
    },
    valid: {
      id: '01J2F7QK9RZ8X3M5N4B6C7D8EA',
      organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YB',
      name: 'Acme CRM',
      protocol: 'http',
      baseUrl: 'https://api.acme-crm.com/v3',
    },
    invalid: { id: '01J2F7QK9RZ8X3M5N4B6C7D8EA', organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YB', protocol: 'http', baseUrl: 'https://api.acme-crm.com/v3' },
    invalidAnswer: {
      status: 400,
      body: {
        code: 'invalid_argument',
        message: 'request body failed validation',
        fields: [{ field: 'name', message: "must have required property 'name'" }],
      },
    },
  },
];

/** A request to the fixture's operation: the path, headers and body to send instead of the valid ones. */
interface Case {
  path?: 'unknownId';
  method?: string;
  authorization?: 'none' | 'wrong';
  contentType?: string;
  body?: string;
}

const cases: Array<[number, string, Case]> = [
  [401, 'no Authorization header', { authorization: 'none' }],
  [401, 'a token the vendor never issued', { authorization: 'wrong' }],
  [400, 'malformed JSON', { body: '{"url": ' }],
  [415, 'a text/plain body', { contentType: 'text/plain', body: 'hello' }],
  [413, 'a body over the limit of 256 bytes', { body: JSON.stringify({ name: 'x'.repeat(300) }) }],
  [404, 'an id that does not exist', { path: 'unknownId' }],
];

describe.each(fixtures)('given the stateful MSW handlers of $name with a body limit of 256 bytes', (fixture) => {
  const { api, operations, vendor, entry }: TestApi = apiNamed(fixture.name);
  const operation = operations.find((candidate) => candidate.operationId === fixture.operationId);
  if (!operation) throw new Error(`no ${fixture.operationId} in ${fixture.name}`);
  const method = operation.method.toUpperCase();
  // The methods the spec has on the operation's path, and one it does not.
  const allowed = operations.filter((candidate) => candidate.path === operation.path).map((candidate) => candidate.method.toUpperCase());
  const notAllowed = ['PUT', 'DELETE', 'POST', 'PATCH'].find((candidate) => !allowed.includes(candidate)) as string;
  let handlers: ApiHandlers<object>;
  serverWith(() => {
    handlers = entry.createHandlers({ bodyLimitBytes: 256 });
    return handlers;
  });

  const call = async (request: Case = {}): Promise<Exchange> => {
    const authorization = {
      none: undefined,
      wrong: 'Bearer wrong-token',
      undefined: await vendor.warmUpAuthorization(handlers.store, vendor.credentials.read()),
    }[String(request.authorization)];
    return send(`${api.vendorUrl}${fixture[request.path ?? 'path']}`, {
      method: request.method ?? method,
      headers: { 'content-type': request.contentType ?? 'application/json', ...(authorization && { authorization }) },
      body: request.body ?? JSON.stringify((request.path === 'unknownId' && fixture.unknownBody) || fixture.valid),
    });
  };

  test('the fixture’s valid request succeeds, so each failure below is caused by what it changes', async () => {
    expect((await call()).status).toBe(200);
  });

  test.each(cases)('it answers %i in the vendor’s documented shape for %s', async (status, _why, request) => {
    const answer = await call(request);
    expect(answer.status).toBe(status);
    expect(specErrors(api, operation, status, answer.body)).toEqual([]);
    const { message } = answer.body as { message: string };
    expect(answer.body).toEqual(vendor.errors.body(status, message));
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  test(`it answers a body that breaks the schema with ${fixture.invalidAnswer.status}, naming each field as the vendor does`, async () => {
    const answer = await call({ body: JSON.stringify(fixture.invalid) });
    expect(answer).toMatchObject(fixture.invalidAnswer);
    expect(specErrors(api, operation, fixture.invalidAnswer.status, answer.body)).toEqual([]);
  });

  test('it answers a path id with a malformed percent-escape in the vendor’s documented shape (404 or 400), never 500', async () => {
    const malformed = fixture.unknownId.replace(/[^/]+$/, '%E0%A4%A');
    const authorization = await vendor.warmUpAuthorization(handlers.store, vendor.credentials.read());
    const answer = await send(`${api.vendorUrl}${malformed}`, {
      method,
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(fixture.valid),
    });
    expect([400, 404]).toContain(answer.status);
    expect(specErrors(api, operation, answer.status, answer.body)).toEqual([]);
  });

  test('it answers another method on the path with 405 in the vendor’s shape, listing the allowed ones', async () => {
    const answer = await call({ method: notAllowed });
    expect(answer.status).toBe(405);
    expect(answer.body).toEqual(vendor.errors.body(405, `Method ${notAllowed} not allowed`));
    expect(answer.headers.get('allow')?.split(/,\s*/).sort()).toEqual([...allowed].sort());
  });

  test('it answers an unknown query parameter with 400 naming it, as the stub does', async () => {
    const answer = await send(`${api.vendorUrl}${fixture.path}?colour=red`, {
      method,
      headers: { 'content-type': 'application/json', authorization: await vendor.warmUpAuthorization(handlers.store, vendor.credentials.read()) },
      body: JSON.stringify(fixture.valid),
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('colour');
  });
});

describe.each(['looker', 'versori'])('given the MSW handlers of %s, whose base URL has a path', (name) => {
  const { api, vendor, entry } = apiNamed(name);
  serverWith(() => entry.createHandlers());

  test('any other path below the base path gets 404 in the vendor’s shape', async () => {
    const answer = await send(`${api.vendorUrl}/no/such/resource`);
    expect(answer).toMatchObject({ status: 404, body: vendor.errors.body(404, 'Not found') });
  });
});

describe('given the MSW handlers of Truto, at the root of any origin', () => {
  const { entry } = apiNamed('truto');
  serverWith(() => entry.createHandlers());

  test('a path Truto does not have is left to MSW (here onUnhandledRequest: error), not answered 404 for every host', async () => {
    const complaints = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch('https://api.truto.one/integrations')).rejects.toThrow();
    await expect(fetch('http://localhost:5173/api/orders')).rejects.toThrow();
    expect(complaints.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('GET https://api.truto.one/integrations'),
      expect.stringContaining('GET http://localhost:5173/api/orders'),
    ]);
    complaints.mockRestore();
  });
});
