import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

// What the consumer test drives: processes it starts and always stops, the local registry, the packed packages.

export const repoRoot = join(__dirname, '..', '..');
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/**
 * The npm cache of the consumer test: kept between runs (a re-run installs from it, not the network), of its own so
 * that clearing the npx installs it holds never touches the user's.
 */
export const npmCache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'contracts-consumer-test', 'npm');

/** The output of a finished command and its exit code, whatever the code. */
export interface Ran {
  code: number | null;
  output: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs a command to its end; never rejects on a non-zero exit, so a test can show the output. */
export function run(command: string, args: string[], options: RunOptions): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: performance.now() - started }));
  });
}

/** A long-running process, its output so far, and a stop that ends it and every process it started. */
export interface Started {
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const started = new Set<Started>();

/**
 * Starts a server process in a process group of its own (npx runs the bin in a child of its own) and resolves once its
 * output matches `ready`; rejects with the output when it exits or `timeoutMs` passes first.
 */
export function start(command: string, args: string[], options: RunOptions & { ready: RegExp; timeoutMs?: number }): Promise<Started> {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const process_: Started = {
    child,
    output: () => output,
    stop: async () => {
      started.delete(process_);
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // the group is gone already
      }
      await exited;
    },
  };
  started.add(process_);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} was not ready in time:\n${output}`)), options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.ready.test(output)) {
        clearTimeout(timer);
        resolve(process_);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** Stops every process `start` started that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((process_) => process_.stop()));
}

/** A free port on 127.0.0.1, for a server whose flags take a number but not 0 (Verdaccio's --listen). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The workspace's published packages (those not private), by folder. */
export function publishedPackages(): Array<{ dir: string; name: string; exports: string[] }> {
  return readdirSync(join(repoRoot, 'packages'))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ dir, name: manifest.name as string, exports: Object.keys(manifest.publishConfig.exports as object) }));
}

/** Builds every package (`pnpm build`) and packs each published one into `destination`; resolves with the tarballs. */
export async function buildAndPack(destination: string): Promise<{ tarballs: string[]; build: Ran; pack: Ran }> {
  const build = await run(bin('tsdown'), [], { cwd: repoRoot });
  if (build.code !== 0) throw new Error(`pnpm build failed:\n${build.output}`);
  const filters = publishedPackages().flatMap(({ name }) => ['--filter', name]);
  const pack = await run('pnpm', ['-r', ...filters, 'pack', '--pack-destination', destination], { cwd: repoRoot });
  if (pack.code !== 0) throw new Error(`pnpm pack failed:\n${pack.output}`);
  const tarballs = readdirSync(destination)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => join(destination, file));
  return { tarballs, build, pack };
}

export interface Registry {
  url: string;
  /** An .npmrc that maps the scope to the registry and can publish there. */
  publisherConfig: string;
  stop(): Promise<void>;
}

/** Verdaccio on a free port with storage in `dir`, serving the @contracts scope only (nothing proxied), and one user to publish as. */
export async function startRegistry(dir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
uplinks: {}
packages:
  '@contracts/*':
    access: $all
    publish: $authenticated
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await start(bin('verdaccio'), ['--config', config, '--listen', `127.0.0.1:${port}`], { cwd: dir, ready: /http address/, timeoutMs: 60_000 });
  // The registry's own sign-up (what `npm adduser` sends): a token to publish with.
  const signUp = await fetch(`${url}-/user/org.couchdb.user:consumer-test`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'consumer-test', password: 'consumer-test-password' }),
  });
  const { token } = (await signUp.json()) as { token: string };
  const publisherConfig = join(dir, 'publisher.npmrc');
  writeFileSync(publisherConfig, `@contracts:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return { url, publisherConfig, stop: server.stop };
}

/** A consuming repo's .npmrc: the scope from the organisation's registry, everything else from the public one. */
export const scopeMapping = (registry: string) => `@contracts:registry=${registry}\n`;

/** npm as the consumer runs it: this test's cache, no install scripts (msw's copies a file; Optic's sends analytics). */
export const npmEnv: NodeJS.ProcessEnv = {
  npm_config_cache: npmCache,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_ignore_scripts: 'true',
};

/** Forgets the CLI npx installed in an earlier run: a run publishes the same version with new contents. */
export function forgetNpxInstalls(): void {
  rmSync(join(npmCache, '_npx'), { recursive: true, force: true });
}
