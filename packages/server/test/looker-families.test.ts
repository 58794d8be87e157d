import { exampleRequests, loadApi, operationsOf, responseExample } from '@contracts/bundles';
import { hubs, lookerCredentials, nonAdminUser } from '@contracts/vendors/looker';
import request from 'supertest';
import { expectMatchesSpec, freshStub, lookerLogin } from './support';

// The whole lifecycle of each Looker resource family on the stateful stub, every answer checked against the spec.
const base = '/api/4.0';

async function setup() {
  const stub = await freshStub('looker');
  const token = await lookerLogin(stub);
  /** Sends a call as `bearer` (default: the admin) and checks the answer against the operation's documented status. */
  const call = async (operationId: string, method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: unknown, bearer = token) => {
    let pending = request(stub.app)[method](`${base}${path}`).set('authorization', `Bearer ${bearer}`);
    if (body !== undefined) pending = pending.send(body as object);
    const response = await pending;
    if (response.status !== 204) expectMatchesSpec(stub.api, operationId, response.status, response.body);
    return response;
  };
  return { stub, token, call };
}

describe('given the Looker stub’s integration hubs', () => {
  test('a hub goes through create → list → get → update → delete (204) → get 404 → gone from the list, its token never shown', async () => {
    const { call } = await setup();
    const secret = 'hub-token-5c1f8e2a9b7d';
    const created = await call('create_integration_hub', 'post', '/integration_hubs', {
      url: 'https://looker-actions.brightwave.io/hub',
      authorization_token: secret,
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect((await call('all_integration_hubs', 'get', '/integration_hubs')).body.map((hub: { id: string }) => hub.id)).toEqual(['1', '2', id]);
    const read = await call('integration_hub', 'get', `/integration_hubs/${id}`);
    expect(read.body).toMatchObject({ id, url: 'https://looker-actions.brightwave.io/hub', has_authorization_token: true });
    const moved = await call('update_integration_hub', 'patch', `/integration_hubs/${id}`, { url: 'https://actions.brightwave.io/v2' });
    expect(moved.body).toMatchObject({ id, url: 'https://actions.brightwave.io/v2', has_authorization_token: true });
    expect((await call('delete_integration_hub', 'delete', `/integration_hubs/${id}`)).status).toBe(204);
    const gone = await call('integration_hub', 'get', `/integration_hubs/${id}`);
    expect(gone.status).toBe(404);
    expect(Object.keys(gone.body).sort()).toEqual(['documentation_url', 'message']);
    expect((await call('all_integration_hubs', 'get', '/integration_hubs')).body.map((hub: { id: string }) => hub.id)).toEqual(['1', '2']);
    for (const response of [created, read, moved]) expect(JSON.stringify(response.body)).not.toContain(secret);
  });

  test('a url moves with its hub: the old one is free for a new hub, and another hub’s url is a 422 on update and a 409 on create', async () => {
    const { call } = await setup();
    const first = await call('create_integration_hub', 'post', '/integration_hubs', { url: 'https://actions.first.example.org' });
    await call('update_integration_hub', 'patch', `/integration_hubs/${first.body.id}`, { url: 'https://actions.moved.example.org' });
    const second = await call('create_integration_hub', 'post', '/integration_hubs', { url: 'https://actions.first.example.org' });
    expect(second.status).toBe(200);
    const taken = await call('update_integration_hub', 'patch', `/integration_hubs/${second.body.id}`, { url: 'https://actions.moved.example.org' });
    expect(taken.status).toBe(422);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'url', code: 'already_exists' })]);
    expect((await call('create_integration_hub', 'post', '/integration_hubs', { url: 'https://actions.moved.example.org' })).status).toBe(409);
    expect((await call('integration_hub', 'get', `/integration_hubs/${second.body.id}`)).body.url).toBe('https://actions.first.example.org');
  });

  test('deleting a hub removes the integrations it offers', async () => {
    const { call } = await setup();
    const before = await call('all_integrations', 'get', '/integrations?integration_hub_id=2');
    expect(before.body.length).toBeGreaterThan(0);
    expect((await call('delete_integration_hub', 'delete', '/integration_hubs/2')).status).toBe(204);
    expect((await call('all_integrations', 'get', '/integrations?integration_hub_id=2')).body).toEqual([]);
    expect((await call('integration', 'get', `/integrations/${encodeURIComponent(before.body[0].id)}`)).status).toBe(404);
    expect((await call('all_integrations', 'get', '/integrations')).body.length).toBeGreaterThan(0);
  });

  test('accepting a legal agreement flips legal_agreement_signed, and until then its integrations cannot be used (422)', async () => {
    const { stub, call } = await setup();
    // Hub 2 asks for an agreement; the example has it signed already, so unsign it first.
    await stub.fake.store.transaction(async (store) => {
      const hub = await store.get(hubs, '2');
      if (hub) store.put(hubs, '2', { ...hub, legal_agreement_signed: false });
    });
    const integration = encodeURIComponent('2::northwind_warehouse');
    expect((await call('test_integration', 'post', `/integrations/${integration}/test`)).status).toBe(422);
    expect((await call('fetch_integration_form', 'post', `/integrations/${integration}/form`, {})).status).toBe(422);
    const accepted = await call('accept_integration_hub_legal_agreement', 'post', '/integration_hubs/2/accept_legal_agreement');
    expect(accepted.body).toMatchObject({ id: '2', legal_agreement_signed: true });
    expect((await call('integration_hub', 'get', '/integration_hubs/2')).body.legal_agreement_signed).toBe(true);
    expect((await call('test_integration', 'post', `/integrations/${integration}/test`)).status).toBe(200);
    // A hub that asks for no agreement has nothing to accept.
    expect((await call('accept_integration_hub_legal_agreement', 'post', '/integration_hubs/1/accept_legal_agreement')).status).toBe(422);
  });

  test('a hub is healthy unless its last fetch failed', async () => {
    const { call } = await setup();
    expect((await call('get_integration_hub_health', 'get', '/integration_hubs/2/health')).body).toEqual({ success: true, message: null });
    expect((await call('get_integration_hub_health', 'get', '/integration_hubs/99/health')).status).toBe(404);
  });
});

describe('given the Looker stub’s integrations', () => {
  const id = encodeURIComponent('2::northwind_warehouse');

  test('a sensitive parameter is stored but never shown; clearing a required one makes the test fail, naming it', async () => {
    const { call } = await setup();
    const secret = 'nw_live_0123456789abcdef';
    const updated = await call('update_integration', 'patch', `/integrations/${id}`, { enabled: false, params: [{ name: 'api_key', value: secret }] });
    expect(updated.body.enabled).toBe(false);
    expect(updated.body.params.find((param: { name: string }) => param.name === 'api_key')).toMatchObject({ has_value: true, value: null });
    expect(JSON.stringify((await call('integration', 'get', `/integrations/${id}`)).body)).not.toContain(secret);
    expect((await call('test_integration', 'post', `/integrations/${id}/test`)).body).toEqual({ success: true, message: null, delegate_oauth_result: null });
    const cleared = await call('update_integration', 'patch', `/integrations/${id}`, { params: [{ name: 'api_key', value: '' }] });
    expect(cleared.body.params.find((param: { name: string }) => param.name === 'api_key')).toMatchObject({ has_value: false, value: null });
    const failed = await call('test_integration', 'post', `/integrations/${id}/test`);
    expect(failed.body).toMatchObject({ success: false, message: expect.stringContaining('API key') });
  });

  test('a parameter the integration does not have is Looker’s 422 naming params, and changes nothing', async () => {
    const { call } = await setup();
    const before = (await call('integration', 'get', `/integrations/${id}`)).body;
    const refused = await call('update_integration', 'patch', `/integrations/${id}`, { enabled: false, params: [{ name: 'colour', value: 'red' }] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'params' })]);
    expect((await call('integration', 'get', `/integrations/${id}`)).body).toEqual(before);
  });

  test('its form carries the values sent so far as defaults', async () => {
    const { call } = await setup();
    const form = await call('fetch_integration_form', 'post', `/integrations/${id}/form`, { schema: 'finance' });
    expect(form.body.fields.find((field: { name: string }) => field.name === 'schema')).toMatchObject({ default: 'finance' });
  });
});

describe('given the Looker stub’s API3 credentials', () => {
  test('a new key shows its client_secret once, logs in, is listed and read without it, and logs in no more once deleted', async () => {
    const { stub, call } = await setup();
    const created = await call('create_user_credentials_api3', 'post', '/users/17/credentials_api3');
    const { id, client_id: clientId, client_secret: clientSecret } = created.body as { id: string; client_id: string; client_secret: string };
    expect(clientSecret).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(created.body.url).toBe(`https://mycompany.cloud.looker.com/api/4.0/users/17/credentials_api3/${id}`);
    expect(await lookerLogin(stub, clientId, clientSecret)).toEqual(expect.any(String));
    const listed = await call('all_user_credentials_api3s', 'get', '/users/17/credentials_api3');
    expect(listed.body.map((key: { id: string }) => key.id)).toEqual(['5', id]);
    const read = await call('user_credentials_api3', 'get', `/users/17/credentials_api3/${id}`);
    for (const response of [listed, read]) expect(JSON.stringify(response.body)).not.toContain(clientSecret);
    expect((await call('delete_user_credentials_api3', 'delete', `/users/17/credentials_api3/${id}`)).status).toBe(204);
    expect((await call('user_credentials_api3', 'get', `/users/17/credentials_api3/${id}`)).status).toBe(404);
    await expect(lookerLogin(stub, clientId, clientSecret)).rejects.toThrow(/login failed: 401/);
  });

  test('a known client_id with another key’s secret does not log in', async () => {
    const { stub } = await setup();
    await expect(lookerLogin(stub, nonAdminUser.clientId, lookerCredentials.variables.LOOKER_CLIENT_SECRET)).rejects.toThrow(/login failed: 401/);
    expect(await lookerLogin(stub, nonAdminUser.clientId, nonAdminUser.clientSecret)).toEqual(expect.any(String));
  });
});

describe('given a non-admin token from login_user', () => {
  test('an admin gets a token acting as user 42, who sees no hubs (404), may not touch user 17’s keys (403) but manages their own', async () => {
    const { call } = await setup();
    const acting = await call('login_user', 'post', `/login/${nonAdminUser.id}`);
    const token = acting.body.access_token as string;
    expect((await call('all_integration_hubs', 'get', '/integration_hubs', undefined, token)).status).toBe(404);
    expect((await call('create_integration_hub', 'post', '/integration_hubs', { url: 'https://a.example.org/hub' }, token)).status).toBe(404);
    expect((await call('all_user_credentials_api3s', 'get', '/users/17/credentials_api3', undefined, token)).status).toBe(403);
    expect((await call('create_user_credentials_api3', 'post', '/users/17/credentials_api3', undefined, token)).status).toBe(403);
    const own = await call('all_user_credentials_api3s', 'get', `/users/${nonAdminUser.id}/credentials_api3`, undefined, token);
    expect(own.body.map((key: { id: string }) => key.id)).toEqual([nonAdminUser.credentialId]);
    expect((await call('login_user', 'post', '/login/17', undefined, token)).status).toBe(403);
    expect((await call('login_user', 'post', '/login/999')).status).toBe(404);
  });
});

describe('given fields= on every Looker operation that documents it', () => {
  const api = loadApi('looker');
  // Each operation that takes fields=, with the first field its documented answer has (`id`, or `success` for health).
  const fieldOf = new Map(
    operationsOf(api.document)
      .filter((operation) => operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'fields'))
      .map((operation) => {
        const example = responseExample(operation, 200);
        const item = Array.isArray(example) ? example[0] : example;
        return [operation.operationId, Object.keys(item as object)[0] as string];
      }),
  );
  const examples = exampleRequests(api.document, operationsOf(api.document)).filter((example) => fieldOf.has(example.operationId));
  const seen = new Set<string>();
  const firstOfEach = examples.filter((example) => !seen.has(example.operationId) && seen.add(example.operationId));

  test('the spec documents fields on several operations (so the table below is not empty)', () => {
    expect(firstOfEach.length).toBeGreaterThanOrEqual(10);
  });

  test.each(firstOfEach.map((example) => [example.operationId, example] as const))('%s answers only the fields asked for', async (operationId, example) => {
    const { stub, token } = await setup();
    const field = fieldOf.get(operationId) as string;
    let pending = request(stub.app)[example.method.toLowerCase() as 'get'](`${base}${example.path}?fields=${field}`).set('authorization', `Bearer ${token}`);
    if (example.contentType) pending = pending.set('content-type', example.contentType).send(example.body);
    const response = await pending;
    expect(response.status).toBe(200);
    const items: unknown[] = Array.isArray(response.body) ? response.body : [response.body];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(Object.keys(item as object)).toEqual([field]);
  });
});
