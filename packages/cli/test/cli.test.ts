import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { commands } from '../src';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

/** Runs `contracts <args>` from source as `pnpm contracts` does; resolves with the exit code and output, whatever the code. */
async function contracts(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return failed;
  }
}

describe('given the contracts command', () => {
  test('--help lists every subcommand with its summary', async () => {
    const { code, stdout } = await contracts(['--help']);
    expect(code).toBe(0);
    expect(Object.keys(commands)).toEqual(['mock', 'stub', 'docs', 'contract', 'diff']);
    for (const [name, command] of Object.entries(commands)) expect(stdout).toContain(`  ${name.padEnd(10)}${command.summary}`);
  });

  test('an unknown subcommand exits 2 and lists the known ones', async () => {
    const { code, stderr } = await contracts(['publish']);
    expect(code).toBe(2);
    expect(stderr).toContain('contracts: unknown command "publish"');
    expect(stderr).toContain('  mock');
  });

  test.each(Object.keys(commands))('`contracts %s --help` is that command’s own help, naming it', async (name) => {
    const { code, stdout } = await contracts([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: contracts ${name}`);
  });
});
