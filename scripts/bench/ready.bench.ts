// pnpm bench:ready — how long `pnpm stub` and `pnpm mock` take, from the process's start to the last of their three
// ports answering, beside plain `prism mock` serving Looker alone. Every server is a process of its own on
// 127.0.0.1, started and stopped in turns.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, machine, median, spawnOwned, stopServer } from '@contracts/bench';
import { loadApi, loadApis } from '@contracts/bundles';

const usage = `Usage: pnpm bench:ready [--runs <n, default 3>]

Starts, one after the other and <runs> times each: \`pnpm stub\` and \`pnpm mock\` (all three APIs, free ports) and
plain \`prism mock\` on the Looker bundle; measures from spawning the process to the moment the last of its ports
answers an HTTP request (any status). Prints each run, the medians, and each median over plain Prism's
(target: <= 1.0, no slower than plain Prism serving Looker alone).`;

const root = join(__dirname, '..', '..');
const apis = loadApis();

/** Resolves once `url` answers any HTTP status; polls every 20 ms. */
async function answered(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within the deadline`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Milliseconds from spawning `command` to every one of `urls` answering; the process is stopped afterwards. */
async function readyIn(command: string, args: string[], urls: string[]): Promise<number> {
  const began = performance.now();
  const child = spawnOwned(command, args, { cwd: root, stdio: 'ignore' });
  try {
    const deadline = Date.now() + 60_000;
    await Promise.all(urls.map((url) => answered(url, deadline)));
    return performance.now() - began;
  } finally {
    await stopServer(child);
  }
}

async function portsFor(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(apis.map(async (api) => [api.name, await freePort()] as const)));
}

const portFlags = (ports: Record<string, number>) => Object.entries(ports).flatMap(([name, port]) => [`--${name}-port`, String(port)]);
const baseUrls = (ports: Record<string, number>) => apis.map((api) => `http://127.0.0.1:${ports[api.name]}${api.basePath}/`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs takes a positive whole number');
  const looker = loadApi('looker');
  const prism = join(root, 'packages', 'mock', 'node_modules', '.bin', 'prism');
  const targets: Array<{ title: string; start: () => Promise<number>; times: number[] }> = [
    {
      title: 'pnpm stub (3 APIs)',
      start: async () => {
        const ports = await portsFor();
        return readyIn('pnpm', ['-s', 'stub', ...portFlags(ports)], baseUrls(ports));
      },
      times: [],
    },
    {
      title: 'pnpm mock (3 APIs)',
      start: async () => {
        const ports = await portsFor();
        return readyIn('pnpm', ['-s', 'mock', '--quiet', ...portFlags(ports)], baseUrls(ports));
      },
      times: [],
    },
    {
      title: 'plain prism mock (Looker alone)',
      start: async () => {
        const port = await freePort();
        return readyIn(prism, ['mock', '-h', '127.0.0.1', '-p', String(port), looker.bundlePath], [`http://127.0.0.1:${port}/`]);
      },
      times: [],
    },
  ];
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      const ms = await target.start();
      target.times.push(ms);
      console.log(`run ${run}: ${target.title.padEnd(32)} ready in ${(ms / 1000).toFixed(2)} s`);
    }
  }
  console.log(`\nmachine: ${machine()}`);
  const plain = median(targets[2]?.times ?? []);
  for (const target of targets) {
    const ms = median(target.times);
    console.log(`${target.title.padEnd(32)} median ${(ms / 1000).toFixed(2)} s   ${(ms / plain).toFixed(2)} of plain prism mock on Looker`);
  }
  console.log('target: the stub and the mock each <= 1.00 of plain prism mock on Looker');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`pnpm bench:ready failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
