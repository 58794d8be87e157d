/**
 * `pnpm bench:mock`: requests/s and latency of the Looker update (PATCH /integration_hubs/{id}, valid body and
 * token) on this mock and on plain `prism mock` (same Prism version, default settings, same bundle), in rounds that
 * take turns. Both servers are processes of their own on 127.0.0.1; each load is bounded in time.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, type LoadRequest, latencyAt, machine, printSummary, ratioOf, runRounds, spawnServer, stopServer, target } from '@contracts/bench';
import { loadApi } from '@contracts/bundles';
import { lookerCredentials } from '@contracts/vendors/looker';

const usage = `Usage: pnpm bench:mock [--duration <seconds per round, default 5>] [--rounds <default 2>] [--connections <default 10>] [--rate <default 500>]

Measures the Looker update on this mock (\`pnpm mock\`, request log on) and on plain \`prism mock\`, in rounds that
take turns so that other load on the machine weighs on both alike (after a 2 s warm-up each); prints requests/s
and p50/p99 latency of each and their ratio (floor: >= 1.0x), then the p99 latency of each at a steady --rate
(target: p99 <= 10 ms at 500 requests/s).`;

const root = join(__dirname, '..', '..', '..');
const api = loadApi('looker');
const operation = api.document.paths['/integration_hubs/{integration_hub_id}']?.patch as {
  requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> };
};
const body = JSON.stringify(Object.values(operation.requestBody.content['application/json']?.examples ?? {})[0]?.value);

const update = (url: string, token: string): LoadRequest => ({
  url,
  method: 'PATCH',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body,
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      rate: { type: 'string', default: '500' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const seconds = Number(values.duration);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  if (![seconds, rounds, connections].every((value) => value > 0)) throw new Error('--duration, --rounds and --connections take positive numbers');

  const prismCli = join(__dirname, '..', 'node_modules', '.bin', 'prism');
  const [lookerPort, trutoPort, versoriPort, prismPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const children = [];
  try {
    console.log('starting this mock (`pnpm mock`, default settings)…');
    // One process (no tsx wrapper), so stopping it stops the server.
    const ports = ['--looker-port', String(lookerPort), '--truto-port', String(trutoPort), '--versori-port', String(versoriPort), '--rate-limit', '1000000000'];
    children.push((await spawnServer(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'mock', ...ports], /ready/, { cwd: root })).child);
    console.log('starting plain `prism mock` (same Prism version, default settings)…');
    children.push(
      (await spawnServer(prismCli, ['mock', '-h', '127.0.0.1', '-p', String(prismPort), api.bundlePath], /Prism is listening/, { cwd: root })).child,
    );

    const base = `http://127.0.0.1:${lookerPort}${api.basePath}`;
    const { clientId, clientSecret } = lookerCredentials.read(process.env);
    const login = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }) });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const ours = target('this mock', update(`${base}/integration_hubs/2`, token));
    // Plain Prism serves the paths at the root: it ignores the path of `servers`.
    const plain = target('plain prism mock', update(`http://127.0.0.1:${prismPort}/integration_hubs/2`, token));
    for (const one of [ours, plain]) {
      const answer = await fetch(one.request.url, one.request);
      if (answer.status !== 200) throw new Error(`${one.title}: PATCH ${one.request.url} answered ${answer.status}: ${await answer.text()}`);
    }
    await runRounds([ours, plain], { rounds, seconds, connections, warmUpSeconds: 2 });
    const rate = Number(values.rate);
    console.log(`\nlatency at a steady ${rate} requests/s, ${seconds} s each:`);
    const steady = [];
    for (const one of [ours, plain]) {
      const round = await latencyAt(one.title, one.request, rate, seconds);
      steady.push(round);
      console.log(`  ${one.title.padEnd(44)} p50 ${round.p50} ms   p99 ${round.p99} ms`);
    }

    console.log(`\nmachine: ${machine()}`);
    printSummary([ours, plain]);
    console.log(`ratio ${ratioOf(ours, plain).toFixed(2)}× the requests/s of plain prism mock (floor >= 1.0×)`);
    console.log(`p99 of this mock at ${rate} requests/s: ${steady[0]?.p99} ms (target <= 10 ms)`);
  } finally {
    await Promise.all(children.map(stopServer));
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`pnpm bench:mock failed: ${error.message}`);
    process.exit(1);
  },
);
