// pnpm bench:store — what a Looker hub create costs with 10 hubs stored and with 100,000, through the vendor's real
// path (createFake, fake.handle), on the in-memory store and on the Redis store. One client, bounded in time.
import { parseArgs } from 'node:util';
import { machine } from '@contracts/bench';
import { loadApi, operationsOf } from '@contracts/bundles';
import { type Caller, createFake, MemoryStore, type SeedRecord, type Store } from '@contracts/vendors';
import { hubs, vendor as looker, type StoredHub } from '@contracts/vendors/looker';
import { RedisStore } from '../src/redis-store';
import { startRedis } from '../test/redis';

const usage = `Usage: pnpm bench:store [--stored <n>] [--rounds <n>] [--seconds <s>]

Seeds a Looker store with 10 hubs and one with --stored hubs (the spec's examples plus generated
ones, through store.seed), for the in-memory store and for the Redis store (a redis-server on a
free 127.0.0.1 port, started here and stopped at the end; Debian's package, installed by
tsx scripts/ensure-system.ts). Then times create_integration_hub (POST /integration_hubs) as an
admin through the vendor's fake, one create at a time: the url uniqueness check, the id, the
transaction. The two stores of a kind take turns create by create, so background load weighs on
both alike; each create is undone afterwards, untimed, so every store keeps its size. Prints the
mean, p50 and p99 time per create with few and with many hubs stored, and the ratio of the means
per kind of store (target <= 2).

Options:
  --stored <n>    hubs in the large stores (default 100000)
  --rounds <n>    rounds per kind of store, each printing its figures (default 5)
  --seconds <s>   creating time per round (default 2)
  -h, --help      show this help`;

const api = loadApi('looker');
const create = operationsOf(api.document).find((operation) => operation.operationId === 'create_integration_hub');
const loginOperation = operationsOf(api.document).find((operation) => operation.operationId === 'login');
if (!create) throw new Error('the Looker spec has no create_integration_hub');
const credentials = looker.credentials.read();

/** The spec's seed with `count` hubs: its example hubs, then copies of the first under new ids and urls. */
function seedWithHubs(count: number): SeedRecord[] {
  const records = looker.seed(api, credentials);
  const examples = records.filter((record) => record.collection === hubs);
  const template = examples[0]?.record as StoredHub;
  for (let id = examples.length + 1; id <= count; id++) {
    records.push({ collection: hubs, id: String(id), record: { ...template, id: String(id), url: `https://stored-${id}.example.org` } satisfies StoredHub });
  }
  return records;
}

interface Target {
  title: string;
  /** Runs one create and answers how long it took, in milliseconds. */
  create(): Promise<number>;
  /** Milliseconds each measured create took. */
  durations: number[];
}

let created = 0;

async function targetOf(kind: string, store: Store, stored: number): Promise<Target> {
  const title = `${kind}, ${stored} hubs stored`;
  const began = performance.now();
  await store.seed(seedWithHubs(stored), { force: true });
  console.log(`  ${title.padEnd(30)} seeded in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const fake = createFake(api, looker, { store, credentials });
  const operation = create as NonNullable<typeof create>;
  const key = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
  const session = await fake.run({ operation: loginOperation as NonNullable<typeof loginOperation>, params: {}, query: {}, headers: {}, body: key }, undefined);
  const caller = await fake.authenticate(`Bearer ${(session.body as { access_token?: string }).access_token}`);
  if (!caller) throw new Error(`${title}: the admin's session was refused`);
  return {
    title,
    durations: [],
    async create() {
      const url = `https://created-${++created}.example.org`;
      const began = performance.now();
      const answer = await fake.run({ operation, params: {}, query: {}, headers: {}, body: { url } }, caller as Caller<unknown>);
      const took = performance.now() - began;
      if (answer.status !== 200) throw new Error(`${title}: a create answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      // Undone, so that the store keeps the size it is measured at.
      await store.transaction(async (transaction) => transaction.delete(hubs, (answer.body as StoredHub).id));
      return took;
    },
  };
}

/** Creates for `seconds` on both targets, one create each in turn (the first to go alternating); the durations of each. */
async function inTurns(few: Target, many: Target, seconds: number): Promise<[number[], number[]]> {
  const times: [number[], number[]] = [[], []];
  const deadline = performance.now() + seconds * 1000;
  for (let turn = 0; performance.now() < deadline; turn++) {
    if (turn % 2 === 0) {
      times[0].push(await few.create());
      times[1].push(await many.create());
    } else {
      times[1].push(await many.create());
      times[0].push(await few.create());
    }
  }
  return times;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * share)] ?? 0;
const µs = (milliseconds: number) => `${(milliseconds * 1000).toFixed(0)} µs`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { stored: { type: 'string' }, rounds: { type: 'string' }, seconds: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return console.log(usage);
  const stored = Number(values.stored ?? 100_000);
  const rounds = Number(values.rounds ?? 5);
  const seconds = Number(values.seconds ?? 2);
  if (!(Number.isSafeInteger(stored) && stored > 10) || !(Number.isSafeInteger(rounds) && rounds > 0) || !(seconds > 0))
    throw new Error('--stored must be an integer over 10, --rounds a positive integer, --seconds a positive number');

  console.log(`machine: ${machine()}`);
  console.log('starting redis-server and seeding the stores…');
  const redis = await startRedis();
  const stores: Store[] = [];
  const open = <S extends Store>(store: S) => {
    stores.push(store);
    return store;
  };
  try {
    const kinds = [
      { kind: 'memory', few: await targetOf('memory', open(new MemoryStore()), 10), many: await targetOf('memory', open(new MemoryStore()), stored) },
      {
        kind: 'Redis',
        few: await targetOf('Redis', open(await new RedisStore(redis.url, 'bench:few:').connect()), 10),
        many: await targetOf('Redis', open(await new RedisStore(redis.url, 'bench:many:').connect()), stored),
      },
    ];
    for (const { kind, few, many } of kinds) {
      console.log(`${kind}: warm-up ${seconds / 2} s, then ${rounds} round${rounds === 1 ? '' : 's'} of ${seconds} s, 10 vs ${stored} hubs stored`);
      await inTurns(few, many, seconds / 2);
      for (let round = 0; round < rounds; round++) {
        const [fewTimes, manyTimes] = await inTurns(few, many, seconds);
        few.durations.push(...fewTimes);
        many.durations.push(...manyTimes);
        console.log(
          `  round ${round + 1}: ${String(fewTimes.length).padStart(6)} creates each   ${µs(mean(fewTimes)).padStart(8)} vs ${µs(mean(manyTimes)).padStart(8)}   ratio ${(mean(manyTimes) / mean(fewTimes)).toFixed(2)}`,
        );
      }
    }
    console.log(`\nper create (mean, p50, p99)   ${'10 hubs stored'.padEnd(32)} ${`${stored} hubs stored`.padEnd(32)} ratio of means (target ≤ 2)`);
    for (const { kind, few, many } of kinds) {
      const figures = (one: Target) => `${µs(mean(one.durations))}, ${µs(percentile(one.durations, 0.5))}, ${µs(percentile(one.durations, 0.99))}`;
      const ratio = mean(many.durations) / mean(few.durations);
      console.log(`${kind.padEnd(29)} ${figures(few).padEnd(32)} ${figures(many).padEnd(32)} ${ratio.toFixed(2)} (${ratio <= 2 ? 'met' : 'not met'})`);
    }
  } finally {
    await Promise.all(stores.map((store) => store.close()));
    await redis.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`pnpm bench:store failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
