// pnpm bench:stub — the Looker update through the validating stub vs the same handler on bare Express.
// All servers run in this process, the load generator in a worker thread, against 127.0.0.1, bounded in time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadApi, operationsOf } from '@contracts/bundles';
import { createFake, type Fake, MemoryStore, type Store } from '@contracts/vendors';
import { type LookerCredentials, vendor as looker } from '@contracts/vendors/looker';
import autocannon from 'autocannon';
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import { createStubApp, rateLimitSettings } from '../src/app';
import { resolveOptions, type StubOptions, storeUrl } from '../src/options';
import { RedisStore } from '../src/redis-store';
import { cacheValidatorRouteRegexps } from '../src/route-cache';
import { warmUp } from '../src/start';

const usage = `Usage: pnpm bench:stub [--duration <seconds>] [--rounds <n>] [--connections <n>] [--store <redis-url>]

Measures PATCH /api/4.0/integration_hubs/2 (the spec's rotateToken example) on
  - the validating Looker stub as \`pnpm stub\` runs it (auth, request and response validation, and the
    operation's rate limiter with a limit the run cannot reach);
  - the same handler and the same rate limiter on bare Express, without validation;
  - the stub and bare Express both without the rate limiter (STUB_RATE_LIMIT=0);
  - the same handler behind express-openapi-validator set up with the library's defaults (one app-level
    middleware, its own security handler, no route-regexp cache) and the limiter, for reference.
The servers take turns in short rounds so that background load hits them alike. Prints requests/s and
p50/p99 latency for each, and last the ratio validated stub/bare Express, each with the same limiter
(target >= 70%): what validation costs, the limiter being the same on both sides.

Options:
  --duration <seconds>   total load time per server (default 10)
  --rounds <n>           turns the duration is split into (default 5)
  --connections <n>      concurrent connections (default 10)
  --store <redis-url>    keep every target's state in this Redis (each under its own key prefix) instead of
                         memory: the figure of a stub shared by a team (env STUB_STORE)
  -h, --help             show this help`;

interface Round {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
}

interface Target {
  title: string;
  port: number;
  token: string;
  /** Runs around each round of this target (the library-default variant switches the regexp cache off). */
  around?: <T>(run: () => Promise<T>) => Promise<T>;
  rounds: Round[];
}

const body = JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });

async function listen(app: express.Express): Promise<number> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function measure(target: Target, duration: number, connections: number): Promise<Round> {
  process.stdout.write(`  ${target.title.padEnd(34)} ${duration} s… `);
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}/api/4.0/integration_hubs/2`,
    method: 'PATCH',
    headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
    body,
    duration,
    connections,
    // The load generator runs in a worker thread, so the server under test has the main thread to itself.
    workers: 1,
  } as autocannon.Options);
  console.log(`${result['2xx']} × 2xx, ${result.non2xx} other`);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${target.title} answered ${result.non2xx} non-2xx and ${result.errors} errors; only successes count`);
  return { requests: result.requests.total, seconds: result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function summary(rounds: Round[]) {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  return { rps: requests / seconds, p50: median(rounds.map((round) => round.p50)), p99: median(rounds.map((round) => round.p99)) };
}

const api = loadApi('looker');
const update = operationsOf(api.document).find((operation) => operation.operationId === 'update_integration_hub');
if (!update) throw new Error('the Looker spec has no update_integration_hub');
const admin = { principal: { id: '17', isAdmin: true }, token: '' };

/** Where each target keeps its state: memory, or its own key prefix in the Redis of `--store`. */
let openStore: (name: string) => Promise<Store> = async () => new MemoryStore();

/** A session for the admin user 17 of `fake`'s store. */
const sessionToken = async (fake: Fake<LookerCredentials>) => (await looker.warmUpAuthorization(fake.store, fake.credentials)).slice('Bearer '.length);

/** The handler of the Looker update, run by the vendor's fake as the stub runs it (store transaction, write-only fields stripped). */
async function lookerUpdate(): Promise<{ fake: Fake<LookerCredentials>; handle: express.RequestHandler }> {
  const fake = createFake(api, looker, { store: await openStore('bare') });
  await fake.seed(true);
  const handle: express.RequestHandler = async (req, res) => {
    const answer = await fake.handle(
      {
        operation: update as NonNullable<typeof update>,
        params: { integration_hub_id: String(req.params.integration_hub_id) },
        query: {},
        headers: req.headers,
        body: req.body,
      },
      admin,
    );
    res.status(answer.status).json(answer.body);
  };
  return { fake, handle };
}

/** The stub itself, warmed up as `pnpm stub` does, with a session for user 17. */
async function stubTarget(title: string, options: StubOptions): Promise<Target> {
  const stub = await createStubApp(api, options, await openStore(title));
  await stub.reset();
  await warmUp(stub);
  return { title, port: await listen(stub.app), token: await sessionToken(stub.fake as Fake<LookerCredentials>), rounds: [] };
}

/** The same handler behind express-openapi-validator as its README sets it up, with the same limiter. */
async function libraryDefaultsTarget(options: StubOptions): Promise<Target> {
  const { fake, handle } = await lookerUpdate();
  const token = await sessionToken(fake);
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(express.json());
  app.use(
    OpenApiValidator.middleware({
      apiSpec: structuredClone(api.document) as never,
      validateRequests: { allowUnknownQueryParameters: false, allErrors: true },
      validateResponses: true,
      validateSecurity: {
        handlers: { LookerApiToken: async (req) => (await looker.authenticate(req.headers.authorization, fake.store, fake.credentials)) !== undefined },
      },
    }),
  );
  app.patch('/api/4.0/integration_hubs/:integration_hub_id', rateLimit(rateLimitSettings(options)), handle);
  app.use((error: { status?: number; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ message: error.message });
  });
  const port = await listen(app);
  const around = async <T>(run: () => Promise<T>) => {
    cacheValidatorRouteRegexps(false);
    try {
      return await run();
    } finally {
      cacheValidatorRouteRegexps(true);
    }
  };
  // The library compiles on the first request; send one before measuring.
  await around(() =>
    fetch(`http://127.0.0.1:${port}/api/4.0/integration_hubs/2`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    }),
  );
  return { title: 'express-openapi-validator defaults', port, token, around, rounds: [] };
}

/** The same handler on bare Express: JSON body parser, no validation, no auth; the stub's limiter when it has one. */
async function bareTarget(title: string, options: StubOptions): Promise<Target> {
  const { handle } = await lookerUpdate();
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  const limiter = options.rateLimit.limit > 0 ? [rateLimit(rateLimitSettings(options))] : [];
  app.patch('/api/4.0/integration_hubs/:integration_hub_id', ...limiter, express.json(), handle);
  return { title, port: await listen(app), token: '', rounds: [] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  const duration = Number(values.duration ?? 10);
  const rounds = Math.max(1, Number(values.rounds ?? 5));
  const connections = Number(values.connections ?? 10);
  if (!(duration > 0) || !(connections > 0)) throw new Error('--duration and --connections must be positive numbers');

  const store = storeUrl(values.store ?? process.env.STUB_STORE);
  let targetCount = 0;
  if (store) openStore = (name) => new RedisStore(store, `bench:${process.pid}:${targetCount++}:${name}:`).connect();
  console.log(`state in ${store ? `Redis at ${store}` : 'memory'}`);
  const options = resolveOptions({ rateLimit: { limit: 1e9, windowSeconds: 60 }, store });
  const unlimitedOptions = { ...options, rateLimit: { limit: 0, windowSeconds: 60 } };
  const validated = await stubTarget('validated stub', options);
  const bare = await bareTarget('bare Express, same limiter', options);
  const validatedUnlimited = await stubTarget('validated stub, no limiter', unlimitedOptions);
  const bareUnlimited = await bareTarget('bare Express, no limiter', unlimitedOptions);
  const defaults = await libraryDefaultsTarget(options);
  const targets = [validated, bare, validatedUnlimited, bareUnlimited, defaults];
  const baselineOf = new Map([
    [validated, bare],
    [defaults, bare],
    [validatedUnlimited, bareUnlimited],
  ]);

  const slice = duration / rounds;
  for (let round = 0; round < rounds; round++) {
    console.log(`round ${round + 1} of ${rounds}, ${connections} connections`);
    // Rotate the order so that no server always runs first or last in a round.
    for (const target of [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)]) {
      const run = () => measure(target, slice, connections);
      target.rounds.push(await (target.around ? target.around(run) : run()));
    }
  }

  console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average now ${loadavg()[0]?.toFixed(2)}`);
  const percentOf = (target: Target, baseline: Target) => ((summary(target.rounds).rps / summary(baseline.rounds).rps) * 100).toFixed(1);
  for (const target of targets) {
    const result = summary(target.rounds);
    const baseline = baselineOf.get(target);
    const ratio = baseline ? `   ${percentOf(target, baseline)}% of ${baseline.title}` : '';
    console.log(
      `${target.title.padEnd(34)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(2)} ms   p99 ${String(result.p99).padStart(3)} ms${ratio}`,
    );
  }
  console.log(`ratio validated/bare (same handler, same limiter): ${percentOf(validated, bare)}% (target >= 70%)`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`pnpm bench:stub failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
