import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServer, startFakeTruto } from './fixtures/servers';

const root = join(__dirname, '..', '..', '..');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm contract` as a user does, in its own process. */
const contract = (args: string[]) =>
  new Promise<Ran>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/bin.ts', 'contract', ...args],
      { cwd: root, env: { ...process.env, TRUTO_API_TOKEN: '' } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });

const folder = mkdtempSync(join(tmpdir(), 'contract-cli-'));
const junit = join(folder, 'reports', 'contract.xml');
let broken: FakeServer;
let sound: FakeServer;
let runs: Record<'help' | 'usage' | 'failing' | 'passing', Ran>;

beforeAll(async () => {
  [broken, sound] = await Promise.all([startFakeTruto('accepts-wrong-types'), startFakeTruto('none')]);
  const common = ['--api', 'truto', '--only', 'updateEnvironmentIntegration', '--runs', '20', '--seed', '99'];
  const [help, usage, failing, passing] = await Promise.all([
    contract(['--help']),
    contract(['--api', 'nope', '--base-url', 'http://127.0.0.1:1']),
    contract([...common, '--base-url', broken.url, '--junit', junit]),
    contract([...common, '--base-url', sound.url]),
  ]);
  runs = { help, usage, failing, passing };
}, 60_000);

afterAll(async () => {
  await Promise.all([broken?.close(), sound?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

describe('given `pnpm contract`', () => {
  test('given --help, it lists every option and exits 0', () => {
    expect(runs.help.code).toBe(0);
    for (const option of [
      '--api',
      '--base-url',
      '--token',
      '--seed',
      '--runs',
      '--time-limit',
      '--timeout',
      '--only',
      '--param',
      '--allow-writes',
      '--junit',
    ]) {
      expect(runs.help.stdout).toContain(option);
    }
  });

  test('given an unknown API, it says which exist and exits 2', () => {
    expect(runs.usage.code).toBe(2);
    expect(runs.usage.stderr).toContain('--api must be one of looker, truto, versori (got nope)');
  });

  test('given a server that accepts a body of the wrong types, it prints one line per failure and the summary, writes the JUnit report and exits 1', () => {
    expect(runs.failing.code).toBe(1);
    expect(runs.failing.stdout).toMatch(
      /^FAIL updateEnvironmentIntegration \[negative\] is_enabled of the wrong type \(number\): PATCH .* — expected 400, got 200 — an invalid request was accepted/m,
    );
    expect(runs.failing.stdout).toMatch(/^FAIL contract of truto at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(runs.failing.stdout).toMatch(
      /^ {2}state: stateful — a value written with updateEnvironmentIntegration was read back with getEnvironmentIntegration/m,
    );
    expect(runs.failing.stdout).toContain('seed: 99 (replay with --seed 99)');
    expect(runs.failing.stderr).toContain('fuzzing: up to 20 generated requests per operation');
    const report = readFileSync(junit, 'utf8');
    expect(report).toMatch(/<testsuite name="truto negative" tests="\d+" failures="[1-9]\d*"/);
    expect(report).toContain('<failure message="FAIL updateEnvironmentIntegration [negative] is_enabled of the wrong type (number)');
  });

  test('given a server that honours the contract, it reports PASS and exits 0', () => {
    expect(runs.passing.stdout).toMatch(/^PASS contract of truto/m);
    expect(runs.passing.stdout).not.toMatch(/^FAIL/m);
    expect(runs.passing.code).toBe(0);
  });
});
