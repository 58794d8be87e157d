// pnpm bench:stub — the Looker update through the validating stub vs the same handler on bare Express.
// All servers run in this process, the load generator in a worker thread, against 127.0.0.1, bounded in time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type LoadRequest, machine, printSummary, ratioOf, runRounds, type Target, target } from '@contracts/bench';
import { loadApi, operationsOf } from '@contracts/bundles';
import { createFake, type Fake, MemoryStore, type Store } from '@contracts/vendors';
import { type LookerCredentials, vendor as looker } from '@contracts/vendors/looker';
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import { createStubApp, rateLimitSettings } from '../src/app';
import { resolveOptions, type StubOptions, storeUrl } from '../src/options';
import { RedisStore } from '../src/redis-store';
import { warmUp } from '../src/start';

const usage = `Usage: pnpm bench:stub [--duration <seconds>] [--rounds <n>] [--connections <n>] [--store <redis-url>] [--breakdown]

Measures PATCH /api/4.0/integration_hubs/2 (the spec's rotateToken example) on
  - the validating Looker stub as \`pnpm stub\` runs it (auth, request and response validation, and the
    operation's rate limiter with a limit the run cannot reach);
  - the same handler and the same rate limiter on bare Express, without validation;
  - the stub and bare Express both without the rate limiter (STUB_RATE_LIMIT=0);
  - the same handler behind express-openapi-validator set up with the library's defaults (one app-level
    middleware, its own security handler) and the limiter, for reference;
  - with --breakdown, where the difference goes: the stub with response validation off
    (STUB_VALIDATE_RESPONSES=false), and bare Express that also authenticates each request as the stub does
    (the vendor's session lookup). Every server shares this process, so the extra targets shift every figure a
    little: the headline ratio is measured without them.
The servers take turns in short rounds so that background load hits them alike. Prints requests/s and
p50/p99 latency for each, and last the ratio validated stub/bare Express, each with the same limiter
(target >= 80%): what validation costs, the limiter being the same on both sides.

Options:
  --duration <seconds>   total load time per server (default 10)
  --rounds <n>           turns the duration is split into (default 5)
  --connections <n>      concurrent connections (default 10)
  --store <redis-url>    keep every target's state in this Redis (each under its own key prefix) instead of
                         memory: the figure of a stub shared by a team (env STUB_STORE)
  --breakdown            also measure the two targets that tell where the stub's extra time goes
  -h, --help             show this help`;

const body = JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });

async function listen(app: express.Express): Promise<number> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** The Looker update on a server listening on `port`, with `token` as the bearer (none for bare Express). */
const updateRequest = (port: number, token: string): LoadRequest => ({
  url: `http://127.0.0.1:${port}/api/4.0/integration_hubs/2`,
  method: 'PATCH',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body,
});

const api = loadApi('looker');
const update = operationsOf(api.document).find((operation) => operation.operationId === 'update_integration_hub');
if (!update) throw new Error('the Looker spec has no update_integration_hub');
const admin = { principal: { id: '17', isAdmin: true }, token: '' };

/** Where each target keeps its state: memory, or its own key prefix in the Redis of `--store`. */
let openStore: (name: string) => Promise<Store> = async () => new MemoryStore();

/** A session for the admin user 17 of `fake`'s store. */
const sessionToken = async (fake: Fake<LookerCredentials>) => (await looker.warmUpAuthorization(fake.store, fake.credentials)).slice('Bearer '.length);

/**
 * The handler of the Looker update, run by the vendor's fake as the stub runs it (store transaction, write-only fields
 * stripped); with `authenticate`, it first looks the caller up from the Authorization header as the stub does.
 */
async function lookerUpdate(authenticate = false): Promise<{ fake: Fake<LookerCredentials>; handle: express.RequestHandler }> {
  const fake = createFake(api, looker, { store: await openStore('bare') });
  await fake.seed(true);
  const handle: express.RequestHandler = async (req, res) => {
    const caller = authenticate ? (await fake.authenticate(update as NonNullable<typeof update>, req.headers.authorization)).caller : admin;
    if (!caller) return void res.status(401).json({ message: 'Requires authentication' });
    const answer = await fake.handle(
      {
        operation: update as NonNullable<typeof update>,
        params: { integration_hub_id: String(req.params.integration_hub_id) },
        query: {},
        headers: req.headers,
        body: req.body,
      },
      caller,
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
  return target(title, updateRequest(await listen(stub.app), await sessionToken(stub.fake as Fake<LookerCredentials>)));
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
  const request = updateRequest(await listen(app), token);
  // The library compiles on the first request; send one before measuring.
  await fetch(request.url, request);
  return target('express-openapi-validator defaults', request);
}

/** The same handler on bare Express: JSON body parser, no validation, no auth (unless `authenticate`); the stub's limiter when it has one. */
async function bareTarget(title: string, options: StubOptions, authenticate = false): Promise<Target> {
  const { fake, handle } = await lookerUpdate(authenticate);
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  const limiter = options.rateLimit.limit > 0 ? [rateLimit(rateLimitSettings(options))] : [];
  app.patch('/api/4.0/integration_hubs/:integration_hub_id', ...limiter, express.json(), handle);
  return target(title, updateRequest(await listen(app), authenticate ? await sessionToken(fake) : ''));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      store: { type: 'string' },
      breakdown: { type: 'boolean', default: false },
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
  if (values.breakdown) {
    const requestsOnly = await stubTarget('validated stub, responses not validated', { ...options, validateResponses: false });
    const bareAuthenticated = await bareTarget('bare Express, same limiter, authenticated', options, true);
    targets.push(requestsOnly, bareAuthenticated);
    baselineOf.set(requestsOnly, bare).set(bareAuthenticated, bare);
  }

  await runRounds(targets, { rounds, seconds: duration / rounds, connections });

  console.log(`\nmachine: ${machine()}`);
  const percentOf = (one: Target, baseline: Target) => (ratioOf(one, baseline) * 100).toFixed(1);
  printSummary(targets, (one) => {
    const baseline = baselineOf.get(one);
    return baseline ? `   ${percentOf(one, baseline)}% of ${baseline.title}` : '';
  });
  console.log(`ratio validated/bare (same handler, same limiter): ${percentOf(validated, bare)}% (target >= 80%)`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`pnpm bench:stub failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
