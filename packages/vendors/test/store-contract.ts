import { collection, type Store } from '../src/store';

interface Hub {
  id: string;
  url: string;
}

const hubs = collection<Hub>('hubs');
const sessions = collection<{ userId: string }>('sessions');
const seed = [
  { collection: 'hubs', id: '2', record: { id: '2', url: 'https://a.example.org' } },
  { collection: 'hubs', id: '7', record: { id: '7', url: 'https://b.example.org' } },
];

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

    test('a record with a lifetime is gone once it has passed', async () => {
      await store.transaction(async (transaction) => transaction.put(sessions, 'short', { userId: '17' }, { ttlSeconds: 0.2 }));
      expect(await store.get(sessions, 'short')).toEqual({ userId: '17' });
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(await store.get(sessions, 'short')).toBeUndefined();
    });
  });
}
