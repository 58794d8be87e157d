import { collection, type Store, UniqueConstraintError } from '../src/store';

interface Hub {
  id: string;
  url: string;
  /** Unique too, but optional: hubs without one are not indexed. */
  slug?: string | null;
}

const hubs = collection<Hub>('hubs', { unique: ['url', 'slug'] });
const sessions = collection<{ userId: string; device: string }>('sessions', { unique: ['device'] });
const seed = [
  { collection: hubs, id: '2', record: { id: '2', url: 'https://a.example.org' } },
  { collection: hubs, id: '7', record: { id: '7', url: 'https://b.example.org' } },
];
const hub = (id: string, url: string): Hub => ({ id, url });
const urlOf = (store: Pick<Store, 'findUnique'>, url: string) => store.findUnique(hubs, 'url', url).then((found) => found?.id);

/**
 * The behaviour every store must have, whatever keeps the state: the in-memory store runs it here, the Redis store
 * in `@contracts/server`. `open` gives a store with nothing in it (a fresh one, or a cleared shared one).
 */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`given the ${name} store`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await store.seed(seed, { force: true });
    });
    afterEach(() => store.close());

    test('it holds the seeded records, and seeding again without force keeps what changed since', async () => {
      expect((await store.list(hubs)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(seed.map((entry) => entry.record));
      await store.transaction(async (transaction) => transaction.delete(hubs, '2'));
      expect(await store.seed(seed)).toBe(false);
      expect(await store.get(hubs, '2')).toBeUndefined();
      expect(await store.seed(seed, { force: true })).toBe(true);
      expect(await store.get(hubs, '2')).toEqual(seed[0]?.record);
    });

    test('a record read is a copy: changing it changes nothing stored', async () => {
      const hub = (await store.get(hubs, '2')) as Hub;
      hub.url = 'changed';
      expect((await store.get(hubs, '2'))?.url).toBe('https://a.example.org');
    });

    test('a transaction reads its own writes, and others see them only once it ends', async () => {
      let seenInside: Hub | undefined;
      let seenOutside: Hub | undefined;
      await store.transaction(async (transaction) => {
        transaction.put(hubs, '9', { id: '9', url: 'https://c.example.org' });
        seenInside = await transaction.get(hubs, '9');
        seenOutside = await store.get(hubs, '9');
        expect((await transaction.list(hubs)).map((hub) => hub.id).sort()).toEqual(['2', '7', '9']);
      });
      expect(seenInside?.id).toBe('9');
      expect(seenOutside).toBeUndefined();
      expect(await store.get(hubs, '9')).toEqual({ id: '9', url: 'https://c.example.org' });
    });

    test('a discarded or failed transaction changes nothing', async () => {
      await store.transaction(async (transaction) => {
        transaction.put(hubs, '9', { id: '9', url: 'x' });
        transaction.delete(hubs, '2');
        transaction.discard();
      });
      await expect(
        store.transaction(async (transaction) => {
          transaction.put(hubs, '9', { id: '9', url: 'x' });
          throw new Error('fails half-way');
        }),
      ).rejects.toThrow('fails half-way');
      expect((await store.list(hubs)).map((hub) => hub.id).sort()).toEqual(['2', '7']);
    });

    test('transactions run one at a time, so a check-then-write cannot race', async () => {
      const claim = (url: string) =>
        store.transaction(async (transaction) => {
          const taken = (await transaction.list(hubs)).some((hub) => hub.url === url);
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (taken) return false;
          const id = String(await transaction.nextId(hubs));
          transaction.put(hubs, id, { id, url });
          return true;
        });
      const results = await Promise.all(Array.from({ length: 5 }, () => claim('https://same.example.org')));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.list(hubs)).filter((hub) => hub.url === 'https://same.example.org')).toHaveLength(1);
    });

    test('a sequence counts on from the highest numeric id seeded, and never hands out the same number twice', async () => {
      const numbers = await Promise.all(Array.from({ length: 3 }, () => store.transaction((transaction) => transaction.nextId(hubs))));
      expect(numbers.sort((a, b) => a - b)).toEqual([8, 9, 10]);
    });

    test('a number drawn by a discarded or failed transaction is drawn again by the next one', async () => {
      await store.transaction(async (transaction) => {
        await transaction.nextId(hubs);
        transaction.discard();
      });
      await expect(
        store.transaction(async (transaction) => {
          await transaction.nextId(hubs);
          throw new Error('fails after drawing');
        }),
      ).rejects.toThrow('fails after drawing');
      expect(await store.transaction((transaction) => transaction.nextId(hubs))).toBe(8);
    });

    test('a sequence advanced past an id counts on above it, never back below where it was, and a discarded advance is undone', async () => {
      await store.transaction((transaction) => transaction.advanceSequence(hubs, 40));
      await store.transaction((transaction) => transaction.advanceSequence(hubs, 12));
      await store.transaction(async (transaction) => {
        await transaction.advanceSequence(hubs, 90);
        transaction.discard();
      });
      expect(await store.transaction((transaction) => transaction.nextId(hubs))).toBe(41);
    });

    test('a record with a lifetime is gone once it has passed', async () => {
      await store.transaction(async (transaction) => transaction.put(sessions, 'short', { userId: '17', device: 'phone' }, { ttlSeconds: 0.2 }));
      expect(await store.get(sessions, 'short')).toEqual({ userId: '17', device: 'phone' });
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(await store.get(sessions, 'short')).toBeUndefined();
    });

    describe('a unique field', () => {
      test('finds the seeded record holding a value, and nothing for a value no record holds', async () => {
        expect(await store.findUnique(hubs, 'url', 'https://b.example.org')).toEqual(seed[1]?.record);
        expect(await store.findUnique(hubs, 'url', 'https://nobody.example.org')).toBeUndefined();
        expect(await store.transaction((transaction) => urlOf(transaction, 'https://a.example.org'))).toBe('2');
      });

      test('follows a value an update moves: the new value finds the record, the old one is free for another', async () => {
        await store.transaction(async (transaction) => transaction.put(hubs, '2', hub('2', 'https://moved.example.org')));
        expect(await urlOf(store, 'https://moved.example.org')).toBe('2');
        expect(await urlOf(store, 'https://a.example.org')).toBeUndefined();
        await store.transaction(async (transaction) => transaction.put(hubs, '9', hub('9', 'https://a.example.org')));
        expect(await urlOf(store, 'https://a.example.org')).toBe('9');
      });

      test('frees the value of a deleted record', async () => {
        await store.transaction(async (transaction) => transaction.delete(hubs, '2'));
        expect(await urlOf(store, 'https://a.example.org')).toBeUndefined();
        await store.transaction(async (transaction) => transaction.put(hubs, '9', hub('9', 'https://a.example.org')));
        expect(await urlOf(store, 'https://a.example.org')).toBe('9');
      });

      test('inside a transaction, finds through its own writes; others see them only once it ends', async () => {
        const seen = await store.transaction(async (transaction) => {
          transaction.put(hubs, '9', hub('9', 'https://c.example.org'));
          transaction.put(hubs, '7', hub('7', 'https://moved.example.org'));
          transaction.delete(hubs, '2');
          return {
            put: await urlOf(transaction, 'https://c.example.org'),
            moved: await urlOf(transaction, 'https://moved.example.org'),
            given: await urlOf(transaction, 'https://b.example.org'),
            deleted: await urlOf(transaction, 'https://a.example.org'),
            outside: await urlOf(store, 'https://c.example.org'),
          };
        });
        expect(seen).toEqual({ put: '9', moved: '7', given: undefined, deleted: undefined, outside: undefined });
        expect(await urlOf(store, 'https://c.example.org')).toBe('9');
      });

      test('a discarded or failed transaction leaves every index as it was', async () => {
        await store.transaction(async (transaction) => {
          transaction.put(hubs, '9', hub('9', 'https://c.example.org'));
          transaction.put(hubs, '2', hub('2', 'https://moved.example.org'));
          transaction.discard();
        });
        await expect(
          store.transaction(async (transaction) => {
            transaction.delete(hubs, '7');
            throw new Error('fails half-way');
          }),
        ).rejects.toThrow('fails half-way');
        expect(await urlOf(store, 'https://c.example.org')).toBeUndefined();
        expect(await urlOf(store, 'https://moved.example.org')).toBeUndefined();
        expect(await urlOf(store, 'https://a.example.org')).toBe('2');
        expect(await urlOf(store, 'https://b.example.org')).toBe('7');
      });

      test('a transaction that would give two records one value fails whole, and changes nothing', async () => {
        const takeStoredValue = store.transaction(async (transaction) => {
          transaction.put(hubs, '9', hub('9', 'https://c.example.org'));
          transaction.put(hubs, '10', hub('10', 'https://a.example.org'));
        });
        await expect(takeStoredValue).rejects.toThrow(UniqueConstraintError);
        await expect(takeStoredValue).rejects.toThrow(/hubs: records 2 and 10 would both hold url "https:\/\/a\.example\.org"/);
        const twoNewOnes = store.transaction(async (transaction) => {
          transaction.put(hubs, '9', hub('9', 'https://c.example.org'));
          transaction.put(hubs, '10', hub('10', 'https://c.example.org'));
        });
        await expect(twoNewOnes).rejects.toThrow(UniqueConstraintError);
        expect((await store.list(hubs)).map((one) => one.id).sort()).toEqual(['2', '7']);
        expect(await urlOf(store, 'https://c.example.org')).toBeUndefined();
      });

      test('two records may swap values in one transaction', async () => {
        await store.transaction(async (transaction) => {
          transaction.put(hubs, '2', hub('2', 'https://b.example.org'));
          transaction.put(hubs, '7', hub('7', 'https://a.example.org'));
        });
        expect(await urlOf(store, 'https://a.example.org')).toBe('7');
        expect(await urlOf(store, 'https://b.example.org')).toBe('2');
      });

      test('records without a value are not indexed: any number of them may lack one', async () => {
        await store.transaction(async (transaction) => {
          transaction.put(hubs, '9', { ...hub('9', 'https://c.example.org'), slug: null });
          transaction.put(hubs, '10', { ...hub('10', 'https://d.example.org'), slug: 'delta' });
        });
        expect((await store.findUnique(hubs, 'slug', 'delta'))?.id).toBe('10');
        expect(await store.findUnique(hubs, 'slug', 'null')).toBeUndefined();
      });

      test('a lookup by a field the collection does not declare unique is refused', async () => {
        const undeclared = collection<Hub>('hubs');
        await expect(store.findUnique(undeclared, 'url', 'https://a.example.org')).rejects.toThrow(
          "hubs has no index of url: declare it with collection('hubs', { unique: ['url'] })",
        );
      });

      test('seeding refuses records that share a unique value, and keeps what was stored', async () => {
        const clash = [...seed, { collection: hubs, id: '8', record: hub('8', 'https://b.example.org') }];
        await expect(store.seed(clash, { force: true })).rejects.toThrow(UniqueConstraintError);
        expect(await urlOf(store, 'https://b.example.org')).toBe('7');
        expect(await store.get(hubs, '8')).toBeUndefined();
      });

      test('seeding again by force rebuilds the indexes from the seed', async () => {
        await store.transaction(async (transaction) => transaction.put(hubs, '2', hub('2', 'https://moved.example.org')));
        await store.seed(seed, { force: true });
        expect(await urlOf(store, 'https://moved.example.org')).toBeUndefined();
        expect(await urlOf(store, 'https://a.example.org')).toBe('2');
      });

      test('seeding again without force indexes a field declared unique since the store was seeded', async () => {
        const before = collection<Hub>('hubs', { unique: ['url'] });
        await store.seed(
          seed.map((entry) => ({ ...entry, collection: before, record: { ...entry.record, slug: `slug-${entry.id}` } })),
          { force: true },
        );
        expect(await store.seed(seed)).toBe(false);
        expect((await store.findUnique(hubs, 'slug', 'slug-7'))?.id).toBe('7');
        expect(await store.get(hubs, '7')).toEqual({ ...seed[1]?.record, slug: 'slug-7' });
      });

      test("an expired record's value finds nothing, and is free for another record", async () => {
        await store.transaction(async (transaction) => {
          transaction.put(sessions, 'phone', { userId: '17', device: 'phone' }, { ttlSeconds: 0.2 });
          transaction.put(sessions, 'tablet', { userId: '17', device: 'tablet' }, { ttlSeconds: 0.2 });
        });
        expect(await store.findUnique(sessions, 'device', 'phone')).toEqual({ userId: '17', device: 'phone' });
        await new Promise((resolve) => setTimeout(resolve, 350));
        expect(await store.findUnique(sessions, 'device', 'tablet')).toBeUndefined();
        expect(await store.transaction((transaction) => transaction.findUnique(sessions, 'device', 'tablet'))).toBeUndefined();
        // Claimed before anything looked the expired value up.
        await store.transaction(async (transaction) => transaction.put(sessions, 'next', { userId: '42', device: 'phone' }));
        expect(await store.findUnique(sessions, 'device', 'phone')).toEqual({ userId: '42', device: 'phone' });
      });
    });
  });
}
