import { collection } from '@contracts/vendors';
import { describeStoreContract } from '@contracts/vendors/test/store-contract';
import { Redis } from 'ioredis';
import { RedisStore } from '../src/redis-store';
import { startRedis, type TestRedis } from './redis';

let redis: TestRedis;
let next = 0;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(() => redis.destroy());

// Each test gets its own key prefix: the same empty start as a fresh in-memory store.
describeStoreContract('Redis', () => new RedisStore(redis.url, `test:${process.pid}:${next++}:`).connect());

describe('given the unique index of a Redis store', () => {
  const hubs = collection<{ id: string; url: string }>('hubs', { unique: ['url'] });
  const sessions = collection<{ device: string }>('sessions', { unique: ['device'] });
  let store: RedisStore;
  let client: Redis;
  beforeEach(async () => {
    store = await new RedisStore(redis.url, `test:${process.pid}:${next++}:`).connect();
    await store.seed([{ collection: hubs, id: '2', record: { id: '2', url: 'https://a.example.org' } }], { force: true });
    client = new Redis(redis.url);
  });
  afterEach(async () => {
    await store.close();
    await client.quit();
  });
  const indexKey = (collection: string, field: string, value: string) => `${store.prefix}u:${collection}:${field}:${value}`;

  test('a value given up, by an update or a delete, leaves no key behind', async () => {
    await store.transaction(async (transaction) => transaction.put(hubs, '2', { id: '2', url: 'https://b.example.org' }));
    expect(await client.exists(indexKey('hubs', 'url', 'https://a.example.org'))).toBe(0);
    expect(await client.get(indexKey('hubs', 'url', 'https://b.example.org'))).toBe('2');
    await store.transaction(async (transaction) => transaction.delete(hubs, '2'));
    expect(await client.exists(indexKey('hubs', 'url', 'https://b.example.org'))).toBe(0);
  });

  test('a value of a record with a lifetime expires with it', async () => {
    await store.transaction(async (transaction) => transaction.put(sessions, 's1', { device: 'phone' }, { ttlSeconds: 0.2 }));
    expect(await client.pttl(indexKey('sessions', 'device', 'phone'))).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await client.exists(indexKey('sessions', 'device', 'phone'))).toBe(0);
  });

  test('an index entry the record no longer agrees with (written by a replica without the index) finds nothing and claims nothing', async () => {
    await client.set(indexKey('hubs', 'url', 'https://stale.example.org'), '2');
    expect(await store.findUnique(hubs, 'url', 'https://stale.example.org')).toBeUndefined();
    await store.transaction(async (transaction) => transaction.put(hubs, '9', { id: '9', url: 'https://stale.example.org' }));
    expect((await store.findUnique(hubs, 'url', 'https://stale.example.org'))?.id).toBe('9');
  });
});

describe('given a Redis URL nothing listens on', () => {
  test('connecting fails with what to do', async () => {
    await expect(new RedisStore('redis://127.0.0.1:1', 'test:').connect()).rejects.toThrow(
      /cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*leave STUB_STORE unset/,
    );
  });
});
