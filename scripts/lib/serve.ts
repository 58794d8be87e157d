import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bold, green } from './output';

/** Runs `pnpm <script>` of the repo in this terminal; a failure ends the process with what to do next. */
export function runStep(repoRoot: string, script: 'generate' | 'check', command: string): void {
  console.log(bold(`\n$ pnpm ${script}`));
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', `${script}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`pnpm ${script} failed (see above); fix it, then run ${command} again.`);
    process.exit(result.status ?? 1);
  }
}

/** One line per URL: the stubs, the mocks and the docs, as `pnpm start` and `pnpm dev` print them (tests read them). */
export function printUrls(stubs: Array<{ api: { name: string }; url: string }>, mocks: Array<{ api: { name: string }; url: string }>, docs: string): void {
  console.log(bold('\nReady:'));
  for (const stub of stubs) console.log(`  ${green('●')} stub  ${stub.api.name.padEnd(8)} ${stub.url}`);
  for (const mock of mocks) console.log(`  ${green('●')} mock  ${mock.api.name.padEnd(8)} ${mock.url}`);
  console.log(`  ${green('●')} docs  ${''.padEnd(8)} ${docs}`);
}

/** Stops everything `closeAll` closes on Ctrl-C or SIGTERM, once, then exits. */
export function stopOnSignals(closeAll: () => Promise<unknown>): void {
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
