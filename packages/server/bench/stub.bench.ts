// pnpm bench:stub — the Looker update through the stub vs the same handler and limiter behind express-openapi-validator
// with its defaults, and on bare Express. Each server runs in a process of its own (this file with --serve), the load
// generator in this one, against 127.0.0.1, bounded in time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import {
  freePort,
  type LoadRequest,
  latencyAt,
  machine,
  printSummary,
  ratioOf,
  runRounds,
  spawnServer,
  stopServer,
  type Target,
  target,
} from '@contracts/bench';
import { loadApi, operationsOf } from '@contracts/bundles';
import { consumeRateLimit, memoryRateLimiter } from '@contracts/pipeline';
import { createFake, MemoryStore } from '@contracts/vendors';
import { vendor as looker, lookerCredentials } from '@contracts/vendors/looker';
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { createStubApp } from '../src/app';
import { resolveOptions } from '../src/options';

const usage = `Usage: pnpm bench:stub [--duration <seconds>] [--rounds <n>] [--connections <n>] [--rate <requests/s>]

Measures PATCH /api/4.0/integration_hubs/2 (the spec's rotateToken example) on three servers, each a process of
its own on 127.0.0.1:
  - the stub as \`pnpm stub\` runs it: the request pipeline (authentication, rate limit, body, parameters) with
    express-openapi-validator validating the request and the answer;
  - the same handler and the same rate limiter behind express-openapi-validator set up as its README shows (one
    app-level middleware over the whole spec, request and response validation, its own security handler);
  - the same handler and limiter on bare Express, without validation, for reference.
The servers take turns in short rounds so that background load hits them alike. Prints requests/s and p50/p99
for each, the stub's ratio to each (floor: at least as fast as the library's defaults), then the p99 latency of
the stub, the library's defaults and bare Express at a steady --rate (target: p99 <= 10 ms at 500 requests/s).

Options:
  --duration <seconds>   load time per server (default 10)
  --rounds <n>           turns the duration is split into (default 5)
  --connections <n>      concurrent connections (default 10)
  --rate <requests/s>    the steady rate of the latency run (default 500)
  -h, --help             show this help`;

const api = loadApi('looker');
const update = operationsOf(api.document).find((operation) => operation.operationId === 'update_integration_hub');
const login = operationsOf(api.document).find((operation) => operation.operationId === 'login');
if (!update || !login) throw new Error('the Looker spec has no update_integration_hub or login');
const body = JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' });
const kinds = { stub: 'the stub', defaults: 'express-openapi-validator defaults', bare: 'bare Express' } as const;
type Kind = keyof typeof kinds;

/** Out of reach of the run, but counted on every request: the limiter's cost is in every figure. */
const rateLimit = { limit: 1e9, windowSeconds: 60 };

/** The vendor's fake of Looker with the update's handler as Express middleware, and a session token of the admin. */
async function lookerHandler() {
  const fake = createFake(api, looker, { store: new MemoryStore() });
  await fake.seed(true);
  const key = { client_id: lookerCredentials.variables.LOOKER_CLIENT_ID, client_secret: lookerCredentials.variables.LOOKER_CLIENT_SECRET };
  const session = await fake.run({ operation: login as NonNullable<typeof login>, params: {}, query: {}, headers: {}, body: key }, undefined);
  const token = (session.body as { access_token: string }).access_token;
  const limiter = memoryRateLimiter(rateLimit);
  const handle: express.RequestHandler = async (req, res) => {
    const caller = await fake.authenticate(req.headers.authorization);
    if (!caller) return void res.status(401).json({ message: 'Requires authentication' });
    const verdict = await consumeRateLimit(limiter, rateLimit, `update_integration_hub ${caller.token}`);
    if (!verdict.allowed) return void res.status(429).json({ message: 'Too many requests' });
    const params = { integration_hub_id: String(req.params.integration_hub_id) };
    const answer = await fake.run({ operation: update as NonNullable<typeof update>, params, query: {}, headers: {}, body: req.body }, caller);
    res.status(answer.status).json(answer.body);
  };
  return { fake, token, handle };
}

/** Builds the server of `kind` (in a `--serve` child process) and the token its requests carry. */
async function serverOf(kind: Kind): Promise<{ app: express.Express; token: string }> {
  if (kind === 'stub') {
    const stub = await createStubApp(api, resolveOptions({ rateLimit }, {}));
    const key = { client_id: lookerCredentials.variables.LOOKER_CLIENT_ID, client_secret: lookerCredentials.variables.LOOKER_CLIENT_SECRET };
    const server = createServer(stub.app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/4.0/login`, { method: 'POST', body: new URLSearchParams(key) });
    server.close();
    return { app: stub.app, token: ((await answer.json()) as { access_token: string }).access_token };
  }
  const { fake, token, handle } = await lookerHandler();
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(express.json());
  if (kind === 'defaults') {
    app.use(
      OpenApiValidator.middleware({
        apiSpec: structuredClone(api.document) as never,
        validateRequests: true,
        validateResponses: true,
        validateSecurity: { handlers: { LookerApiToken: async (req) => (await fake.authenticate(req.headers.authorization)) !== undefined } },
      }),
    );
  }
  app.patch('/api/4.0/integration_hubs/:integration_hub_id', handle);
  app.use((error: { status?: number; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ message: error.message });
  });
  return { app, token };
}

/** `--serve <kind> --port <n>`: one server, printing `ready <token>` once it listens. */
async function serve(kind: Kind, port: number): Promise<void> {
  const { app, token } = await serverOf(kind);
  createServer(app).listen(port, '127.0.0.1', () => console.log(`ready ${token}`));
}

const updateRequest = (port: number, token: string): LoadRequest => ({
  url: `http://127.0.0.1:${port}/api/4.0/integration_hubs/2`,
  method: 'PATCH',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body,
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      port: { type: 'string' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      rate: { type: 'string', default: '500' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  if (values.serve) return serve(values.serve as Kind, Number(values.port));
  const duration = Number(values.duration);
  const rounds = Math.max(1, Number(values.rounds));
  const connections = Number(values.connections);
  const rate = Number(values.rate);
  if (![duration, connections, rate].every((value) => value > 0)) throw new Error('--duration, --connections and --rate must be positive numbers');

  const servers = new Map<Kind, Target>();
  const children = [];
  try {
    for (const kind of Object.keys(kinds) as Kind[]) {
      process.stdout.write(`starting ${kinds[kind]}… `);
      const port = await freePort();
      const spawned = await spawnServer(process.execPath, ['--import', 'tsx', __filename, '--serve', kind, '--port', String(port)], /^ready \S+$/m, {
        cwd: process.cwd(),
      });
      children.push(spawned.child);
      const token = /^ready (\S+)$/m.exec(spawned.output)?.[1] ?? '';
      const request = updateRequest(port, token);
      // Each library compiles a route's validators on its first request: one before measuring.
      const first = await fetch(request.url, request);
      if (first.status !== 200) throw new Error(`${kinds[kind]} answered ${first.status}: ${await first.text()}`);
      servers.set(kind, target(kinds[kind], request));
      console.log('ready');
    }
    const [stub, defaults, bare] = [servers.get('stub'), servers.get('defaults'), servers.get('bare')] as Target[] as [Target, Target, Target];
    await runRounds([stub, defaults, bare], { rounds, seconds: duration / rounds, connections });
    console.log(`\nlatency at a steady ${rate} requests/s, ${Math.max(5, duration / 2)} s each:`);
    const steady = [];
    // Bare Express shows what the machine and autocannon's pacing alone put into the p99.
    for (const one of [stub, defaults, bare]) {
      const round = await latencyAt(one.title, one.request, rate, Math.max(5, duration / 2));
      steady.push({ title: one.title, round });
      console.log(`  ${one.title.padEnd(44)} p50 ${round.p50} ms   p99 ${round.p99} ms`);
    }

    console.log(`\nmachine: ${machine()}`);
    printSummary([stub, defaults, bare], (one) => (one === bare ? '' : `   ${(ratioOf(one, bare) * 100).toFixed(1)}% of bare Express`));
    console.log(`ratio stub / express-openapi-validator defaults: ${ratioOf(stub, defaults).toFixed(2)} (floor >= 1.00)`);
    console.log(`p99 of the stub at ${rate} requests/s: ${steady[0]?.round.p99} ms (target <= 10 ms)`);
  } finally {
    await Promise.all(children.map(stopServer));
  }
}

main().then(
  () => {
    if (!process.argv.includes('--serve')) process.exit(0);
  },
  (error: unknown) => {
    console.error(`pnpm bench:stub failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
