import { loadApi } from '@contracts/bundles';
import { RedisStore } from '../src/redis-store';
import { type RunningStub, startStub, storePrefix } from '../src/start';
import { startRedis, type TestRedis } from './redis';

// Two Looker stubs on one real redis-server, as two replicas behind a load balancer: a fault added through one
// replica's control API applies on both (its calls counted across them), both journal into one list, fixtures loaded
// through one are the state of both, and seeding the store again keeps the faults and the journal.
const admin = { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' };

describe('given two stub replicas of Looker on one Redis', () => {
  let redis: TestRedis;
  let a: RunningStub;
  let b: RunningStub;
  let token: string;
  const update = (replica: RunningStub) =>
    fetch(`${replica.url}/integration_hubs/2`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ authorization_token: 'rotated' }),
    }).then((response) => response.status);

  beforeAll(async () => {
    redis = await startRedis();
    a = await startStub('looker', { port: 0, store: redis.url, resetStore: true });
    b = await startStub('looker', { port: 0, store: redis.url });
    const login = await fetch(`${a.url}/login`, { method: 'POST', body: new URLSearchParams(admin) });
    token = ((await login.json()) as { access_token: string }).access_token;
  }, 30_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.destroy();
  });

  test('a fault added on one replica answers on both, its two calls taken once each across them, and one journal holds them all', async () => {
    await a.clearRequests();
    const fault = await a.faults.add('update_integration_hub', { status: 429, times: 2 });
    expect(await b.faults.list()).toEqual([fault]);
    expect([await update(b), await update(a), await update(b)]).toEqual([429, 429, 200]);
    expect(await a.faults.list()).toEqual([]);
    expect((await b.requests('update_integration_hub')).map((entry) => [entry.status, entry.faultId])).toEqual([
      [429, fault.id],
      [429, fault.id],
      [200, null],
    ]);
  });

  test('concurrent calls on both replicas take a fault of three calls exactly three times', async () => {
    await a.faults.add('update_integration_hub', { status: 429, times: 3 });
    const statuses = await Promise.all(Array.from({ length: 8 }, (_, index) => update(index % 2 === 0 ? a : b)));
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
  });

  test('fixtures loaded through one replica are the state of the other, and a reset through it keeps the faults and the journal', async () => {
    await a.fixtures.load({ integration_hubs: [{ id: '40', url: 'https://actions.shared.io/hub' }] });
    expect((await b.fixtures.export()).integration_hubs?.map((hub) => hub.id)).toEqual(['40']);
    await a.faults.add('integration_hub', { latencyMs: 1 });
    const journaled = (await a.requests()).length;
    await b.reset();
    expect((await a.fixtures.export()).integration_hubs?.map((hub) => hub.id)).toEqual(['1', '2']);
    expect(await a.faults.list()).toHaveLength(1);
    expect(await a.requests()).toHaveLength(journaled);
  });

  test('the shared journal keeps only the latest entries past its limit', async () => {
    const store = await new RedisStore(redis.url, storePrefix(loadApi('truto'))).connect();
    try {
      const control = store.controlStore();
      for (const time of ['t1', 't2', 't3', 't4']) {
        await control.record({ time, method: 'GET', path: '/', operationId: null, headers: {}, status: 200, faultId: null }, 3);
      }
      expect((await control.requests()).map((entry) => entry.time)).toEqual(['t2', 't3', 't4']);
    } finally {
      await store.close();
    }
  });
});
