import { describeStoreContract } from '@contracts/vendors/test/store-contract';
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

describe('given a Redis URL nothing listens on', () => {
  test('connecting fails with what to do', async () => {
    await expect(new RedisStore('redis://127.0.0.1:1', 'test:').connect()).rejects.toThrow(
      /cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*leave STUB_STORE unset/,
    );
  });
});
