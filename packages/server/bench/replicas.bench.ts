// pnpm bench:replicas — the Looker update through one stub process on memory, one on Redis, and two replicas on the
// same Redis with the load split between them. Real processes, a real redis-server, 127.0.0.1 only, bounded in time.
import type { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnOwned } from '@contracts/bench';
import autocannon from 'autocannon';
import { startRedis } from '../test/redis';

const usage = `Usage: pnpm bench:replicas [--duration <seconds>] [--connections <n>]

Starts a redis-server on a free loopback port (Debian's package: tsx scripts/ensure-system.ts
installs it), then measures PATCH /api/4.0/integration_hubs/2 (authenticated, validated, rate
limiter on with a limit the run cannot reach) on
  - one stub process with the in-memory store (pnpm stub);
  - one stub process with its state in Redis (pnpm stub --store redis://…);
  - two stub processes on the same Redis, the connections split between them, as behind a load
    balancer.
Prints requests/s and p99 latency for each, and the ratio two replicas / one on Redis. Every
process shares this machine's cores with the others and with the load generator: read the
ratio as what sharing state costs and gains here, not as a cluster's scaling.

Options:
  --duration <seconds>   load time per measurement (default 10)
  --connections <n>      concurrent connections in total (default 20)
  -h, --help             show this help`;

const root = join(__dirname, '..', '..', '..');
const body = JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });

interface Replica {
  child: ChildProcess;
  url: string;
}

function startReplica(store?: string): Promise<Replica> {
  const args = [
    '--import',
    'tsx',
    'packages/cli/src/bin.ts',
    'stub',
    '--rate-limit',
    '1000000000',
    '--looker-port',
    '0',
    '--truto-port',
    '0',
    '--versori-port',
    '0',
  ];
  if (store) args.push('--store', store);
  const child = spawnOwned(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/api\/4\.0)\n/.exec(output)?.[1];
      if (url && /Press Ctrl-C/.test(output)) resolve({ child, url });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`a stub exited (${code}):\n${output}`)));
  });
}

const stop = (replica: Replica) =>
  new Promise<void>((resolve) => {
    if (replica.child.exitCode !== null) return resolve();
    replica.child.once('exit', () => resolve());
    replica.child.kill('SIGTERM');
  });

async function token(replica: Replica): Promise<string> {
  const response = await fetch(`${replica.url}/login`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Loads every replica at once, the connections split between them; the total of requests/s and the worst p99. */
async function measure(title: string, replicas: Replica[], bearer: string, duration: number, connections: number) {
  process.stdout.write(`  ${title.padEnd(32)} ${duration} s… `);
  const results = await Promise.all(
    replicas.map((replica) =>
      autocannon({
        url: `${replica.url}/integration_hubs/2`,
        method: 'PATCH',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body,
        duration,
        connections: Math.max(1, Math.round(connections / replicas.length)),
        workers: 1,
      } as autocannon.Options),
    ),
  );
  const failed = results.reduce((sum, result) => sum + result.non2xx + result.errors, 0);
  if (failed > 0) throw new Error(`${title}: ${failed} requests did not succeed; only successes count`);
  const rps = results.reduce((sum, result) => sum + result.requests.total / result.duration, 0);
  const p99 = Math.max(...results.map((result) => result.latency.p99));
  console.log(`${rps.toFixed(0)} req/s`);
  return { title, rps, p99 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  const duration = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 20);
  if (!(duration > 0) || !(connections > 0)) throw new Error('--duration and --connections must be positive numbers');

  console.log('starting redis-server and three stub processes…');
  const redis = await startRedis();
  const started: Replica[] = [];
  try {
    const memory = await startReplica();
    started.push(memory);
    const first = await startReplica(`${redis.url}`);
    started.push(first);
    const second = await startReplica(`${redis.url}`);
    started.push(second);
    const memoryToken = await token(memory);
    const sharedToken = await token(first);
    const rows = [
      await measure('one stub, memory', [memory], memoryToken, duration, connections),
      await measure('one stub, Redis', [first], sharedToken, duration, connections),
      await measure('two replicas, one Redis', [first, second], sharedToken, duration, connections),
    ];
    console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average now ${loadavg()[0]?.toFixed(2)}`);
    for (const row of rows) console.log(`${row.title.padEnd(32)} ${row.rps.toFixed(0).padStart(6)} req/s   p99 ${String(row.p99).padStart(3)} ms`);
    const [, one, two] = rows as [unknown, { rps: number }, { rps: number }];
    console.log(`ratio two replicas/one on Redis: ${(two.rps / one.rps).toFixed(2)}`);
  } finally {
    await Promise.all(started.map(stop));
    await redis.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`pnpm bench:replicas failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
