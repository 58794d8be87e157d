import type { StartedMocks } from '../src/start';
import { apis, call, credentialFor, firstExample, keysOf, startTestMocks, statusesOf, validatorFor, writeOnlyNames } from './support';

let mocks: StartedMocks;
const credentials: Record<string, string> = {};

beforeAll(async () => {
  mocks = await startTestMocks();
  for (const { api } of apis) credentials[api.name] = await credentialFor(api, mocks.urls[api.name] as string);
});
afterAll(() => mocks.close());

describe.each(apis)('given the $api.title mock', ({ api, operations }) => {
  const validator = validatorFor(api);
  const baseUrl = () => mocks.urls[api.name] as string;
  const auth = () => ({ authorization: credentials[api.name] as string });
  const writeOnly = writeOnlyNames(api);

  describe.each(operations)('and a valid $operationId request', (operation) => {
    const { statuses, success } = statusesOf(operation);

    test('it answers the first example of the lowest 2xx status by default, valid against the spec', async () => {
      const answer = await call(api, baseUrl(), operation, auth());
      expect(answer.status).toBe(success);
      expect(answer.body).toEqual(firstExample(operation, success));
      if (answer.body !== undefined) expect(validator.response(operation, success, answer.body)).toEqual([]);
    });

    test.each(statuses)('it answers the documented %i when asked with Prefer: code', async (status) => {
      const answer = await call(api, baseUrl(), operation, { ...auth(), prefer: `code=${status}` });
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual(firstExample(operation, status));
      if (answer.body !== undefined) expect(validator.response(operation, status, answer.body)).toEqual([]);
      for (const header of Object.keys(operation.responses.get(status)?.headers ?? {})) expect(answer.headers.get(header)).not.toBeNull();
    });

    const named = statuses.flatMap((status) =>
      (operation.responses.get(status)?.content['application/json']?.examples ?? []).map((example) => ({ status, ...example })),
    );
    test.each(named)('it answers the $status example "$name" when asked with Prefer: example', async ({ status, name, value }) => {
      const answer = await call(api, baseUrl(), operation, { ...auth(), prefer: `code=${status}, example=${name}` });
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual(value);
    });

    test('it generates an answer valid against the spec, without write-only fields, with Prefer: dynamic=true', async () => {
      for (let round = 0; round < 5; round++) {
        const answer = await call(api, baseUrl(), operation, { ...auth(), prefer: 'dynamic=true' });
        expect(answer.status).toBe(success);
        if (answer.body === undefined) continue;
        expect(validator.response(operation, success, answer.body)).toEqual([]);
        // Write-only in this response's schema: `client_secret` is write-only at login but the one answer of a new API3 key.
        const writeOnlyHere = writeOnlyNames(api, operation.responses.get(success)?.content['application/json']?.schema);
        expect(keysOf(answer.body).filter((key) => writeOnlyHere.has(key))).toEqual([]);
      }
    });
  });

  test('the spec marks some property write-only, or the API has none to strip', () => {
    // Guards the write-only checks above against a rename in the spec that would make them vacuous.
    if (api.name === 'looker') expect([...writeOnly]).toEqual(expect.arrayContaining(['authorization_token', 'client_secret']));
  });
});

describe('given the Looker mock started with --dynamic', () => {
  let dynamicMocks: StartedMocks;
  beforeAll(async () => {
    dynamicMocks = await startTestMocks({ dynamic: true });
  });
  afterAll(() => dynamicMocks.close());

  const looker = apis.find(({ api }) => api.name === 'looker');
  if (!looker) throw new Error('no Looker bundle');
  const { api, operations } = looker;
  const hubs = operations.filter((operation) => operation.operationId.endsWith('integration_hub') && operation.responses.has(200));

  test.each(hubs)('it generates a fresh $operationId answer that never contains authorization_token', async (operation) => {
    const baseUrl = dynamicMocks.urls.looker as string;
    const token = await credentialFor(api, baseUrl);
    const answer = await call(api, baseUrl, operation, { authorization: token });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toEqual(firstExample(operation, 200));
    expect(validatorFor(api).response(operation, 200, answer.body)).toEqual([]);
    expect(answer.body).not.toHaveProperty('authorization_token');
  });

  test('a token it generates at /login is accepted, and stops working after /logout', async () => {
    const baseUrl = dynamicMocks.urls.looker as string;
    const authorization = await credentialFor(api, baseUrl);
    expect(authorization).not.toBe(
      `Bearer ${(firstExample(operations.find((o) => o.operationId === 'login') as never, 200) as { access_token: string }).access_token}`,
    );
    const update = operations.find((operation) => operation.operationId === 'update_integration_hub');
    const logout = operations.find((operation) => operation.operationId === 'logout');
    if (!update || !logout) throw new Error('missing operations');
    expect((await call(api, baseUrl, update, { authorization })).status).toBe(200);
    expect((await call(api, baseUrl, logout, { authorization })).status).toBe(204);
    expect((await call(api, baseUrl, update, { authorization })).status).toBe(401);
  });
});
