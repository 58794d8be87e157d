/**
 * The one interface every handler reads and writes state through, so a handler never knows whether it runs on the
 * in-memory store (the default, also in browsers) or a shared one (Redis, in `@contracts/server`). Records are plain
 * JSON values: a store keeps them serialised, so nothing a handler does to a value it read changes what is stored.
 */

/** A named set of records of one type, such as Looker's integration hubs. */
export interface Collection<T> {
  readonly name: string;
  /**
   * Fields no two records share a value of, such as a hub's `url`. Each has an index that `findUnique` reads and every
   * write keeps, so neither looks at the other records: a write costs the same with 100,000 records as with 10.
   */
  readonly unique: readonly string[];
  /** Only carries the record type; never set. */
  readonly record?: T;
}

/** The fields of `T` a collection may declare unique: those holding a string. A record without a value is not indexed. */
export type UniqueField<T> = { [K in keyof T & string]-?: NonNullable<T[K]> extends string ? K : never }[keyof T & string];

/** Declares a collection; `T` is the type of its records, `unique` the fields no two of them may share a value of. */
export const collection = <T>(name: string, options: { unique?: readonly UniqueField<T>[] } = {}): Collection<T> => ({
  name,
  unique: options.unique ?? [],
});

export interface StoreReader {
  get<T>(collection: Collection<T>, id: string): Promise<T | undefined>;
  /** Every record of the collection, in no particular order (handlers sort as the vendor does). */
  list<T>(collection: Collection<T>): Promise<T[]>;
  /**
   * The record whose `field` holds `value`, read through the field's index: the collection must declare `field`
   * unique. Handlers ask before a write that must not repeat a value, and answer the vendor's 409 or 422.
   */
  findUnique<T>(collection: Collection<T>, field: NoInfer<UniqueField<T>>, value: string): Promise<T | undefined>;
}

/** What a handler gets: reads see the transaction's own writes; writes are kept until the transaction ends. */
export interface StoreTransaction extends StoreReader {
  /**
   * Stores `record` under `id`; with `ttlSeconds`, it disappears after that long (sessions). When the transaction ends
   * with two records holding the same value of a unique field, it fails with `UniqueConstraintError` and none of its
   * writes apply: that is a bug of the handler, which checks with `findUnique` first.
   */
  put<T>(collection: Collection<T>, id: string, record: T, options?: { ttlSeconds?: number }): void;
  delete(collection: Collection<unknown>, id: string): void;
  /**
   * The next number of a collection's sequence: one above the highest numeric id seeded, then counting up. Like a
   * write, it counts only when the transaction's writes apply.
   */
  nextId(collection: Collection<unknown>): Promise<number>;
  /**
   * Moves a collection's sequence past `id`, so that `nextId` never hands out an id a record put by other means holds
   * (fixtures); a sequence already past it stays. Like a write, it counts only when the transaction's writes apply.
   */
  advanceSequence(collection: Collection<unknown>, id: number): Promise<void>;
  /** Drops every write of this transaction: a request that fails changes nothing. */
  discard(): void;
}

/** One record of the state a store starts with. */
export interface SeedRecord {
  collection: Collection<unknown>;
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
   * Replaces everything stored with `records`, and indexes the unique fields of their collections; when two records
   * share a unique value it throws `UniqueConstraintError` and changes nothing. Unless `force`, a store that was
   * seeded before keeps its state (a shared store is seeded once, not by every replica that starts) and only indexes
   * the unique fields it has no index of yet (state kept from before a collection declared them); resolves to
   * whether it seeded.
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

/** Thrown when writes would leave two records with the same value of a unique field (the caller did not check first). */
export class UniqueConstraintError extends Error {
  override readonly name = 'UniqueConstraintError';
  constructor(collection: string, field: string, value: string, ids: [string, string]) {
    super(
      `${collection}: records ${ids[0]} and ${ids[1]} would both hold ${field} ${JSON.stringify(value)}, which is unique; check with findUnique before writing`,
    );
  }
}

/** Fails unless `collection` declares `field` unique: without an index, a lookup by it would have to read every record. */
export function assertUniqueField(collection: Collection<unknown>, field: string): void {
  if (!collection.unique.includes(field))
    throw new Error(`${collection.name} has no index of ${field}: declare it with collection('${collection.name}', { unique: ['${field}'] })`);
}

/** A value of a unique field: `[field, value]`. */
export type UniqueValue = readonly [field: string, value: string];

/** What `record` holds in the unique fields of `collection`; a field without a value (null or missing) is not indexed. */
export function uniqueValuesOf(collection: Collection<unknown>, record: unknown): UniqueValue[] {
  const fields = record as Record<string, unknown>;
  return collection.unique.flatMap((field): UniqueValue[] => {
    const value = fields[field];
    if (value === undefined || value === null) return [];
    if (typeof value !== 'string') throw new TypeError(`${collection.name}: the unique field ${field} must hold a string, not ${typeof value}`);
    return [[field, value]];
  });
}

/** A record a transaction puts, until it ends: serialised, with its lifetime and its unique values. */
export interface PendingPut {
  json: string;
  ttlSeconds?: number;
  unique: UniqueValue[];
}

/** The writes of one collection, by id: a record to put, or `null` to delete it. */
export type Writes = Map<string, PendingPut | null>;

/** The writes a transaction keeps until it ends, where its own reads find them; both stores keep theirs here. */
export class PendingWrites {
  private readonly byName = new Map<string, { collection: Collection<unknown>; writes: Writes }>();

  /** The writes of seed records, checked as a transaction's are. */
  static of(records: SeedRecord[]): PendingWrites {
    const pending = new PendingWrites();
    for (const { collection, id, record } of records) pending.put(collection, id, record);
    return pending;
  }

  put(collection: Collection<unknown>, id: string, record: unknown, ttlSeconds?: number): void {
    this.writesOf(collection).set(id, { json: JSON.stringify(record), ttlSeconds, unique: uniqueValuesOf(collection, record) });
  }

  delete(collection: Collection<unknown>, id: string): void {
    this.writesOf(collection).set(id, null);
  }

  /** The write of one record: undefined when there is none, null when it is deleted. */
  of(name: string, id: string): PendingPut | null | undefined {
    return this.byName.get(name)?.writes.get(id);
  }

  /** The ids written in a collection. */
  ids(name: string): string[] {
    return [...(this.byName.get(name)?.writes.keys() ?? [])];
  }

  /** The record this transaction puts with `value` in the unique `field`. */
  find(collection: Collection<unknown>, field: string, value: string): PendingPut | undefined {
    for (const write of this.byName.get(collection.name)?.writes.values() ?? []) {
      if (write?.unique.some(([name, held]) => name === field && held === value)) return write;
    }
    return undefined;
  }

  /** Every collection written, with its writes. */
  collections(): Array<{ collection: Collection<unknown>; writes: Writes }> {
    return [...this.byName.values()];
  }

  get empty(): boolean {
    return this.byName.size === 0;
  }

  clear(): void {
    this.byName.clear();
  }

  private writesOf(collection: Collection<unknown>): Writes {
    let entry = this.byName.get(collection.name);
    if (!entry) {
      entry = { collection, writes: new Map() };
      this.byName.set(collection.name, entry);
    }
    return entry.writes;
  }
}

/** A unique value a record claims. */
export interface Claim {
  field: string;
  value: string;
  id: string;
}

/**
 * The unique values the records put in `writes` claim. Throws when two of them claim the same one; whether a record
 * stored and left alone holds it already is for the store to check.
 */
export function claimsOf(collection: Collection<unknown>, writes: Writes): Claim[] {
  const claims: Claim[] = [];
  const holders = new Map(collection.unique.map((field) => [field, new Map<string, string>()]));
  for (const [id, write] of writes) {
    for (const [field, value] of write?.unique ?? []) {
      const holder = holders.get(field)?.get(value);
      if (holder !== undefined) throw new UniqueConstraintError(collection.name, field, value, [holder, id]);
      holders.get(field)?.set(value, id);
      claims.push({ field, value, id });
    }
  }
  return claims;
}

interface Entry {
  json: string;
  expiresAt?: number;
}

/** The highest numeric id among `ids`, or 0. */
export function highestNumericId(ids: Iterable<string>): number {
  // A loop, not Math.max(...ids): a spread of 100,000 ids overflows the call stack.
  let highest = 0;
  for (const id of ids) {
    const number = Number(id);
    if (Number.isSafeInteger(number) && number > highest) highest = number;
  }
  return highest;
}

/** The default store: everything in this process's memory, lost when it stops. Runs in Node and in browsers. */
export class MemoryStore implements Store {
  private data = new Map<string, Map<string, Entry>>();
  /** By collection, then unique field: value → id. Built from the records on first use, then kept by every write. */
  private indexes = new Map<string, Map<string, Map<string, string>>>();
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

  async findUnique<T>(collection: Collection<T>, field: UniqueField<T>, value: string): Promise<T | undefined> {
    assertUniqueField(collection, field);
    const id = this.index(collection.name, field).get(value);
    return id === undefined ? undefined : this.read<T>(collection.name, id);
  }

  transaction<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R> {
    const run = this.queue.then(() => this.run(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async seed(records: SeedRecord[], options: { force?: boolean } = {}): Promise<boolean> {
    const pending = PendingWrites.of(records);
    if (this.seeded && !options.force) {
      // Built now rather than by the first request that needs one.
      for (const { collection } of pending.collections()) for (const field of collection.unique) this.index(collection.name, field);
      return false;
    }
    // Refused before anything is replaced.
    for (const { collection, writes } of pending.collections()) claimsOf(collection, writes);
    this.data = new Map();
    this.indexes = new Map();
    this.apply(pending);
    this.sequences = new Map([...this.data].map(([name, records]) => [name, highestNumericId(records.keys())]));
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

  /** The last number a collection's sequence handed out: from the seed, else the highest numeric id stored. */
  private sequence(name: string): number {
    return this.sequences.get(name) ?? highestNumericId(this.data.get(name)?.keys() ?? []);
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
      this.unindex(name, id, entry);
      return undefined;
    }
    return JSON.parse(entry.json) as T;
  }

  /** The index of a unique field, value → id; built from the records (those still alive) the first time it is needed. */
  private index(name: string, field: string): Map<string, string> {
    let byField = this.indexes.get(name);
    if (!byField) {
      byField = new Map();
      this.indexes.set(name, byField);
    }
    let index = byField.get(field);
    if (!index) {
      index = new Map();
      const now = Date.now();
      for (const [id, entry] of this.data.get(name) ?? []) {
        if (entry.expiresAt !== undefined && entry.expiresAt <= now) continue;
        const value = (JSON.parse(entry.json) as Record<string, unknown>)[field];
        if (typeof value !== 'string') continue;
        const holder = index.get(value);
        if (holder !== undefined) throw new UniqueConstraintError(name, field, value, [holder, id]);
        index.set(value, id);
      }
      byField.set(field, index);
    }
    return index;
  }

  /** Takes the values `entry` (record `id`) holds out of the collection's indexes. */
  private unindex(name: string, id: string, entry: Entry): void {
    const indexes = this.indexes.get(name);
    if (!indexes) return;
    const record = JSON.parse(entry.json) as Record<string, unknown>;
    for (const [field, index] of indexes) {
      const value = record[field];
      if (typeof value === 'string' && index.get(value) === id) index.delete(value);
    }
  }

  /**
   * Applies `pending` in one synchronous step, so no reader runs in between; first refuses it, changing nothing, when
   * it would leave a unique value with two records.
   */
  private apply(pending: PendingWrites): void {
    for (const { collection, writes } of pending.collections()) {
      // Every index built before anything changes: built half-way, one could see a value on its way between records twice.
      for (const field of collection.unique) this.index(collection.name, field);
      for (const { field, value, id } of claimsOf(collection, writes)) {
        const holder = this.index(collection.name, field).get(value);
        // A holder this transaction rewrites gives the value up, or claimsOf would have refused; one expired holds nothing.
        if (holder !== undefined && holder !== id && !writes.has(holder) && this.read(collection.name, holder) !== undefined)
          throw new UniqueConstraintError(collection.name, field, value, [holder, id]);
      }
    }
    const now = Date.now();
    for (const { collection, writes } of pending.collections()) {
      const records = this.records(collection.name);
      for (const [id, write] of writes) {
        const previous = records.get(id);
        if (previous) this.unindex(collection.name, id, previous);
        if (write === null) {
          records.delete(id);
          continue;
        }
        records.set(id, { json: write.json, ...(write.ttlSeconds !== undefined && { expiresAt: now + write.ttlSeconds * 1000 }) });
        for (const [field, value] of write.unique) this.index(collection.name, field).set(value, id);
      }
    }
  }

  private async run<R>(work: (transaction: StoreTransaction) => Promise<R>): Promise<R> {
    const pending = new PendingWrites();
    const sequences = new Map<string, number>();
    const transaction: StoreTransaction = {
      get: async <T>(collection: Collection<T>, id: string) => {
        const write = pending.of(collection.name, id);
        if (write !== undefined) return write === null ? undefined : (JSON.parse(write.json) as T);
        return this.read<T>(collection.name, id);
      },
      list: async <T>(collection: Collection<T>) => {
        const ids = new Set([...(this.data.get(collection.name)?.keys() ?? []), ...pending.ids(collection.name)]);
        const records = await Promise.all([...ids].map((id) => transaction.get(collection, id)));
        return records.filter((record): record is Awaited<T> => record !== undefined) as T[];
      },
      findUnique: async <T>(collection: Collection<T>, field: UniqueField<T>, value: string) => {
        assertUniqueField(collection, field);
        const claimed = pending.find(collection, field, value);
        if (claimed) return JSON.parse(claimed.json) as T;
        const id = this.index(collection.name, field).get(value);
        // A holder this transaction rewrites no longer holds the value: `find` would have found it.
        return id === undefined || pending.of(collection.name, id) !== undefined ? undefined : this.read<T>(collection.name, id);
      },
      put: (collection, id, record, options) => pending.put(collection, id, record, options?.ttlSeconds),
      delete: (collection, id) => pending.delete(collection, id),
      nextId: async (collection) => {
        const current = sequences.get(collection.name) ?? this.sequence(collection.name);
        sequences.set(collection.name, current + 1);
        return current + 1;
      },
      advanceSequence: async (collection, id) => {
        const current = sequences.get(collection.name) ?? this.sequence(collection.name);
        if (id > current) sequences.set(collection.name, id);
      },
      discard: () => {
        pending.clear();
        sequences.clear();
      },
    };
    const result = await work(transaction);
    this.apply(pending);
    for (const [name, value] of sequences) this.sequences.set(name, value);
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
    findUnique: (collection, field, value) => store.findUnique(collection, field, value),
    put: refuse,
    delete: refuse,
    nextId: refuse,
    advanceSequence: refuse,
    discard: () => {},
  };
}
