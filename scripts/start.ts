import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDocs } from '@contracts/docs';
import { startMock } from '@contracts/mock';
import { startStubs } from '@contracts/server';
import { bold } from './lib/output';
import { printUrls, runStep, stopOnSignals } from './lib/serve';

const usage = `Usage: pnpm start

The main job: regenerates everything derived from spec/ (pnpm generate), lints the specs and checks
the generated files (pnpm check), then starts together, on 127.0.0.1:
  - the validating stubs (pnpm stub)   ports 3010-3012
  - the Prism mocks      (pnpm mock)   ports 4010-4012
  - the docs site        (pnpm docs:serve)   port 8080
and prints every URL. Ctrl-C (or SIGTERM) stops them all. Ports, credentials and other settings
are read from the same environment variables as each command (see README.md).

Options:
  -h, --help   show this help`;

const repoRoot = join(__dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  runStep(repoRoot, 'generate', 'pnpm start');
  runStep(repoRoot, 'check', 'pnpm start');

  console.log(bold('\nStarting the stubs, the mocks and the docs…'));
  const [stubs, mocks, docs] = await Promise.all([startStubs(), startMock(), startDocs({ dir: join(repoRoot, 'packages', 'docs', 'site') })]);

  printUrls(stubs.stubs, mocks.mocks, docs.urls.docs);
  console.log('\nPress Ctrl-C to stop.');
  stopOnSignals(() => Promise.all([stubs.close(), mocks.close(), docs.close()]));
}

main().catch((error: unknown) => {
  console.error(`pnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
