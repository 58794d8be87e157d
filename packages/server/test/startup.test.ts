import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { syntheticContract, syntheticVendor } from '@contracts/bench';
import { apiOf, loadApi } from '@contracts/bundles';
import { type LookerCredentials, vendor as lookerVendor } from '@contracts/vendors/looker';
import request from 'supertest';
import { resolveOptions } from '../src/options';
import { type RunningStub, type StartedStubs, startStub, startStubs } from '../src/start';
import { credentialsOf, freshStub } from './support';

/**
 * Counts the schemas express-openapi-validator hands to its Ajv: it adds each one the first time a route
 * needs it, which is the compilation that would make a first request slow.
 */
function countSchemaCompilations() {
  const validatorDir = dirname(require.resolve('express-openapi-validator'));
  const { default: Ajv } = require(require.resolve('ajv/dist/core', { paths: [validatorDir] })) as { default: { prototype: { addSchema: () => unknown } } };
  const spy = jest.spyOn(Ajv.prototype, 'addSchema');
  return { count: () => spy.mock.calls.length, restore: () => spy.mockRestore() };
}

function trutoUpdate(url: string) {
  return fetch(`${url}/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9`, {
    method: 'PATCH',
    headers: { authorization: 'Bearer truto-local-api-token', 'content-type': 'application/json' },
    body: '{"is_enabled":true}',
  });
}

describe('given a stub app listening without the warm-up', () => {
  test('its first request compiles schemas (the control for the test below)', async () => {
    const stub = await freshStub('truto');
    const server = stub.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const compiled = countSchemaCompilations();
    try {
      const response = await trutoUpdate(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      expect(response.status).toBe(200);
      expect(compiled.count()).toBeGreaterThan(0);
    } finally {
      compiled.restore();
      server.close();
    }
  });
});

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

  test('the first request compiles no schema, because the validator compiled them all before the port opened', async () => {
    const compiled = countSchemaCompilations();
    try {
      const response = await trutoUpdate(stubs.urls.truto ?? '');
      expect(response.status).toBe(200);
      expect(compiled.count()).toBe(0);
    } finally {
      compiled.restore();
    }
  });

  test("Looker's first hub update compiles no schema either, though the warm-up replays Looker's logout before it", async () => {
    const login = await request(stubs.urls.looker ?? '')
      .post('/login')
      .type('form')
      .send({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' });
    const compiled = countSchemaCompilations();
    try {
      const response = await request(stubs.urls.looker ?? '')
        .patch('/integration_hubs/2')
        .set('authorization', `Bearer ${login.body.access_token}`)
        .send({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });
      expect(response.status).toBe(200);
      expect(compiled.count()).toBe(0);
    } finally {
      compiled.restore();
    }
  });

  test('the warm-up left the stores as fresh as the spec seeds them', async () => {
    // Warm-up replayed the create example; after the reset the same request creates hub 3 again instead of a 409.
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

describe('given a stub started on three renamed copies of Looker (60 operations, served by three validators)', () => {
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

  test.each(['', '/copy1', '/copy2'])('the first request to the hub update under %p compiles no schema and updates hub 2', async (prefix) => {
    const authorization = await lookerVendor.warmUpAuthorization(running.stub.fake.store, credentialsOf<LookerCredentials>(running.stub));
    const compiled = countSchemaCompilations();
    try {
      const response = await fetch(`${running.url}${prefix}/integration_hubs/2`, {
        method: 'PATCH',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: '2', has_authorization_token: true });
      expect(compiled.count()).toBe(0);
    } finally {
      compiled.restore();
    }
  });
});
