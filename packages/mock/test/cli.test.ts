import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { apis } from './support';

const root = join(__dirname, '..', '..', '..');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'mock', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function outputUntil(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no match for ${pattern} in:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

/** A spawned CLI compiles TypeScript and loads Prism before it answers: seconds, more on a loaded machine. */
const spawnTimeout = 30_000;

const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('given `pnpm mock --help`', () => {
  test(
    'it prints the options, one port option per API, and exits 0',
    async () => {
      const child = run(['--help']);
      const [output, code] = await Promise.all([outputUntil(child, /Show this help/), exitOf(child)]);
      expect(code).toBe(0);
      for (const { api } of apis) expect(output).toContain(`--${api.name}-port`);
      expect(output).toContain('--dynamic');
    },
    spawnTimeout,
  );
});

describe('given `pnpm mock` with its ports taken from the environment', () => {
  let child: ChildProcess;
  afterEach(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  test(
    'it prints the base URL of every API once ready, logs each request, and stops cleanly on SIGTERM',
    async () => {
      const env = Object.fromEntries(apis.map(({ api }) => [`${api.name.toUpperCase()}_MOCK_PORT`, '0']));
      child = run([], env);
      const output = await outputUntil(child, /Ctrl\+C/);
      for (const { api } of apis) expect(output).toMatch(new RegExp(`${api.title}\\s+http://127\\.0\\.0\\.1:\\d+${api.basePath}\\n`));
      const lookerUrl = /(http:\/\/127\.0\.0\.1:\d+\/api\/4\.0)/.exec(output)?.[1];
      const response = await fetch(`${lookerUrl}/logout`, { method: 'DELETE' });
      expect(response.status).toBe(401);
      const logged = outputUntil(child, /DELETE \/api\/4\.0\/logout → 401/);
      const exited = exitOf(child);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await logged;
    },
    spawnTimeout,
  );

  test(
    'it explains what to do when a port is not a number',
    async () => {
      child = run(['--looker-port', 'abc']);
      const [output, code] = await Promise.all([outputUntil(child, /not a port/), exitOf(child)]);
      expect(code).toBe(2);
      expect(output).toContain('--looker-port abc is not a port');
    },
    spawnTimeout,
  );
});
