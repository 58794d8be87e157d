// One server of `pnpm bench:scale` in its own process (so that its startup and memory are its own): the stub or the
// mock of a contract file, started the way `pnpm stub` and `pnpm mock` start them. Prints one line once ready:
// `ready {"url":…,"buildMs":…}`, buildMs being the time from reading the contract to listening.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticVendor } from '@contracts/bench';
import { apiOf, loadApi, type OpenApiDocument } from '@contracts/bundles';
import { rateLimitFrom } from '@contracts/http';
import { startApiMock } from '@contracts/mock';
import { defaultRateLimit } from '@contracts/pipeline';
import { resolveOptions, startStub } from '@contracts/server';
import { vendor as looker } from '@contracts/vendors/looker';

const usage = `Usage: tsx scripts/bench/synthetic-server.ts --server stub|mock --contract <file.json>

Serves a (synthetic) Looker contract on a free 127.0.0.1 port with the stub or the mock, the Looker handlers
serving every renamed copy of an operation; prints "ready" and the base URL and build time as JSON.
Started by pnpm bench:scale; stops on SIGTERM or SIGINT.`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { server: { type: 'string' }, contract: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  if ((values.server !== 'stub' && values.server !== 'mock') || !values.contract) throw new Error(`give --server stub|mock and --contract <file>\n\n${usage}`);
  const began = performance.now();
  const document = JSON.parse(readFileSync(values.contract, 'utf8')) as OpenApiDocument;
  const api = apiOf('looker', document);
  const host = '127.0.0.1';
  const running =
    values.server === 'stub'
      ? await startStub(api, { ...resolveOptions(), host, port: 0, vendor: syntheticVendor(looker, document, loadApi('looker')) })
      : await startApiMock(api, { host, port: 0, env: process.env, rateLimit: rateLimitFrom({}, 'MOCK', process.env, defaultRateLimit) });
  console.log(`ready ${JSON.stringify({ url: running.url, buildMs: Math.round(performance.now() - began) })}`);
  const stop = () => running.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`synthetic-server failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
