import { exampleRequests } from '@contracts/bundles';
import { successStatus } from '@contracts/pipeline';
import type { ApiHandlers } from '../src';
import { apiNamed, apis, lookerLogin, send, serverWith, specErrors, type TestApi } from './support';

/** An `Authorization` that answering from examples accepts: Looker's from its login, the others' configured token. */
const authorizationFor = ({ api, vendor }: TestApi) =>
  api.name === 'looker' ? lookerLogin(api.vendorUrl) : Promise.resolve(`Bearer ${Object.values(vendor.credentials.read() as Record<string, string>)[0]}`);

describe.each(apis)('given the MSW handlers of $api.title answering from examples', (testApi) => {
  const { api, operations } = testApi;
  serverWith(() => testApi.entry.createHandlers({ mode: 'examples' }));
  // The first example request of each operation, sent with `Prefer` and without its example's credentials.
  const requests = exampleRequests(api.document, operations).filter(
    (example, index, all) => all.findIndex((other) => other.operationId === example.operationId) === index,
  );
  const call = async (operationId: string, headers: Record<string, string> = {}) => {
    const example = requests.find((candidate) => candidate.operationId === operationId);
    if (!example) throw new Error(`no example request of ${operationId}`);
    return send(`${api.vendorUrl}${example.path}`, {
      method: example.method,
      headers: {
        ...(!example.anonymous && { authorization: await authorizationFor(testApi) }),
        ...(example.contentType && { 'content-type': example.contentType }),
        ...headers,
      },
      body: example.body,
    });
  };
  const rows = operations.flatMap((operation) =>
    [...operation.responses.values()].flatMap((response) =>
      (response.content['application/json']?.examples ?? [{ name: '(no body)', value: undefined }]).map((example, index) => ({
        operation,
        status: response.status,
        example,
        first: index === 0,
        headers: Object.keys(response.headers),
      })),
    ),
  );

  test.each(operations.map((operation) => [operation.operationId, operation] as const))(
    'it answers a valid %s request with the first example of its lowest 2xx',
    async (operationId, operation) => {
      const answer = await call(operationId);
      const status = successStatus(operation);
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual(operation.responses.get(status)?.content['application/json']?.examples[0]?.value);
    },
  );

  test.each(rows)('it answers $operation.operationId with $status "$example.name" and its documented headers when a request prefers it', async (row) => {
    const prefer = row.first ? `code=${row.status}` : `code=${row.status}, example=${row.example.name}`;
    const answer = await call(row.operation.operationId, { prefer });
    expect(answer.status).toBe(row.status);
    expect(answer.body).toEqual(row.example.value);
    expect(specErrors(api, row.operation, row.status, answer.body)).toEqual([]);
    for (const header of row.headers) expect([header, answer.headers.get(header)]).toEqual([header, expect.any(String)]);
  });

  test.each([
    ['code=299', 'is not a documented status'],
    ['code=abc', 'Prefer: code=? is not a documented status'],
    ['example=noSuchExample', 'Prefer: example=noSuchExample is not an example'],
    ['dynamic=true', 'Prefer: dynamic=true is not available here'],
  ])('it refuses Prefer: %s with 400 in the vendor’s shape, saying what to use instead', async (prefer, problem) => {
    const answer = await call(operations[0]?.operationId as string, { prefer });
    expect(answer.status).toBe(400);
    const { message } = answer.body as { message: string };
    expect(answer.body).toEqual(testApi.vendor.errors.body(400, message));
    // Versori writes its messages in lower case.
    expect(message.toLowerCase()).toContain(problem.toLowerCase());
  });
});

describe('given the Looker handlers answering from examples', () => {
  const looker = apiNamed('looker');
  const base = looker.api.vendorUrl;
  serverWith(() => looker.entry.createHandlers({ mode: 'examples' }));
  const login = looker.operations.find((operation) => operation.operationId === 'login');
  const unauthorized = looker.operations.find((operation) => operation.operationId === 'update_integration_hub')?.responses.get(401);

  test('a login with another key gets the documented 401, and a call without a token the documented 401 of its operation', async () => {
    const refused = await send(`${base}/login`, { method: 'POST', body: new URLSearchParams({ client_id: 'someone', client_secret: 'else' }) });
    expect(refused).toMatchObject({ status: 401, body: login?.responses.get(401)?.content['application/json']?.examples[0]?.value });
    const anonymous = await send(`${base}/integration_hubs/2`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous).toMatchObject({ status: 401, body: unauthorized?.content['application/json']?.examples[0]?.value });
  });

  test('a body that breaks the schema still gets Looker’s 422, and fields= still selects fields of the example', async () => {
    const headers = { authorization: await lookerLogin(base), 'content-type': 'application/json' };
    const invalid = await send(`${base}/integration_hubs/2`, { method: 'PATCH', headers, body: '{"url":5}' });
    expect(invalid).toMatchObject({ status: 422, body: { message: 'Validation Failed', errors: [{ field: 'url', code: 'invalid' }] } });
    const selected = await send(`${base}/integration_hubs/2?fields=id,label`, { method: 'PATCH', headers, body: '{}' });
    expect(selected.body).toEqual({ id: '2', label: 'Northwind Actions' });
  });
});

describe('given Looker handlers created with other credentials', () => {
  const looker = apiNamed('looker');
  const key = { client_id: 'my-client-id', client_secret: 'my-client-secret' };
  describe.each(['stateful', 'examples'])('in %s mode', (mode) => {
    let handlers: ApiHandlers<object>;
    serverWith(() => {
      handlers = looker.entry.createHandlers({ mode, credentials: { clientId: key.client_id, clientSecret: key.client_secret } });
      return handlers;
    });

    test('POST /login accepts that key and refuses the default one', async () => {
      await expect(lookerLogin(looker.api.vendorUrl, key)).resolves.toMatch(/^Bearer \S+$/);
      await expect(lookerLogin(looker.api.vendorUrl)).rejects.toThrow('login failed: 401');
    });
  });
});

describe('given createHandlers with a mode it does not know', () => {
  test('it throws at once, naming the modes', () => {
    expect(() => apiNamed('truto').entry.createHandlers({ mode: 'dynamic' })).toThrow("mode must be 'stateful' or 'examples', not \"dynamic\"");
  });
});
