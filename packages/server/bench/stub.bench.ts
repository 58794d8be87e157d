// pnpm bench:stub — the Looker update through the validating stub vs the same handler on bare Express.
// Both run in this process, one after the other, against 127.0.0.1, each for a bounded time.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadApi } from '@contracts/bundles';
import autocannon from 'autocannon';
import express from 'express';
import { createStubApp } from '../src/app';
import updateIntegrationHub from '../src/handlers/looker/update_integration_hub';
import { resolveOptions } from '../src/options';
import { warmUp } from '../src/server';
import { createLookerStore, type LookerStore, openSession } from '../src/vendors/looker';

const usage = `Usage: pnpm bench:stub [--duration <seconds>] [--connections <n>]

Measures PATCH /api/4.0/integration_hubs/2 on the validating Looker stub (request and response
validation, auth, rate limiter) and the same handler on bare Express without validation, in one run.
Prints requests/s, p50 and p99 latency for both, and last the ratio validated/bare (target >= 70%).

Options:
  --duration <seconds>   per server (default 10)
  --connections <n>      concurrent connections (default 10)
  -h, --help             show this help`;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function measure(title: string, port: number, token: string, duration: number, connections: number) {
  process.stdout.write(`${title}: ${duration} s with ${connections} connections… `);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/4.0/integration_hubs/2`,
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' }),
    duration,
    connections,
  });
  const ok = result['2xx'];
  console.log(`${ok} responses 2xx, ${result.non2xx} other`);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${title} answered ${result.non2xx} non-2xx and ${result.errors} errors; the benchmark measures successes only`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  const duration = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 10);
  const api = loadApi('looker');
  // The limiter stays on, with a ceiling the run cannot reach, so its cost is part of the figure.
  const options = resolveOptions({ rateLimit: { limit: 1e9, windowSeconds: 60 } });

  const stub = createStubApp(api, options);
  await warmUp(stub);
  const stubToken = openSession(stub.state.store as LookerStore, '17');
  const stubServer = createServer(stub.app);

  // Bare Express: JSON body parser and the same handler module, no validation, no auth, no limiter.
  const store = createLookerStore(api, options.credentials);
  const admin = { id: '17', isAdmin: true };
  const bare = express();
  bare.disable('x-powered-by');
  bare.disable('etag');
  bare.patch('/api/4.0/integration_hubs/:integration_hub_id', express.json(), async (req, res) => {
    const result = await updateIntegrationHub(
      { params: { integration_hub_id: String(req.params.integration_hub_id) }, query: {}, body: req.body },
      { store, principal: admin, token: undefined, credentials: options.credentials },
    );
    res.status(result.status).json(result.body);
  });
  const bareServer = createServer(bare);

  const [stubPort, barePort] = await Promise.all([listen(stubServer), listen(bareServer)]);
  try {
    const validated = await measure('validated stub', stubPort, stubToken, duration, connections);
    const plain = await measure('bare Express  ', barePort, '', duration, connections);
    const row = (name: string, r: typeof validated) =>
      `${name.padEnd(16)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms`;
    console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
    console.log(row('validated stub', validated));
    console.log(row('bare Express', plain));
    console.log(`ratio validated/bare: ${((validated.rps / plain.rps) * 100).toFixed(1)}% (target >= 70%)`);
  } finally {
    stubServer.close();
    bareServer.close();
  }
}

main().catch((error: unknown) => {
  console.error(`pnpm bench:stub failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
