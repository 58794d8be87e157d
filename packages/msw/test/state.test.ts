import { hubs, nonAdminUser, sessions } from '@contracts/vendors/looker';
import { environmentIntegrations, trutoCredentials } from '@contracts/vendors/truto';
import { connectorKey, connectors, versoriCredentials } from '@contracts/vendors/versori';
import { reset as resetSharedLooker, handlers as sharedLooker } from '../generated/looker';
import type { ApiHandlers } from '../src';
import { apiNamed, lookerLogin, send, serverWith } from './support';

const json = (authorization: string) => ({ authorization, 'content-type': 'application/json' });

describe('given stateful Looker handlers and a session from POST /login', () => {
  const { api, entry } = apiNamed('looker');
  const base = api.vendorUrl;
  let handlers: ApiHandlers<object>;
  let authorization: string;
  serverWith(() => {
    handlers = entry.createHandlers();
    return handlers;
  });
  beforeEach(async () => {
    authorization = await lookerLogin(base);
  });
  const patchHub = (id: string, body: unknown, query = '') =>
    send(`${base}/integration_hubs/${id}${query}`, { method: 'PATCH', headers: json(authorization), body: JSON.stringify(body) });

  test('a hub it creates can be read back, updated and read back again; its token is stored but never shown', async () => {
    const created = await send(`${base}/integration_hubs`, {
      method: 'POST',
      headers: json(authorization),
      body: JSON.stringify({ url: 'https://looker-actions.brightwave.io/hub', authorization_token: 's3cret' }),
    });
    expect(created).toMatchObject({ status: 200, body: { id: '3', label: 'Brightwave Actions', has_authorization_token: true } });
    expect(created.body).not.toHaveProperty('authorization_token');
    expect((await handlers.store.get(hubs, '3'))?.authorization_token).toBe('s3cret');

    expect(await patchHub('3', {}, '?fields=id,url,has_authorization_token')).toMatchObject({
      status: 200,
      body: { id: '3', url: 'https://looker-actions.brightwave.io/hub', has_authorization_token: true },
    });
    const moved = await patchHub('3', { url: 'https://actions.northwind-analytics.com/v3' });
    expect(moved.body).toMatchObject({ id: '3', label: 'Northwind Actions', has_authorization_token: true });
    expect(moved.body).not.toHaveProperty('authorization_token');
    const cleared = await patchHub('3', { authorization_token: null }, '?fields=id,url,has_authorization_token');
    expect(cleared.body).toEqual({ id: '3', url: 'https://actions.northwind-analytics.com/v3', has_authorization_token: false });
    expect((await handlers.store.get(hubs, '3'))?.authorization_token).toBeNull();
  });

  test('a second hub with the same url is a 409, and a rejected update changes nothing', async () => {
    const body = JSON.stringify({ url: 'https://looker-actions.brightwave.io/hub' });
    expect((await send(`${base}/integration_hubs`, { method: 'POST', headers: json(authorization), body })).status).toBe(200);
    expect((await send(`${base}/integration_hubs`, { method: 'POST', headers: json(authorization), body })).status).toBe(409);
    const before = await handlers.store.get(hubs, '2');
    expect((await patchHub('2', { url: 'https://looker-actions.brightwave.io/hub' })).status).toBe(422);
    expect((await patchHub('2', { url: 42 })).status).toBe(422);
    expect(await handlers.store.get(hubs, '2')).toEqual(before);
  });

  test('after DELETE /logout the token is refused with 401', async () => {
    expect((await send(`${base}/logout`, { method: 'DELETE', headers: { authorization } })).status).toBe(204);
    expect(await handlers.store.get(sessions, authorization.replace('Bearer ', ''))).toBeUndefined();
    expect((await patchHub('2', {})).status).toBe(401);
  });

  test('the non-admin user 42 cannot see hubs (404) nor change user 17’s key (403), as on Looker', async () => {
    authorization = await lookerLogin(base, { client_id: nonAdminUser.clientId, client_secret: nonAdminUser.clientSecret });
    expect((await patchHub('2', {})).status).toBe(404);
    const credential = await send(`${base}/users/17/credentials_api3/5`, { method: 'PATCH', headers: json(authorization), body: '{"purpose":"x"}' });
    expect(credential.status).toBe(403);
  });

  test('each createHandlers() has its own store: a hub created through one is unknown to another', async () => {
    const other = entry.createHandlers();
    expect(other.store).not.toBe(handlers.store);
    await send(`${base}/integration_hubs`, { method: 'POST', headers: json(authorization), body: '{"url":"https://a.example.com/hub"}' });
    expect(await handlers.store.get(hubs, '3')).toBeDefined();
    expect(await other.store.get(hubs, '3')).toBeUndefined();
  });
});

describe('given the shared Looker `handlers` of @contracts/msw/looker', () => {
  const { api } = apiNamed('looker');
  serverWith(() => sharedLooker);

  test.each(['https://acme.cloud.looker.com', 'http://localhost:5173'])('they answer at the vendor’s base path on %s', async (origin) => {
    await expect(lookerLogin(`${origin}/api/4.0`)).resolves.toMatch(/^Bearer \S+$/);
  });

  test('what one test creates stays until reset() seeds the store again from the spec’s examples', async () => {
    const authorization = await lookerLogin(api.vendorUrl);
    const created = await send(`${api.vendorUrl}/integration_hubs`, {
      method: 'POST',
      headers: json(authorization),
      body: '{"url":"https://b.example.com/hub"}',
    });
    expect(created.status).toBe(200);
    expect(await sharedLooker.store.get(hubs, '3')).toBeDefined();
    await resetSharedLooker();
    expect(await sharedLooker.store.get(hubs, '3')).toBeUndefined();
    expect(await sharedLooker.store.get(hubs, '2')).toBeDefined();
    // The session went with the reset: a test starts logged out.
    expect((await send(`${api.vendorUrl}/logout`, { method: 'DELETE', headers: { authorization } })).status).toBe(401);
  });
});

describe('given stateful Truto and Versori handlers', () => {
  const truto = apiNamed('truto');
  const versori = apiNamed('versori');
  let trutoHandlers: ApiHandlers<object>;
  let versoriHandlers: ApiHandlers<object>;
  serverWith(() => {
    trutoHandlers = truto.entry.createHandlers();
    versoriHandlers = versori.entry.createHandlers();
    return [...trutoHandlers, ...versoriHandlers];
  });

  test('a Truto update is kept: the next update that sends nothing reads it back, with updated_at moved forward', async () => {
    const url = `${truto.api.vendorUrl}/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9`;
    const headers = json(`Bearer ${trutoCredentials.read().apiToken}`);
    const first = await send(url, { method: 'PATCH', headers, body: '{"is_enabled":false,"override":{"base_url":"https://eu.example.com"}}' });
    const again = await send(url, { method: 'PATCH', headers, body: '{}' });
    expect(again.body).toMatchObject({ is_enabled: false, override: { base_url: 'https://eu.example.com' } });
    expect(Date.parse((again.body as { updated_at: string }).updated_at)).toBeGreaterThan(Date.parse((first.body as { updated_at: string }).updated_at));
    expect(await trutoHandlers.store.get(environmentIntegrations, '3fda2b4c-0516-41bc-8ae6-4927e42ecce9')).toEqual(again.body);
  });

  test('a Versori update overwrites the variables of every connection, and the API shows them', async () => {
    const [org, id] = ['01HQ8ZK3M7V4X2N9P6R5T8W1YB', '01J2F7QK9RZ8X3M5N4B6C7D8EA'];
    const variables = [{ name: 'region', value: 'us-east-1' }];
    const answer = await send(`${versori.api.vendorUrl}/o/${org}/connectors/${id}`, {
      method: 'PUT',
      headers: json(`Bearer ${versoriCredentials.read().apiKey}`),
      body: JSON.stringify({
        id,
        organisationId: org,
        name: 'Acme CRM v2',
        protocol: 'http',
        baseUrl: 'https://api.acme-crm.com/v3',
        connectionVariables: variables,
      }),
    });
    expect(answer.body).toMatchObject({ name: 'Acme CRM v2', connectionVariables: variables });
    expect((answer.body as { connections: Array<{ variables: unknown }> }).connections[0]?.variables).toEqual(variables);
    expect((await versoriHandlers.store.get(connectors, connectorKey(org, id)))?.connections[0]?.variables).toEqual(variables);
  });
});
