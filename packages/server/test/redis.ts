import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from '@contracts/bench';

/** The redis-server the tests start: REDIS_SERVER_PATH, else the one on the PATH (`scripts/ensure-system.ts` installs it). */
function redisServerPath(): string {
  const found =
    process.env.REDIS_SERVER_PATH ||
    (process.env.PATH ?? '')
      .split(delimiter)
      .map((dir) => join(dir, 'redis-server'))
      .find((path) => existsSync(path));
  if (!found) throw new Error('No redis-server: run `tsx scripts/ensure-system.ts` (installs Debian’s redis-server) or set REDIS_SERVER_PATH');
  return found;
}

export interface TestRedis {
  url: string;
  /** Stops the server (its data is kept on disk, append-only file). */
  stop(): Promise<void>;
  /** Starts it again on the same port, with the data it had. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

/** A real redis-server on a free loopback port, with its data in a temporary folder, for one test file. */
export async function startRedis(): Promise<TestRedis> {
  const binary = redisServerPath();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'contracts-redis-'));
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--protected-mode', 'yes'];
      const started = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        if (!/Ready to accept connections/.test(output)) reject(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null) return resolve();
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
