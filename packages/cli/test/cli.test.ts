import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { commands } from '../src';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

/** Runs `contracts <args>` from source as `pnpm contracts` does; resolves with the exit code and output, whatever the code. */
async function contracts(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // tsx by its path, so that the command also runs from a folder outside the repo.
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', pathToFileURL(require.resolve('tsx')).href, join(root, 'packages/cli/src/bin.ts'), ...args],
      {
        cwd,
      },
    );
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
    expect(Object.keys(commands)).toEqual(['mock', 'stub', 'docs', 'contract', 'diff', 'dev']);
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

  test('`contracts dev` outside a clone of the contracts exits 2 and says where it runs and what serves instead', async () => {
    const { code, stderr } = await contracts(['dev'], tmpdir());
    expect(code).toBe(2);
    expect(stderr).toContain(`contracts dev: ${tmpdir()} is not in a clone of the contracts`);
    expect(stderr).toContain('`contracts stub`, `contracts mock` and `contracts docs`');
  });
});
