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
import { lookerCredentials } from '@contracts/vendors/looker';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    [
      'Usage: pnpm bench:mock [--duration <seconds per round, default 5>] [--rounds <default 2>] [--connections <default 10>]',
      '',
      'Measures the Looker update on this mock and on plain `prism mock`, alternating rounds so that',
      'other load on the machine weighs on both alike; prints requests/s and p99 latency of each and the ratio.',
    ].join('\n'),
  );
  process.exit(0);
}
const duration = Number(values.duration);
const rounds = Number(values.rounds);
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

interface Target {
  name: string;
  url: string;
  results: Figures[];
}

const headersFor = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

async function check(target: Target, token: string): Promise<void> {
  const answer = await fetch(target.url, { method: 'PATCH', headers: headersFor(token), body });
  if (answer.status !== 200) throw new Error(`${target.name}: PATCH ${target.url} answered ${answer.status}: ${await answer.text()}`);
}

async function measure(target: Target, token: string, seconds: number): Promise<Figures> {
  const result = await autocannon({ url: target.url, method: 'PATCH', headers: headersFor(token), body, connections, duration: seconds });
  return { requests: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

const mean = (numbers: number[]) => numbers.reduce((sum, number) => sum + number, 0) / numbers.length;

async function main(): Promise<void> {
  const prismCli = join(__dirname, '..', 'node_modules', '.bin', 'prism');
  const [lookerPort, trutoPort, versoriPort, prismPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  console.log(
    `Benchmark: PATCH /integration_hubs/2 with a valid body and token, ${connections} connections, ${rounds} rounds of ${duration} s per server, alternating (after a 2 s warm-up each).`,
  );
  const children: ChildProcess[] = [];
  try {
    console.log('Starting this mock (`pnpm mock`, default settings)…');
    // One process (no tsx wrapper), so stopping it stops the server.
    const ports = ['--looker-port', String(lookerPort), '--truto-port', String(trutoPort), '--versori-port', String(versoriPort)];
    children.push(await spawnUntil(process.execPath, ['--import', 'tsx', 'packages/mock/src/cli.ts', ...ports], /ready/));
    console.log('Starting plain `prism mock` (same Prism version, default settings)…');
    children.push(await spawnUntil(prismCli, ['mock', '-h', '127.0.0.1', '-p', String(prismPort), api.bundlePath], /Prism is listening/));

    const base = `http://127.0.0.1:${lookerPort}${api.basePath}`;
    const credentials = lookerCredentials.read(process.env);
    const login = await fetch(`${base}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: credentials.clientId, client_secret: credentials.clientSecret }),
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const targets: Target[] = [
      { name: 'this mock', url: `${base}/integration_hubs/2`, results: [] },
      // Plain Prism serves the paths at the root: it ignores the path of `servers`.
      { name: 'plain prism mock', url: `http://127.0.0.1:${prismPort}/integration_hubs/2`, results: [] },
    ];
    for (const target of targets) {
      await check(target, token);
      // Warm-up, so both have compiled their validators before they are measured.
      await measure(target, token, 2);
    }
    for (let round = 1; round <= rounds; round++) {
      for (const target of targets) {
        process.stdout.write(`Round ${round}/${rounds}: ${target.name}… `);
        const figures = await measure(target, token, duration);
        target.results.push(figures);
        console.log(`${figures.requests.toFixed(0)} req/s, p99 ${figures.p99} ms`);
      }
    }

    console.log('');
    const summary = targets.map((target) => ({
      name: target.name,
      requests: mean(target.results.map((result) => result.requests)),
      p99: mean(target.results.map((result) => result.p99)),
      non2xx: target.results.reduce((sum, result) => sum + result.non2xx, 0),
    }));
    for (const row of summary) {
      console.log(`${row.name.padEnd(18)} ${row.requests.toFixed(0).padStart(8)} req/s   p99 ${row.p99.toFixed(1).padStart(6)} ms   non-2xx ${row.non2xx}`);
    }
    const [ours, prism] = summary as [(typeof summary)[number], (typeof summary)[number]];
    console.log(`ratio              ${(ours.requests / prism.requests).toFixed(2)}× the requests/s of plain prism mock (target ≥ 1.5×)`);
    if (ours.non2xx > 0 || prism.non2xx > 0) console.log('warning: some answers were not 2xx; the figures are not comparable');
  } finally {
    await Promise.all(children.map(stop));
  }
}

main().catch((error: Error) => {
  console.error(`The benchmark failed: ${error.message}`);
  process.exit(1);
});
