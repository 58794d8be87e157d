import { syntheticContract, syntheticVendor } from '@contracts/bench';
import { apiOf, loadApi } from '@contracts/bundles';
import { lookerCredentials, vendor as lookerVendor } from '@contracts/vendors/looker';
import request from 'supertest';
import { resolveOptions } from '../src/options';
import { type RunningStub, type StartedStubs, startStub, startStubs } from '../src/start';

describe('given all three stubs started on free ports', () => {
  let stubs: StartedStubs;
  beforeAll(async () => {
    stubs = await startStubs({ ports: { looker: 0, truto: 0, versori: 0 } });
  });
  afterAll(() => stubs.close());

  test('it resolves with each base URL at the vendor base path', () => {
    expect(Object.keys(stubs.urls)).toEqual(['looker', 'truto', 'versori']);
    expect(stubs.urls.looker).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/4\.0$/);
    expect(stubs.urls.truto).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stubs.urls.versori).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/connect\/v1$/);
  });

  test('the stores are as fresh as the spec seeds them: the first new hub is hub 3', async () => {
    const login = await request(stubs.urls.looker ?? '')
      .post('/login')
      .type('form')
      .send({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' });
    const created = await request(stubs.urls.looker ?? '')
      .post('/integration_hubs')
      .set('authorization', `Bearer ${login.body.access_token}`)
      .send({ url: 'https://looker-actions.brightwave.io/hub' });
    expect(created.status).toBe(200);
    expect(created.body.id).toBe('3');
  });
});

describe('given a stub started on three renamed copies of Looker (60 operations, a validator per path built on its first request)', () => {
  const looker = loadApi('looker');
  const contract = syntheticContract(looker.document, 3, '/integration_hubs/{integration_hub_id}');
  let running: RunningStub;
  beforeAll(async () => {
    running = await startStub(apiOf('looker', contract), {
      ...resolveOptions({}, {}),
      host: '127.0.0.1',
      port: 0,
      vendor: syntheticVendor(lookerVendor, contract, looker),
    });
  });
  afterAll(() => running.close());

  test.each(['', '/copy1', '/copy2'])('the hub update under %p updates hub 2 and validates its body', async (prefix) => {
    const { access_token } = (await (
      await fetch(`${running.url}${prefix}/login`, {
        method: 'POST',
        body: new URLSearchParams({
          client_id: lookerCredentials.variables.LOOKER_CLIENT_ID,
          client_secret: lookerCredentials.variables.LOOKER_CLIENT_SECRET,
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
    ).json()) as { access_token: string };
    const update = (body: unknown) =>
      fetch(`${running.url}${prefix}/integration_hubs/2`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const response = await update({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: '2', has_authorization_token: true });
    expect((await update({ url: 42 })).status).toBe(422);
  });
});
