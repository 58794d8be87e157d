/**
 * `pnpm bench:mock`: requests/s and p99 latency of the Looker update (PATCH /integration_hubs/{id},
 * valid body and token) on this mock and on plain `prism mock` (same Prism version, default settings,
 * same bundle), one after the other in the same run. Both servers and the load stay on 127.0.0.1,
 * and each measurement is bounded in time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadApi } from '@contracts/bundles';
import { localCredentials } from '@contracts/credentials';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: pnpm bench:mock [--duration <seconds, default 10>] [--connections <default 10>]');
  process.exit(0);
}
const duration = Number(values.duration);
const connections = Number(values.connections);

const root = join(__dirname, '..', '..', '..');
const api = loadApi('looker');
const operation = api.document.paths['/integration_hubs/{integration_hub_id}']?.patch as {
  requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> };
};
const body = JSON.stringify(Object.values(operation.requestBody.content['application/json']?.examples ?? {})[0]?.value);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Spawns a server and resolves once its output contains `ready`. */
function spawnUntil(command: string, args: string[], ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: false });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${command} did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        // Keep draining the output (as a terminal would) without holding it in memory.
        child.stdout?.removeAllListeners('data').resume();
        child.stderr?.removeAllListeners('data').resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Figures {
  requests: number;
  p99: number;
  non2xx: number;
}

async function measure(url: string, token: string): Promise<Figures> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const check = await fetch(url, { method: 'PATCH', headers, body });
  if (check.status !== 200) throw new Error(`PATCH ${url} answered ${check.status}: ${await check.text()}`);
  // A short warm-up so both servers have compiled their validators before the measurement.
  await autocannon({ url, method: 'PATCH', headers, body, connections, duration: 2 });
  const result = await autocannon({ url, method: 'PATCH', headers, body, connections, duration });
  return { requests: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

async function main(): Promise<void> {
  const prismCli = join(__dirname, '..', 'node_modules', '.bin', 'prism');
  const [lookerPort, trutoPort, versoriPort, prismPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);

  console.log(`Benchmark: PATCH /integration_hubs/2 with a valid body and token, ${connections} connections, ${duration} s each (after 2 s warm-up).`);
  console.log('Starting this mock (`pnpm mock`, default settings)…');
  // One process (no tsx wrapper), so stopping it stops the server.
  const ours = await spawnUntil(
    process.execPath,
    [
      '--import',
      'tsx',
      'packages/mock/src/cli.ts',
      '--looker-port',
      String(lookerPort),
      '--truto-port',
      String(trutoPort),
      '--versori-port',
      String(versoriPort),
    ],
    /ready/,
  );
  let figures: { ours: Figures; prism: Figures };
  try {
    const base = `http://127.0.0.1:${lookerPort}${api.basePath}`;
    const credentials = localCredentials().looker;
    const login = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: credentials.clientId, client_secret: credentials.clientSecret }),
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    console.log('Measuring this mock…');
    const oursFigures = await measure(`${base}/integration_hubs/2`, token);
    await stop(ours);

    console.log('Starting plain `prism mock` (same Prism version, default settings)…');
    const prism = await spawnUntil(prismCli, ['mock', '-h', '127.0.0.1', '-p', String(prismPort), api.bundlePath], /Prism is listening/);
    try {
      console.log('Measuring plain prism mock…');
      // Plain Prism serves the paths at the root: it ignores the path of `servers`.
      figures = { ours: oursFigures, prism: await measure(`http://127.0.0.1:${prismPort}/integration_hubs/2`, token) };
    } finally {
      await stop(prism);
    }
  } finally {
    await stop(ours);
  }

  const row = (name: string, f: Figures) =>
    `${name.padEnd(18)} ${f.requests.toFixed(0).padStart(8)} req/s   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}`;
  console.log('');
  console.log(row('this mock', figures.ours));
  console.log(row('plain prism mock', figures.prism));
  const ratio = figures.ours.requests / figures.prism.requests;
  console.log(`ratio              ${ratio.toFixed(2)}× the requests/s of plain prism mock (target ≥ 1.5×)`);
  if (figures.ours.non2xx > 0 || figures.prism.non2xx > 0) console.log('warning: some answers were not 2xx; the figures are not comparable');
}

main().catch((error: Error) => {
  console.error(`The benchmark failed: ${error.message}`);
  process.exit(1);
});
