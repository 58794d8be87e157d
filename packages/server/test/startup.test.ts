import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadApi } from '@contracts/bundles';
import request from 'supertest';
import { listUnimplemented, scaffoldHandlers } from '../src/scaffold';
import { type StartedStubs, startStubs } from '../src/server';

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

  test('the first request is as fast as later ones, because the validator compiled before the port opened', async () => {
    const url = stubs.urls.truto ?? '';
    const call = async () => {
      const started = performance.now();
      const response = await fetch(`${url}/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9`, {
        method: 'PATCH',
        headers: { authorization: 'Bearer truto-local-api-token', 'content-type': 'application/json' },
        body: '{"is_enabled":true}',
      });
      expect(response.status).toBe(200);
      return performance.now() - started;
    };
    const first = await call();
    const later: number[] = [];
    for (let i = 0; i < 10; i++) later.push(await call());
    const median = later.sort((a, b) => a - b)[5] ?? 0;
    // Without the warm-up the first request compiles the schemas (hundreds of ms); allow scheduling noise only.
    expect(first).toBeLessThan(median * 5 + 25);
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

describe('given handler scaffolding', () => {
  test('every operation of the spec has an implemented handler, so nothing answers 501', () => {
    expect(listUnimplemented()).toEqual([]);
    expect(scaffoldHandlers().filter((module) => module.created)).toEqual([]);
  });

  test('a new operation gets a 501 module that is listed as unimplemented and never overwritten', () => {
    const api = { ...loadApi('truto'), name: 'scaffold-test' };
    const dir = join(__dirname, '..', 'src', 'handlers', 'scaffold-test');
    try {
      expect(scaffoldHandlers([api]).map((module) => module.created)).toEqual([true]);
      expect(listUnimplemented([api]).map((module) => module.operationId)).toEqual(['updateEnvironmentIntegration']);
      expect(scaffoldHandlers([api]).map((module) => module.created)).toEqual([false]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
