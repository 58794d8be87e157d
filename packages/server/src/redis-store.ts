import type { RateLimitSettings } from '@contracts/pipeline';
import { type Collection, highestNumericId, type SeedRecord, type Store, type StoreTransaction, StoreUnavailableError } from '@contracts/vendors';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';

/** How long one transaction may hold the lock before another replica may take it (a replica that died holding it). */
const lockMilliseconds = 10_000;
/** How long a transaction waits for the lock before the request fails with 503. */
const lockWaitMilliseconds = 5_000;

// Releases the lock only if this transaction still holds it (compare and delete, atomically).
const releaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether an error of the client means Redis cannot be reached (rather than a bug in a command). */
function isConnectionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|max retries|Reached the max retries|enableOfflineQueue/i.test(
    message,
  );
}

/**
 * A store in Redis, shared by every replica of a stub that points at the same Redis and key prefix. Each record is
 * one key holding its JSON (`<prefix>r:<collection>:<id>`, with a lifetime when it has one), listed in a set per
 * collection. A transaction holds a lock key while it runs, so transactions of all replicas run one at a time, and
 * applies its writes in one MULTI/EXEC, so no replica ever reads half of them. When Redis cannot be reached every
 * call fails at once with `StoreUnavailableError` (the stub answers 503) and the client reconnects by itself.
 */
export class RedisStore implements Store {
  private readonly client: Redis;

  /** `url`: `redis://host:port[/db]`; `prefix`: what every key of this store starts with (one per API). */
  constructor(
    readonly url: string,
    readonly prefix: string,
  ) {
    this.client = new Redis(url, {
      // Fail at once while disconnected instead of queueing: the stub answers 503, then recovers on reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
    });
    // Connection errors are answered per request; without a listener ioredis would print each reconnect attempt.
    this.client.on('error', () => {});
  }

  /** Connects, failing with what to do when Redis cannot be reached. */
  async connect(): Promise<this> {
    try {
      await this.client.connect();
    } catch (error) {
      this.client.disconnect();
      throw new Error(`cannot reach Redis at ${this.url} (${(error as Error).message}); start it, or leave STUB_STORE unset for the in-memory store`);
    }
    return this;
  }

  private recordKey = (collection: string, id: string) => `${this.prefix}r:${collection}:${id}`;
  private indexKey = (collection: string) => `${this.prefix}i:${collection}`;
  private sequenceKey = (collection: string) => `${this.prefix}s:${collection}`;
  private readonly lockKey = () => `${this.prefix}lock`;
  private readonly seededKey = () => `${this.prefix}seeded`;

  /** Runs a Redis call, turning a lost connection into `StoreUnavailableError`. */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    if (this.client.status !== 'ready') throw new StoreUnavailableError(`Redis at ${this.url} is not connected (${this.client.status})`);
    try {
      return await run();
    } catch (error) {
      if (isConnectionError(error)) throw new StoreUnavailableError(`Redis at ${this.url}: ${(error as Error).message}`);
      throw error;
    }
  }

  async get<T>(collection: Collection<T>, id: string): Promise<T | undefined> {
    const json = await this.call(() => this.client.get(this.recordKey(collection.name, id)));
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async list<T>(collection: Collection<T>): Promise<T[]> {
    const ids = await this.call(() => this.client.smembers(this.indexKey(collection.name)));
    if (ids.length === 0) return [];
    const values = await this.call(() => this.client.mget(ids.map((id) => this.recordKey(collection.name, id))));
    // A record whose lifetime ended is gone from its key but still in the index until someone notices.
    const expired = ids.filter((_, index) => values[index] === null);
    if (expired.length > 0) await this.call(() => this.client.srem(this.indexKey(collection.name), ...expired));
    return values.filter((value): value is string => value !== null).map((value) => JSON.parse(value) as T);
  }

  async transaction<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R> {
    const token = await this.lock();
    try {
      const pending = new Map<string, Map<string, { json: string; ttlSeconds?: number } | null>>();
      // Sequences advance with the transaction's writes: the lock makes read-then-write safe across replicas.
      const sequences = new Map<string, number>();
      const writesOf = (name: string) => {
        let writes = pending.get(name);
        if (!writes) {
          writes = new Map();
          pending.set(name, writes);
        }
        return writes;
      };
      const transaction: StoreTransaction = {
        get: async <T>(collection: Collection<T>, id: string) => {
          const write = pending.get(collection.name)?.get(id);
          if (write !== undefined) return write === null ? undefined : (JSON.parse(write.json) as T);
          return this.get(collection, id);
        },
        list: async <T>(collection: Collection<T>) => {
          const writes = pending.get(collection.name);
          if (!writes) return this.list(collection);
          // The ids stored and written, each read through this transaction's writes.
          const ids = new Set([...(await this.call(() => this.client.smembers(this.indexKey(collection.name)))), ...writes.keys()]);
          const records = await Promise.all([...ids].map((id) => transaction.get(collection, id)));
          return records.filter((record): record is Awaited<T> => record !== undefined) as T[];
        },
        put: (collection, id, record, options) => {
          writesOf(collection.name).set(id, { json: JSON.stringify(record), ttlSeconds: options?.ttlSeconds });
        },
        delete: (collection, id) => {
          writesOf(collection.name).set(id, null);
        },
        nextId: async (collection) => {
          const current = sequences.get(collection.name) ?? Number((await this.call(() => this.client.get(this.sequenceKey(collection.name)))) ?? 0);
          sequences.set(collection.name, current + 1);
          return current + 1;
        },
        discard: () => {
          pending.clear();
          sequences.clear();
        },
      };
      const result = await work(transaction);
      if (pending.size > 0 || sequences.size > 0) {
        const multi = this.client.multi();
        for (const [name, value] of sequences) multi.set(this.sequenceKey(name), value);
        for (const [name, writes] of pending) {
          for (const [id, write] of writes) {
            if (write === null) {
              multi.del(this.recordKey(name, id)).srem(this.indexKey(name), id);
            } else {
              if (write.ttlSeconds === undefined) multi.set(this.recordKey(name, id), write.json);
              else multi.set(this.recordKey(name, id), write.json, 'PX', Math.max(1, Math.round(write.ttlSeconds * 1000)));
              multi.sadd(this.indexKey(name), id);
            }
          }
        }
        await this.call(() => multi.exec());
      }
      return result;
    } finally {
      await this.unlock(token).catch(() => undefined);
    }
  }

  async seed(records: SeedRecord[], options: { force?: boolean } = {}): Promise<boolean> {
    const token = await this.lock();
    try {
      if (!options.force && (await this.call(() => this.client.exists(this.seededKey()))) === 1) return false;
      const stale = await this.keys();
      const multi = this.client.multi();
      for (const key of stale) if (key !== this.lockKey()) multi.del(key);
      const ids = new Map<string, string[]>();
      for (const { collection, id, record } of records) {
        multi.set(this.recordKey(collection, id), JSON.stringify(record)).sadd(this.indexKey(collection), id);
        ids.set(collection, [...(ids.get(collection) ?? []), id]);
      }
      for (const [collection, seeded] of ids) multi.set(this.sequenceKey(collection), highestNumericId(seeded));
      multi.set(this.seededKey(), new Date().toISOString());
      await this.call(() => multi.exec());
      return true;
    } finally {
      await this.unlock(token).catch(() => undefined);
    }
  }

  /** A rate limiter counting in the same Redis, so every replica counts the same requests; seeding again clears it. */
  rateLimiter({ limit, windowSeconds }: RateLimitSettings): RateLimiterRedis {
    return new RateLimiterRedis({ storeClient: this.client, keyPrefix: `${this.prefix}rl`, points: limit, duration: windowSeconds });
  }

  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    await this.client.quit().catch(() => this.client.disconnect());
  }

  /** Every key of this store (SCAN, so a large Redis is not blocked). */
  private async keys(): Promise<string[]> {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.call(() => this.client.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 1000));
      found.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return found;
  }

  private async lock(): Promise<string> {
    const token = crypto.randomUUID();
    const deadline = Date.now() + lockWaitMilliseconds;
    for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
      const taken = await this.call(() => this.client.set(this.lockKey(), token, 'PX', lockMilliseconds, 'NX'));
      if (taken === 'OK') return token;
      if (Date.now() > deadline)
        throw new StoreUnavailableError(`Redis at ${this.url}: another replica held the store's lock for over ${lockWaitMilliseconds} ms`);
      await pause(wait);
    }
  }

  private unlock(token: string): Promise<unknown> {
    return this.call(() => this.client.eval(releaseScript, 1, this.lockKey(), token));
  }
}
