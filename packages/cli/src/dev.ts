// `contracts dev` runs the edit loop of the clone of the contracts it is started in (its `pnpm dev`): the loop
// regenerates from spec/ with the clone's own generator, which the published packages do not carry.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const usage = `Usage: contracts dev

Runs \`pnpm dev\` of the clone of the contracts you are in (a folder with redocly.yaml and scripts/dev.ts, or any
folder below it, after \`pnpm install\` there): everything \`contracts stub\`, \`contracts mock\` and \`contracts docs\`
serve, kept in step with every save under spec/. Ports and settings are pnpm dev's environment variables
(README.md of the clone). Outside a clone there is no spec to edit: \`contracts stub\`, \`mock\` and \`docs\` serve the
released contracts.

Options:
  -h, --help   show this help`;

/** The clone of the contracts that holds `from`, if any. */
function cloneOf(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'redocly.yaml')) && existsSync(join(dir, 'scripts', 'dev.ts'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

export async function run(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) return console.log(usage);
  const clone = cloneOf(process.cwd());
  if (!clone) {
    console.error(
      `contracts dev: ${process.cwd()} is not in a clone of the contracts (no redocly.yaml with scripts/dev.ts here or above).\n` +
        'Run it inside a clone (git clone <your contracts repo> && cd it && pnpm install), or serve the released contracts with `contracts stub`, `contracts mock` and `contracts docs`.',
    );
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(clone, 'node_modules', 'tsx'))) {
    console.error(`contracts dev: the clone in ${clone} is not installed yet; run \`pnpm install\` there first.`);
    process.exitCode = 2;
    return;
  }
  const loop = spawn(process.execPath, ['--import', 'tsx', join(clone, 'scripts', 'dev.ts'), ...argv], { cwd: clone, stdio: 'inherit' });
  // The loop stops its servers on SIGINT or SIGTERM and ignores a second one: each is passed on, and this process
  // waits for the loop to finish stopping (Ctrl-C in a terminal reaches both).
  const forward = (signal: NodeJS.Signals) => loop.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, forward);
  const code = await new Promise<number>((resolve) => loop.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, forward);
  process.exitCode = code;
}
