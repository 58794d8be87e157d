// pnpm bench:scale — the stub and the mock on a synthetic 800-operation contract against a 5-operation one, on the
// operation a router reaches first and the one it reaches last. Every server runs in its own process on 127.0.0.1;
// the load generator runs in a worker thread of this one; every load is bounded in time.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type LoadRequest,
  machine,
  printSummary,
  ratioOf,
  rssMegabytes,
  runRounds,
  type ServerProcess,
  spawnServer,
  stopServer,
  subsetContract,
  syntheticContract,
  type Target,
  target,
} from '@contracts/bench';
import { loadApi, operationsOf } from '@contracts/bundles';
import { lookerCredentials } from '@contracts/vendors/looker';

const usage = `Usage: pnpm bench:scale [--rounds <n>] [--duration <seconds>] [--connections <n>] [--copies <n>]

Writes two Looker contracts into a temporary folder: a 5-operation subset of Looker, and a synthetic one of
<copies> renamed copies of Looker's operations (20 each: 800 with the default 40), each copy with its own schemas,
PATCH /integration_hubs/{integration_hub_id} being the first path of the first copy and the last path of
the last. Starts the stub and the mock on each (four processes, as \`pnpm stub\` and \`pnpm mock\` start them:
rate limit out of reach), then loads PATCH /integration_hubs/2 on the 5-operation contract and on the first
and the last copy of the large one, in rounds that take turns.

Prints each server's startup (spawn to ready, and the build inside the process), the latency of its first and
tenth request, its RSS after startup and after the load, requests/s of every target, each ratio large/small,
and last a line "ratio <lowest of the ratios>" (target >= 0.70).

Options:
  --rounds <n>           rounds (default 2)
  --duration <seconds>   load time per target and round (default 5)
  --connections <n>      concurrent connections (default 10)
  --copies <n>           copies of Looker in the large contract (default 40: 800 operations)
  -h, --help             show this help`;

const root = join(__dirname, '..', '..');
const edgePath = '/integration_hubs/{integration_hub_id}';
const smallOperations = ['login', 'logout', 'all_integration_hubs', 'integration_hub', 'update_integration_hub'];
const body = JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });

interface Server {
  title: string;
  kind: 'stub' | 'mock';
  operations: number;
  process: ServerProcess;
  url: string;
  buildMs: number;
  token: string;
  firstRequestMs: number;
  tenthRequestMs: number;
  rssReady: number;
  rssLoaded?: number;
}

async function login(url: string): Promise<string> {
  const { clientId, clientSecret } = lookerCredentials.read(process.env);
  const response = await fetch(`${url}/login`, { method: 'POST', body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }) });
  if (response.status !== 200) throw new Error(`POST ${url}/login answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

const update = (url: string, token: string): LoadRequest => ({
  url: `${url}/integration_hubs/2`,
  method: 'PATCH',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body,
});

/** Milliseconds of each of `count` requests sent one after the other; fails unless each answers 200. */
async function sequentialLatencies(request: LoadRequest, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < count; index++) {
    const began = performance.now();
    const response = await fetch(request.url, request);
    const text = await response.text();
    latencies.push(performance.now() - began);
    if (response.status !== 200) throw new Error(`${request.method} ${request.url} answered ${response.status}: ${text}`);
  }
  return latencies;
}

/** Every server process started, stopped at the end whatever happens. */
const children: ChildProcess[] = [];

async function startServer(kind: 'stub' | 'mock', contract: string, operations: number, lastPrefix: string): Promise<Server> {
  const title = `${kind} · ${operations} operations`;
  process.stdout.write(`starting the ${title}… `);
  const spawned = await spawnServer(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/synthetic-server.ts', '--server', kind, '--contract', contract],
    /^ready \{.*\}$/m,
    { cwd: root, env: { ...process.env, STUB_RATE_LIMIT: '1000000000', MOCK_RATE_LIMIT: '1000000000' }, timeoutMs: 180_000 },
  );
  children.push(spawned.child);
  const ready = JSON.parse(/^ready (\{.*\})$/m.exec(spawned.output)?.[1] ?? '{}') as { url: string; buildMs: number };
  const token = await login(ready.url);
  // The last operation's first request: as fast as the tenth when every schema was compiled before the port opened.
  const latencies = await sequentialLatencies(update(`${ready.url}${lastPrefix}`, token), 10);
  const server: Server = {
    title,
    kind,
    operations,
    process: spawned,
    url: ready.url,
    buildMs: ready.buildMs,
    token,
    firstRequestMs: latencies[0] ?? 0,
    tenthRequestMs: latencies[9] ?? 0,
    rssReady: await rssMegabytes(spawned.child.pid ?? 0),
  };
  console.log(`ready in ${(spawned.readyMs / 1000).toFixed(1)} s (build ${(server.buildMs / 1000).toFixed(2)} s)`);
  return server;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '2' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      copies: { type: 'string', default: '40' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  const rounds = Number(values.rounds);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const copies = Number(values.copies);
  if (![rounds, seconds, connections, copies].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error('--rounds, --duration, --connections and --copies take positive whole numbers');
  }

  const looker = loadApi('looker').document;
  const folder = mkdtempSync(join(tmpdir(), 'contracts-scale-'));
  const servers: Server[] = [];
  try {
    const small = subsetContract(looker, smallOperations);
    const large = syntheticContract(looker, copies, edgePath);
    const files = { small: join(folder, 'small.json'), large: join(folder, 'large.json') };
    writeFileSync(files.small, JSON.stringify(small));
    writeFileSync(files.large, JSON.stringify(large));
    const counts = { small: operationsOf(small).length, large: operationsOf(large).length };
    const lastPrefix = copies > 1 ? `/copy${copies - 1}` : '';
    console.log(`contracts in ${folder}: ${counts.small} and ${counts.large} operations`);

    for (const kind of ['stub', 'mock'] as const) {
      servers.push(await startServer(kind, files.small, counts.small, ''));
      servers.push(await startServer(kind, files.large, counts.large, lastPrefix));
    }
    const targets = new Map<Target, Server>();
    const comparisons: Array<{ large: Target; small: Target }> = [];
    for (const kind of ['stub', 'mock'] as const) {
      const [smallServer, largeServer] = servers.filter((server) => server.kind === kind) as [Server, Server];
      const smallTarget = target(`${kind} · ${counts.small} operations`, update(smallServer.url, smallServer.token));
      const first = target(`${kind} · ${counts.large} operations · first`, update(largeServer.url, largeServer.token));
      const last = target(`${kind} · ${counts.large} operations · last`, update(`${largeServer.url}${lastPrefix}`, largeServer.token));
      targets.set(smallTarget, smallServer).set(first, largeServer).set(last, largeServer);
      comparisons.push({ large: first, small: smallTarget }, { large: last, small: smallTarget });
    }
    await runRounds([...targets.keys()], { rounds, seconds, connections, warmUpSeconds: 1 });
    for (const server of servers) server.rssLoaded = await rssMegabytes(server.process.child.pid ?? 0);

    console.log(`\nmachine: ${machine()}`);
    console.log('\nstartup (spawn to ready includes loading Node and the modules; build is reading the contract to listening):');
    for (const server of servers) {
      console.log(
        `${server.title.padEnd(26)} spawn to ready ${(server.process.readyMs / 1000).toFixed(2).padStart(5)} s   build ${(server.buildMs / 1000).toFixed(2).padStart(5)} s   ` +
          `request 1: ${server.firstRequestMs.toFixed(1).padStart(5)} ms, 10: ${server.tenthRequestMs.toFixed(1).padStart(5)} ms   ` +
          `RSS ready ${server.rssReady.toFixed(0).padStart(4)} MB, loaded ${server.rssLoaded?.toFixed(0).padStart(4)} MB`,
      );
    }
    console.log('\nthroughput of PATCH /integration_hubs/2:');
    const smallOf = new Map(comparisons.map(({ large, small: baseline }) => [large, baseline]));
    printSummary([...targets.keys()], (one) => {
      const baseline = smallOf.get(one);
      return baseline ? `   ${ratioOf(one, baseline).toFixed(2)} of ${baseline.title}` : '';
    });
    const ratios = comparisons.map(({ large, small: baseline }) => ratioOf(large, baseline));
    console.log(`ratio ${Math.min(...ratios).toFixed(2)} (the lowest of ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; target >= 0.70)`);
  } finally {
    await Promise.all(children.map(stopServer));
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`pnpm bench:scale failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
