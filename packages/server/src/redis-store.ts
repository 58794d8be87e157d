import type { RateLimitSettings } from '@contracts/pipeline';
import {
  assertUniqueField,
  type Collection,
  claimsOf,
  highestNumericId,
  PendingWrites,
  type SeedRecord,
  type Store,
  type StoreTransaction,
  StoreUnavailableError,
  UniqueConstraintError,
  type UniqueField,
  uniqueValuesOf,
  type Writes,
} from '@contracts/vendors';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { RedisControlStore } from './redis-control-store';

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
 * collection (`<prefix>i:<collection>`). Each value of a unique field is one key holding the id of its record
 * (`<prefix>u:<collection>:<field>:<value>`), with the record's lifetime, so it expires with the record; the set
 * `<prefix>unique` names the fields indexed; the faults and the journal live under `<prefix>control:`. A transaction holds a lock key while it runs, so transactions of all
 * replicas run one at a time, and applies its writes (records and index entries) in one MULTI/EXEC, so no replica
 * ever reads half of them. When Redis cannot be reached every call fails at once with `StoreUnavailableError` (the
 * stub answers 503) and the client reconnects by itself.
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
  private idsKey = (collection: string) => `${this.prefix}i:${collection}`;
  private uniqueKey = (collection: string, field: string, value: string) => `${this.prefix}u:${collection}:${field}:${value}`;
  /** The set of the unique fields indexed, as `<collection>:<field>`. */
  private readonly indexedKey = () => `${this.prefix}unique`;
  private sequenceKey = (collection: string) => `${this.prefix}s:${collection}`;
  private readonly lockKey = () => `${this.prefix}lock`;
  private readonly seededKey = () => `${this.prefix}seeded`;
  /** Where the faults and the journal live: beside the state, and kept when it is seeded again. */
  private readonly controlPrefix = () => `${this.prefix}control:`;

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
    const ids = await this.call(() => this.client.smembers(this.idsKey(collection.name)));
    if (ids.length === 0) return [];
    const values = await this.call(() => this.client.mget(ids.map((id) => this.recordKey(collection.name, id))));
    // A record whose lifetime ended is gone from its key but still in the index until someone notices.
    const expired = ids.filter((_, index) => values[index] === null);
    if (expired.length > 0) await this.call(() => this.client.srem(this.idsKey(collection.name), ...expired));
    return values.filter((value): value is string => value !== null).map((value) => JSON.parse(value) as T);
  }

  async findUnique<T>(collection: Collection<T>, field: UniqueField<T>, value: string): Promise<T | undefined> {
    assertUniqueField(collection, field);
    const id = await this.call(() => this.client.get(this.uniqueKey(collection.name, field, value)));
    return id === null ? undefined : this.holder(collection, field, value, id);
  }

  /**
   * Record `id` if it holds `value` in `field`. An index entry shares its record's lifetime but may outlive it by a
   * moment, and one built for records stored before their field was indexed has none: the record decides.
   */
  private async holder<T>(collection: Collection<T>, field: string, value: string, id: string): Promise<T | undefined> {
    const record = await this.get(collection, id);
    return (record as Record<string, unknown> | undefined)?.[field] === value ? record : undefined;
  }

  async transaction<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R> {
    const token = await this.lock();
    try {
      const pending = new PendingWrites();
      // Sequences advance with the transaction's writes: the lock makes read-then-write safe across replicas.
      const sequences = new Map<string, number>();
      const transaction: StoreTransaction = {
        get: async <T>(collection: Collection<T>, id: string) => {
          const write = pending.of(collection.name, id);
          if (write !== undefined) return write === null ? undefined : (JSON.parse(write.json) as T);
          return this.get(collection, id);
        },
        list: async <T>(collection: Collection<T>) => {
          const written = pending.ids(collection.name);
          if (written.length === 0) return this.list(collection);
          // The ids stored and written, each read through this transaction's writes.
          const ids = new Set([...(await this.call(() => this.client.smembers(this.idsKey(collection.name)))), ...written]);
          const records = await Promise.all([...ids].map((id) => transaction.get(collection, id)));
          return records.filter((record): record is Awaited<T> => record !== undefined) as T[];
        },
        findUnique: async <T>(collection: Collection<T>, field: UniqueField<T>, value: string) => {
          assertUniqueField(collection, field);
          const claimed = pending.find(collection, field, value);
          if (claimed) return JSON.parse(claimed.json) as T;
          const id = await this.call(() => this.client.get(this.uniqueKey(collection.name, field, value)));
          // A holder this transaction rewrites no longer holds the value: `find` would have found it.
          return id === null || pending.of(collection.name, id) !== undefined ? undefined : this.holder(collection, field, value, id);
        },
        put: (collection, id, record, options) => pending.put(collection, id, record, options?.ttlSeconds),
        delete: (collection, id) => pending.delete(collection, id),
        nextId: async (collection) => {
          const current = sequences.get(collection.name) ?? (await this.sequence(collection.name));
          sequences.set(collection.name, current + 1);
          return current + 1;
        },
        advanceSequence: async (collection, id) => {
          const current = sequences.get(collection.name) ?? (await this.sequence(collection.name));
          if (id > current) sequences.set(collection.name, id);
        },
        discard: () => {
          pending.clear();
          sequences.clear();
        },
      };
      const result = await work(transaction);
      if (!pending.empty || sequences.size > 0) await this.commit(pending, sequences);
      return result;
    } finally {
      await this.unlock(token).catch(() => undefined);
    }
  }

  /** The last number a collection's sequence handed out. */
  private async sequence(collection: string): Promise<number> {
    return Number((await this.call(() => this.client.get(this.sequenceKey(collection)))) ?? 0);
  }

  /**
   * Applies a transaction's writes in one MULTI/EXEC. Collections with unique fields first cost one more round trip,
   * reading the records being replaced (the values they give up leave the indexes) and the holders of the values
   * claimed (a value another record holds refuses the whole transaction); the lock keeps both true until EXEC.
   */
  private async commit(pending: PendingWrites, sequences: Map<string, number>): Promise<void> {
    const indexed = pending
      .collections()
      .filter(({ collection }) => collection.unique.length > 0)
      .map(({ collection, writes }) => ({ collection, writes, claims: claimsOf(collection, writes) }));
    const released: string[] = [];
    if (indexed.length > 0) {
      const reads = this.client.pipeline();
      for (const { collection, writes, claims } of indexed) {
        for (const id of writes.keys()) reads.get(this.recordKey(collection.name, id));
        for (const { field, value } of claims) reads.get(this.uniqueKey(collection.name, field, value));
      }
      const replies = ((await this.call(() => reads.exec())) ?? []).map(([error, reply]) => {
        if (error) throw error;
        return reply as string | null;
      });
      let next = 0;
      for (const { collection, writes, claims } of indexed) {
        for (const _ of writes.keys()) {
          const previous = replies[next++];
          if (previous)
            for (const [field, value] of uniqueValuesOf(collection, JSON.parse(previous))) released.push(this.uniqueKey(collection.name, field, value));
        }
        for (const { field, value, id } of claims) {
          const holder = replies[next++];
          // A holder this transaction rewrites gives the value up, or claimsOf would have refused.
          if (!holder || holder === id || writes.has(holder)) continue;
          if (await this.holder(collection, field, value, holder)) throw new UniqueConstraintError(collection.name, field, value, [holder, id]);
        }
      }
    }
    const multi = this.client.multi();
    for (const [name, value] of sequences) multi.set(this.sequenceKey(name), value);
    // Released values leave first, so a value that moves between records ends with its new holder.
    if (released.length > 0) multi.del(...released);
    for (const { collection, writes } of pending.collections()) {
      const name = collection.name;
      for (const [id, write] of writes) {
        if (write === null) {
          multi.del(this.recordKey(name, id)).srem(this.idsKey(name), id);
          continue;
        }
        // An index entry lives as long as its record.
        const milliseconds = write.ttlSeconds === undefined ? undefined : Math.max(1, Math.round(write.ttlSeconds * 1000));
        const set = (key: string, value: string) => (milliseconds === undefined ? multi.set(key, value) : multi.set(key, value, 'PX', milliseconds));
        set(this.recordKey(name, id), write.json);
        multi.sadd(this.idsKey(name), id);
        for (const [field, value] of write.unique) set(this.uniqueKey(name, field, value), id);
      }
    }
    await this.call(() => multi.exec());
  }

  async seed(records: SeedRecord[], options: { force?: boolean } = {}): Promise<boolean> {
    const pending = PendingWrites.of(records);
    // Refused before anything is replaced.
    for (const { collection, writes } of pending.collections()) claimsOf(collection, writes);
    const token = await this.lock();
    try {
      if (!options.force && (await this.call(() => this.client.exists(this.seededKey()))) === 1) {
        await this.indexMissing(pending);
        return false;
      }
      const stale = await this.keys();
      const multi = this.client.multi();
      for (const key of stale) if (key !== this.lockKey() && !key.startsWith(this.controlPrefix())) multi.del(key);
      for (const { collection, writes } of pending.collections()) {
        const name = collection.name;
        for (const [id, write] of writes) {
          if (!write) continue;
          multi.set(this.recordKey(name, id), write.json);
          for (const [field, value] of write.unique) multi.set(this.uniqueKey(name, field, value), id);
        }
        multi.sadd(this.idsKey(name), ...writes.keys());
        multi.set(this.sequenceKey(name), highestNumericId(writes.keys()));
        if (collection.unique.length > 0) multi.sadd(this.indexedKey(), ...collection.unique.map((field) => `${name}:${field}`));
      }
      multi.set(this.seededKey(), new Date().toISOString());
      await this.call(() => multi.exec());
      return true;
    } finally {
      await this.unlock(token).catch(() => undefined);
    }
  }

  /** Indexes the unique fields of `pending`'s collections that have no index yet: records kept from before they were declared. */
  private async indexMissing(pending: PendingWrites): Promise<void> {
    const indexed = new Set(await this.call(() => this.client.smembers(this.indexedKey())));
    for (const { collection } of pending.collections()) {
      const name = collection.name;
      const missing = collection.unique.filter((field) => !indexed.has(`${name}:${field}`));
      if (missing.length === 0) continue;
      const ids = await this.call(() => this.client.smembers(this.idsKey(name)));
      const values = ids.length === 0 ? [] : await this.call(() => this.client.mget(ids.map((id) => this.recordKey(name, id))));
      // The records as if written at once: claimsOf refuses two holding one value.
      const stored: Writes = new Map();
      for (const [index, json] of values.entries()) {
        if (json !== null) stored.set(ids[index] as string, { json, unique: uniqueValuesOf(collection, JSON.parse(json)) });
      }
      const multi = this.client.multi();
      for (const { field, value, id } of claimsOf(collection, stored)) if (missing.includes(field)) multi.set(this.uniqueKey(name, field, value), id);
      multi.sadd(this.indexedKey(), ...missing.map((field) => `${name}:${field}`));
      await this.call(() => multi.exec());
    }
  }

  /** A rate limiter counting in the same Redis, so every replica counts the same requests; seeding again clears it. */
  rateLimiter({ limit, windowSeconds }: RateLimitSettings): RateLimiterRedis {
    return new RateLimiterRedis({ storeClient: this.client, keyPrefix: `${this.prefix}rl`, points: limit, duration: windowSeconds });
  }

  /** The faults and the request journal in the same Redis, so that every replica applies the same faults and keeps one journal. */
  controlStore(): RedisControlStore {
    return new RedisControlStore(this.client, this.controlPrefix(), (run) => this.call(run));
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
