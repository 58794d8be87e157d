import { hubs, nonAdminUser } from '@contracts/vendors/looker';
import request from 'supertest';
import { expectMatchesSpec, freshStub, lookerLogin, storedCount, storedRecord } from './support';

const base = '/api/4.0';
const newHub = { url: 'https://looker-actions.brightwave.io/hub', authorization_token: 'secret-token' };

/** The hubs the spec's examples seed (the list example's). */
const seededHubs = 2;

async function setup(overrides = {}) {
  const stub = await freshStub('looker', overrides);
  const token = await lookerLogin(stub);
  const send = (method: 'post' | 'patch' | 'delete', path: string, body?: unknown, bearer = token) => {
    const call = request(stub.app)[method](`${base}${path}`).set('authorization', `Bearer ${bearer}`);
    return body === undefined ? call : call.send(body as object);
  };
  return { stub, token, send };
}

describe('given the Looker stub', () => {
  describe('given POST /login', () => {
    test('it answers 200 with a random access token for the configured API3 key', async () => {
      const { stub } = await setup();
      const first = await request(stub.app)
        .post(`${base}/login`)
        .type('form')
        .send({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' });
      const second = await request(stub.app)
        .post(`${base}/login`)
        .type('form')
        .send({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' });
      expect(first.status).toBe(200);
      expectMatchesSpec(stub.api, 'login', 200, first.body);
      expect(first.body.access_token).not.toBe(second.body.access_token);
    });
    test.each([
      [401, 'a wrong secret', { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'nope' }, 'form', ''],
      [401, 'a missing client_secret', { client_id: 'gXvR7dQ4bN9kYpTm2Hs8' }, 'form', ''],
      [400, 'an undeclared query parameter', { client_id: 'a', client_secret: 'b' }, 'form', '?debug=1'],
      [415, 'a JSON body', { client_id: 'a', client_secret: 'b' }, 'json', ''],
    ])('it answers %i in the Looker shape for %s', async (status, _why, body, type, query) => {
      const { stub } = await setup();
      const response = await request(stub.app).post(`${base}/login${query}`).type(type).send(body);
      expect(response.status).toBe(status);
      expectMatchesSpec(stub.api, 'login', status, response.body);
    });
  });

  describe('given POST /login with the API3 key in the query string', () => {
    test('it answers 200 with an access token, as Looker still accepts the key there', async () => {
      const { stub } = await setup();
      const response = await request(stub.app).post(`${base}/login?client_id=gXvR7dQ4bN9kYpTm2Hs8&client_secret=Wb6tPz3Hq9sLk2Vd7Rm4Yc8N`);
      expect(response.status).toBe(200);
      expectMatchesSpec(stub.api, 'login', 200, response.body);
    });
  });

  describe('given DELETE /logout', () => {
    test('it answers 204 and the token stops working at once', async () => {
      const { stub, send } = await setup();
      expect((await send('delete', '/logout')).status).toBe(204);
      const after = await send('patch', '/integration_hubs/2', { url: 'https://x.example.com/a' });
      expect(after.status).toBe(401);
      expectMatchesSpec(stub.api, 'update_integration_hub', 401, after.body);
    });
    test('it answers 401 without a token', async () => {
      const { stub } = await setup();
      const response = await request(stub.app).delete(`${base}/logout`);
      expect(response.status).toBe(401);
      expectMatchesSpec(stub.api, 'logout', 401, response.body);
    });
  });

  describe('given create_integration_hub', () => {
    test('it answers 200, sets the read-only fields and never returns the token', async () => {
      const { stub, send } = await setup();
      const response = await send('post', '/integration_hubs', { ...newHub, id: '99', official: true });
      expect(response.status).toBe(200);
      expectMatchesSpec(stub.api, 'create_integration_hub', 200, response.body);
      expect(response.body).toMatchObject({ id: '3', label: 'Brightwave Actions', official: false, has_authorization_token: true });
      expect(response.body).not.toHaveProperty('authorization_token');
    });
    test('it answers 409 for a url another hub has, and creates nothing', async () => {
      const { stub, send } = await setup();
      const response = await send('post', '/integration_hubs', { url: 'https://actions.northwind-analytics.com/looker' });
      expect(response.status).toBe(409);
      expectMatchesSpec(stub.api, 'create_integration_hub', 409, response.body);
      expect(await storedCount(stub, hubs)).toBe(seededHubs);
    });
    test('it answers 422 with errors[] naming url when url is missing or not a URI', async () => {
      const { stub, send } = await setup();
      const missing = await send('post', '/integration_hubs', { authorization_token: 'x' });
      const malformed = await send('post', '/integration_hubs', { url: 'not a uri' });
      for (const response of [missing, malformed]) {
        expect(response.status).toBe(422);
        expectMatchesSpec(stub.api, 'create_integration_hub', 422, response.body);
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
      }
      expect(missing.body.errors[0]).toMatchObject({ code: 'missing_field', message: 'This field is required.' });
      expect(await storedCount(stub, hubs)).toBe(seededHubs);
    });
    test('it answers 404 to a non-admin user, as Looker does', async () => {
      const { stub } = await setup();
      const token = await lookerLogin(stub, nonAdminUser.clientId, nonAdminUser.clientSecret);
      const response = await request(stub.app).post(`${base}/integration_hubs`).set('authorization', `Bearer ${token}`).send(newHub);
      expect(response.status).toBe(404);
      expectMatchesSpec(stub.api, 'create_integration_hub', 404, response.body);
    });
    test('it answers 400 for malformed JSON, 415 for text/plain, 413 over the body limit and 401 for a bad token', async () => {
      const { stub, token } = await setup({ bodyLimitBytes: 1024 });
      const post = () => request(stub.app).post(`${base}/integration_hubs`).set('authorization', `Bearer ${token}`);
      const malformed = await post().set('content-type', 'application/json').send('{"url": }');
      const text = await post().set('content-type', 'text/plain').send('url');
      const large = await post().send({ url: 'https://big.example.com/x', authorization_token: 'x'.repeat(2048) });
      const unauthenticated = await request(stub.app).post(`${base}/integration_hubs`).set('authorization', 'Bearer wrong').send(newHub);
      for (const [response, status] of [
        [malformed, 400],
        [text, 415],
        [large, 413],
        [unauthenticated, 401],
      ] as const) {
        expect(response.status).toBe(status);
        expect(response.headers['content-type']).toMatch(/application\/json/);
        expectMatchesSpec(stub.api, 'create_integration_hub', status, response.body);
      }
      expect(await storedCount(stub, hubs)).toBe(seededHubs);
    });
    test('it answers 429 with Retry-After and the draft-7 RateLimit headers past the limit', async () => {
      const { stub, send } = await setup({ rateLimit: { limit: 1, windowSeconds: 60 } });
      expect((await send('post', '/integration_hubs', newHub)).status).toBe(200);
      const limited = await send('post', '/integration_hubs', { url: 'https://other.example.com/hub' });
      expect(limited.status).toBe(429);
      expectMatchesSpec(stub.api, 'create_integration_hub', 429, limited.body);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers.ratelimit).toMatch(/limit=1, remaining=0, reset=\d+/);
      expect(limited.headers['ratelimit-policy']).toBe('1;w=60');
    });
  });

  describe('given update_integration_hub', () => {
    test('it changes only the fields sent, stores the token without returning it, and honours fields=', async () => {
      const { stub, send } = await setup();
      const cleared = await send('patch', '/integration_hubs/2', { authorization_token: null });
      expect(cleared.status).toBe(200);
      expectMatchesSpec(stub.api, 'update_integration_hub', 200, cleared.body);
      expect(cleared.body).toMatchObject({ has_authorization_token: false, label: 'Northwind Actions', url: 'https://actions.northwind-analytics.com/looker' });
      const set = await send('patch', '/integration_hubs/2?fields=id,has_authorization_token', { authorization_token: 'new-token' });
      expect(set.body).toEqual({ id: '2', has_authorization_token: true });
      const hub = await storedRecord(stub, hubs, '2');
      expect(hub?.authorization_token).toBe('new-token');
    });
    test('it accepts `Authorization: token <t>` as Looker does', async () => {
      const { stub, token } = await setup();
      const response = await request(stub.app).patch(`${base}/integration_hubs/2`).set('authorization', `token ${token}`).send({});
      expect(response.status).toBe(200);
    });
    test.each([
      [404, '/integration_hubs/999', { url: 'https://a.example.com/x' }],
      [422, '/integration_hubs/2', { url: 12 }],
      [400, '/integration_hubs/2?unknown=1', {}],
    ])('it answers %i in the Looker shape', async (status, path, body) => {
      const { stub, send } = await setup();
      const response = await send('patch', path, body);
      expect(response.status).toBe(status);
      expectMatchesSpec(stub.api, 'update_integration_hub', status, response.body);
    });
  });

  describe('given update_user_credentials_api3', () => {
    test('it changes only purpose and ignores read-only fields', async () => {
      const { stub, send } = await setup();
      const response = await send('patch', '/users/17/credentials_api3/5?fields=id,purpose,client_id', { purpose: 'CI', client_id: 'hijack' });
      expect(response.status).toBe(200);
      expectMatchesSpec(stub.api, 'update_user_credentials_api3', 200, response.body);
      expect(response.body).toEqual({ id: '5', purpose: 'CI', client_id: 'gXvR7dQ4bN9kYpTm2Hs8' });
    });
    test('it answers 403 to a non-admin updating another user’s credential, and 200 for their own', async () => {
      const { stub } = await setup();
      const token = await lookerLogin(stub, nonAdminUser.clientId, nonAdminUser.clientSecret);
      const other = await request(stub.app).patch(`${base}/users/17/credentials_api3/5`).set('authorization', `Bearer ${token}`).send({ purpose: 'x' });
      expect(other.status).toBe(403);
      expectMatchesSpec(stub.api, 'update_user_credentials_api3', 403, other.body);
      const own = await request(stub.app)
        .patch(`${base}/users/${nonAdminUser.id}/credentials_api3/${nonAdminUser.credentialId}`)
        .set('authorization', `Bearer ${token}`)
        .send({ purpose: 'mine' });
      expect(own.status).toBe(200);
    });
    test.each([
      [404, '/users/17/credentials_api3/999', {}],
      [404, '/users/999/credentials_api3/5', {}],
      [422, '/users/17/credentials_api3/5', { purpose: 5 }],
      [400, '/users/17/credentials_api3/5?x=1', {}],
    ])('it answers %i for %s', async (status, path, body) => {
      const { stub, send } = await setup();
      const response = await send('patch', path, body);
      expect(response.status).toBe(status);
      expectMatchesSpec(stub.api, 'update_user_credentials_api3', status, response.body);
    });
  });

  describe.each([
    ['update_integration_hub', '/integration_hubs/2', 'authorization_token'],
    ['update_user_credentials_api3', '/users/17/credentials_api3/5', 'purpose'],
  ])('given %s with a missing token, a large body, another content type, or past its rate limit', (operationId, path, field) => {
    test('it answers 401, 413, 415 and 429 in the Looker shape (every authenticated request counts against the limit)', async () => {
      const { stub, token } = await setup({ bodyLimitBytes: 100, rateLimit: { limit: 3, windowSeconds: 60 } });
      const patch = () => request(stub.app).patch(`${base}${path}`);
      const authorized = () => patch().set('authorization', `Bearer ${token}`);
      const results = [
        [await patch().send({}), 401],
        [await authorized().send({ [field]: 'x'.repeat(200) }), 413],
        [await authorized().set('content-type', 'text/plain').send('x'), 415],
        [await authorized().send({}), 200],
        [await authorized().send({}), 429],
      ] as const;
      for (const [response, status] of results) {
        expect(response.status).toBe(status);
        expectMatchesSpec(stub.api, operationId, status, response.body);
      }
    });
  });

  describe('given a route or method the spec does not have', () => {
    test('it answers 404 and 405 in the Looker shape, as JSON', async () => {
      const { stub, token } = await setup();
      const unknown = await request(stub.app).get(`${base}/dashboards`).set('authorization', `Bearer ${token}`);
      const outside = await request(stub.app).get('/index.html');
      const method = await request(stub.app).put(`${base}/integration_hubs/2`).set('authorization', `Bearer ${token}`).send({});
      expect([unknown.status, outside.status, method.status]).toEqual([404, 404, 405]);
      for (const response of [unknown, outside, method]) expect(Object.keys(response.body).sort()).toEqual(['documentation_url', 'message']);
    });
  });
});
