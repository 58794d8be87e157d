// pnpm bench:dev — from saving a spec file to the stub, the mock and the docs of `pnpm dev` answering with the change,
// beside the time a full `pnpm start` takes to serve everything. Runs in a copy of the repo (the real spec is never
// edited), every server on a free port of 127.0.0.1.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machine, median, spawnServer, stopServer } from '@contracts/bench';
import { copyRepo } from '../test/repo-copy';

const usage = `Usage: pnpm bench:dev [--edits <n, default 5>]

Starts \`pnpm dev\` in a temporary copy of the repo, then <edits> times adds a query parameter to Looker's
GET /integration_hubs/{integration_hub_id} and measures, from the moment the file is saved, until the stub and
the mock accept the parameter (they refused it before) and the docs server tells open tabs to reload a page
that shows it. Prints each edit, the
median (target: under 1.5 s) and, for comparison, how long \`pnpm start\` takes to serve everything.`;

const file = 'spec/looker/paths/integration_hubs_{integration_hub_id}.yaml';
const anchor = '    - $ref: ../components/parameters/Fields.yaml\n';
const ports = Object.fromEntries(['LOOKER', 'TRUTO', 'VERSORI'].flatMap((api) => [`${api}_STUB_PORT`, `${api}_MOCK_PORT`]).map((name) => [name, '0']));

/** Starts a script of the copy; resolves with it, its URLs and the milliseconds until it printed them all. */
async function start(copy: string, script: string, ready: RegExp): Promise<{ child: ChildProcess; urls: Record<string, string>; ms: number }> {
  const env = { ...process.env, ...ports, DOCS_PORT: '0', NO_COLOR: '1' };
  const { child, output, readyMs } = await spawnServer(process.execPath, ['--import', 'tsx', script], ready, { cwd: copy, env, timeoutMs: 120_000 });
  const urls: Record<string, string> = {};
  for (const [, kind, api, url] of output.matchAll(/● (stub|mock|docs) +(\w*) +(http:\S+)/g)) urls[`${kind}${api ? ` ${api}` : ''}`] = url as string;
  return { child, urls, ms: readyMs };
}

/** Resolves once `check` holds, polling every 10 ms. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 30_000; !(await check()); ) {
    if (Date.now() > deadline) throw new Error('the change was not served within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The docs page's live-reload stream, as an open tab listens to it (polling the 2.5 MB page would take the CPU the
 * rebuild needs): `reloaded(page, text)` resolves at the first reload of `page` whose content then holds `text`.
 */
async function docsEvents(docs: string) {
  const stream = await fetch(`${docs}__live/events`);
  const reader = (stream.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  return {
    async reloaded(page: string, text: string): Promise<void> {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        for (const event of events) {
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (data && (JSON.parse(data) as string[]).includes(page) && (await (await fetch(`${docs}${page}`)).text()).includes(text)) return;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the docs server closed its event stream');
        buffered += value;
      }
      throw new Error('the change was not served within 30 s');
    },
    close: () => reader.cancel(),
  };
}

async function lookerToken(base: string): Promise<string> {
  const key = new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' });
  const answer = await fetch(`${base}/login`, { method: 'POST', body: key });
  return ((await answer.json()) as { access_token: string }).access_token;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { edits: { type: 'string', default: '5' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  const edits = Number(values.edits);
  if (!(Number.isInteger(edits) && edits > 0)) throw new Error('--edits takes a positive whole number');
  const copy = copyRepo();
  try {
    console.log(`starting pnpm dev in ${copy}…`);
    const dev = await start(copy, 'scripts/dev.ts', /Watching spec\//);
    console.log(`  ready in ${(dev.ms / 1000).toFixed(1)} s`);
    const stub = dev.urls['stub looker'] ?? '';
    const mock = dev.urls['mock looker'] ?? '';
    const headers = { stub: { authorization: `Bearer ${await lookerToken(stub)}` }, mock: { authorization: `Bearer ${await lookerToken(mock)}` } };
    const times: number[] = [];
    const docs = await docsEvents(dev.urls.docs ?? '');
    try {
      for (let edit = 1; edit <= edits; edit++) {
        const name = `probe${edit}`;
        const answers = async (base: string, auth: Record<string, string>) =>
          (await fetch(`${base}/integration_hubs/2?${name}=x`, { headers: auth })).status === 200;
        const path = join(copy, file);
        const text = readFileSync(path, 'utf8');
        const parameter = `    - name: ${name}\n      in: query\n      required: false\n      description: A parameter pnpm bench:dev adds.\n      schema:\n        type: string\n      example: x\n`;
        const began = performance.now();
        writeFileSync(path, text.replace(anchor, `${anchor}${parameter}`));
        const since = (done: Promise<void>) => done.then(() => performance.now() - began);
        const served = await Promise.all([
          since(until(() => answers(stub, headers.stub))),
          since(until(() => answers(mock, headers.mock))),
          since(docs.reloaded('looker.html', name)),
        ]);
        const ms = Math.max(...served);
        times.push(ms);
        console.log(`  edit ${edit}: stub ${Math.round(served[0] ?? 0)} ms, mock ${Math.round(served[1] ?? 0)} ms, docs ${Math.round(served[2] ?? 0)} ms`);
      }
    } finally {
      await docs.close();
      await stopServer(dev.child);
    }
    console.log('starting pnpm start in the same copy, for comparison…');
    const full = await start(copy, 'scripts/start.ts', /Press Ctrl-C to stop/);
    await stopServer(full.child);
    console.log(`\nmachine: ${machine()}`);
    console.log(`save to served (stub, mock and docs), median of ${edits}: ${Math.round(median(times))} ms (target < 1500 ms)`);
    console.log(`a full pnpm start, spawn to every URL: ${(full.ms / 1000).toFixed(1)} s`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`pnpm bench:dev failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
