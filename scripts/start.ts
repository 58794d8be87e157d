import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDocs } from '@contracts/docs';
import { startMock } from '@contracts/mock';
import { startStubs } from '@contracts/server';
import { bold, green } from './lib/output';

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

function step(script: 'generate' | 'check'): void {
  console.log(bold(`\n$ pnpm ${script}`));
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'scripts', `${script}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`pnpm ${script} failed (see above); fix it, then run pnpm start again.`);
    process.exit(result.status ?? 1);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  step('generate');
  step('check');

  console.log(bold('\nStarting the stubs, the mocks and the docs…'));
  const [stubs, mocks, docs] = await Promise.all([startStubs(), startMock(), startDocs({ dir: join(repoRoot, 'packages', 'docs', 'site') })]);
  const closeAll = () => Promise.all([stubs.close(), mocks.close(), docs.close()]);

  console.log(bold('\nReady:'));
  const rows = [...Object.entries(stubs.urls).map(([api, url]) => ['stub', api, url]), ...Object.entries(mocks.urls).map(([api, url]) => ['mock', api, url])];
  for (const [kind, api, url] of rows) console.log(`  ${green('●')} ${kind}  ${api?.padEnd(8)} ${url}`);
  console.log(`  ${green('●')} docs  ${''.padEnd(8)} ${docs.urls.docs}`);
  console.log('\nPress Ctrl-C to stop.');

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping…`);
      closeAll().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(`pnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
