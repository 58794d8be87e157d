/**
 * The one interface every handler reads and writes state through, so a handler never knows whether it runs on the
 * in-memory store (the default, also in browsers) or a shared one (Redis, in `@contracts/server`). Records are plain
 * JSON values: a store keeps them serialised, so nothing a handler does to a value it read changes what is stored.
 */

/** A named set of records of one type, such as Looker's integration hubs. */
export interface Collection<T> {
  readonly name: string;
  /** Only carries the record type; never set. */
  readonly record?: T;
}

/** Declares a collection; `T` is the type of its records. */
export const collection = <T>(name: string): Collection<T> => ({ name });

export interface StoreReader {
  get<T>(collection: Collection<T>, id: string): Promise<T | undefined>;
  /** Every record of the collection, in no particular order (handlers sort as the vendor does). */
  list<T>(collection: Collection<T>): Promise<T[]>;
}

/** What a handler gets: reads see the transaction's own writes; writes are kept until the transaction ends. */
export interface StoreTransaction extends StoreReader {
  /** Stores `record` under `id`; with `ttlSeconds`, it disappears after that long (sessions). */
  put<T>(collection: Collection<T>, id: string, record: T, options?: { ttlSeconds?: number }): void;
  delete(collection: Collection<unknown>, id: string): void;
  /**
   * The next number of a collection's sequence: one above the highest numeric id seeded, then counting up. Like a
   * write, it counts only when the transaction's writes apply.
   */
  nextId(collection: Collection<unknown>): Promise<number>;
  /** Drops every write of this transaction: a request that fails changes nothing. */
  discard(): void;
}

/** One record of the state a store starts with. */
export interface SeedRecord {
  collection: string;
  id: string;
  record: unknown;
}

export interface Store extends StoreReader {
  /**
   * Runs `work` with a transaction. Transactions run one at a time, and the writes of one apply all together, or
   * not at all when `work` throws or discards them: no reader ever sees half of them.
   */
  transaction<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R>;
  /**
   * Replaces everything stored with `records`. Unless `force`, a store that was seeded before keeps its state (a
   * shared store is seeded once, not by every replica that starts); resolves to whether it seeded.
   */
  seed(records: SeedRecord[], options?: { force?: boolean }): Promise<boolean>;
  close(): Promise<void>;
}

/** What a transport answers, with 503 in the vendor's shape, while the store cannot be reached. */
export const storeUnavailableMessage = 'The service is unavailable: its store cannot be reached; retry shortly';

/** Thrown by a store that cannot reach its backend; transports answer 503 in the vendor's shape. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

interface Entry {
  json: string;
  expiresAt?: number;
}

/** Pending writes of a transaction: a record to put, or `null` to delete. */
type Pending = Map<string, Map<string, Entry | null>>;

/** The highest numeric id among `ids`, or 0. */
export const highestNumericId = (ids: Iterable<string>) => Math.max(0, ...[...ids].map(Number).filter(Number.isSafeInteger));

/** The default store: everything in this process's memory, lost when it stops. Runs in Node and in browsers. */
export class MemoryStore implements Store {
  private data = new Map<string, Map<string, Entry>>();
  private sequences = new Map<string, number>();
  private seeded = false;
  /** The tail of the queue of transactions: each waits for the one before it. */
  private queue: Promise<unknown> = Promise.resolve();

  async get<T>(collection: Collection<T>, id: string): Promise<T | undefined> {
    return this.read(collection.name, id);
  }

  async list<T>(collection: Collection<T>): Promise<T[]> {
    return [...(this.data.get(collection.name)?.keys() ?? [])].flatMap((id) => {
      const record = this.read<T>(collection.name, id);
      return record === undefined ? [] : [record];
    });
  }

  transaction<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R> {
    const run = this.queue.then(() => this.run(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async seed(records: SeedRecord[], options: { force?: boolean } = {}): Promise<boolean> {
    if (this.seeded && !options.force) return false;
    this.data = new Map();
    this.sequences = new Map();
    for (const { collection, id, record } of records) this.records(collection).set(id, { json: JSON.stringify(record) });
    for (const [name, records] of this.data) this.sequences.set(name, highestNumericId(records.keys()));
    this.seeded = true;
    return true;
  }

  async close(): Promise<void> {}

  /** Everything stored, serialised: equal snapshots mean nothing changed (tests compare them around rejected requests). */
  snapshot(): string {
    const collections = [...this.data].sort(([a], [b]) => a.localeCompare(b));
    const records = collections.map(([name, entries]) => [name, [...entries].sort(([a], [b]) => a.localeCompare(b)).map(([id, entry]) => [id, entry.json])]);
    return JSON.stringify({ records, sequences: [...this.sequences].sort(([a], [b]) => a.localeCompare(b)) });
  }

  private records(name: string): Map<string, Entry> {
    let records = this.data.get(name);
    if (!records) {
      records = new Map();
      this.data.set(name, records);
    }
    return records;
  }

  private read<T>(name: string, id: string): T | undefined {
    const entry = this.data.get(name)?.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.data.get(name)?.delete(id);
      return undefined;
    }
    return JSON.parse(entry.json) as T;
  }

  private async run<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R> {
    const pending: Pending = new Map();
    const sequences = new Map<string, number>();
    const pendingOf = (name: string) => {
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
        return this.read<T>(collection.name, id);
      },
      list: async <T>(collection: Collection<T>) => {
        const writes = pending.get(collection.name);
        const ids = new Set([...(this.data.get(collection.name)?.keys() ?? []), ...(writes?.keys() ?? [])]);
        const records = await Promise.all([...ids].map((id) => transaction.get(collection, id)));
        return records.filter((record): record is Awaited<T> => record !== undefined) as T[];
      },
      put: (collection, id, record, options) => {
        const ttl = options?.ttlSeconds;
        pendingOf(collection.name).set(id, { json: JSON.stringify(record), ...(ttl !== undefined && { expiresAt: Date.now() + ttl * 1000 }) });
      },
      delete: (collection, id) => {
        pendingOf(collection.name).set(id, null);
      },
      nextId: async (collection) => {
        const current = sequences.get(collection.name) ?? this.sequences.get(collection.name) ?? highestNumericId(this.data.get(collection.name)?.keys() ?? []);
        sequences.set(collection.name, current + 1);
        return current + 1;
      },
      discard: () => {
        pending.clear();
        sequences.clear();
      },
    };
    const result = await work(transaction);
    // Applied in one synchronous step: no reader can run in between.
    for (const [name, value] of sequences) this.sequences.set(name, value);
    for (const [name, writes] of pending) {
      const records = this.records(name);
      for (const [id, entry] of writes) {
        if (entry === null) records.delete(id);
        else records.set(id, entry);
      }
    }
    return result;
  }
}

/** A transaction for an operation that only reads (GET): straight reads, no queue, and any write is a bug. */
export function readOnlyTransaction(store: StoreReader): StoreTransaction {
  const refuse = (): never => {
    throw new Error('A handler of a GET operation may not write to the store');
  };
  return {
    get: (collection, id) => store.get(collection, id),
    list: (collection) => store.list(collection),
    put: refuse,
    delete: refuse,
    nextId: refuse,
    discard: () => {},
  };
}
