// What every benchmark shares: autocannon in a worker thread, rounds that take turns, summaries and server processes.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';

/** One request the load generator repeats. */
export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
}

/** What one bounded load of one target gave. */
export interface Round {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
}

/** A server under test, and the rounds measured on it so far. */
export interface Target {
  title: string;
  request: LoadRequest;
  rounds: Round[];
  /** Runs around each of its rounds (a variant that switches something off for its turn only). */
  around?: <T>(run: () => Promise<T>) => Promise<T>;
}

export const target = (title: string, request: LoadRequest, around?: Target['around']): Target => ({ title, request, rounds: [], around });

/**
 * Loads `request` for `seconds` with `connections` concurrent connections. The load generator runs in a worker
 * thread, so a server in this process has the main thread to itself. Fails when any answer is not 2xx: only
 * successes are comparable.
 */
export async function load(title: string, request: LoadRequest, seconds: number, connections: number): Promise<Round> {
  const result = await autocannon({ ...request, duration: seconds, connections, workers: 1 } as autocannon.Options);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${title} answered ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts; only successes count`);
  }
  return { requests: result.requests.total, seconds: result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * The latency of `request` sent at a steady `rate` (requests/s, over every connection) for `seconds`: what a server
 * answers at a given load, rather than at the most it can take. Fails when any answer is not 2xx.
 */
export async function latencyAt(title: string, request: LoadRequest, rate: number, seconds: number): Promise<Round> {
  const result = await autocannon({ ...request, duration: seconds, connections: 10, overallRate: rate, workers: 1 } as autocannon.Options);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${title} answered ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts at ${rate} requests/s`);
  }
  return { requests: result.requests.total, seconds: result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Requests per second over every round of a target (total requests over total time), and the median latencies. */
export function summary(rounds: Round[]): { rps: number; p50: number; p99: number } {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  return { rps: seconds > 0 ? requests / seconds : 0, p50: median(rounds.map((round) => round.p50)), p99: median(rounds.map((round) => round.p99)) };
}

/** `part`'s requests/s over `whole`'s. */
export const ratioOf = (part: Target, whole: Target) => summary(part.rounds).rps / summary(whole.rounds).rps;

export interface RoundOptions {
  rounds: number;
  /** Load time of each target in each round. */
  seconds: number;
  connections: number;
  /** Before each target's first round: unmeasured load, so that every target starts measured in the same state. */
  warmUpSeconds?: number;
}

/**
 * Measures every target in turns: each round loads each target once, the order rotating from round to round, so
 * that background load on a shared machine weighs on all of them alike. Prints one progress line per load.
 */
export async function runRounds(targets: Target[], options: RoundOptions): Promise<void> {
  const run = (one: Target, seconds: number) => {
    const measure = () => load(one.title, one.request, seconds, options.connections);
    return one.around ? one.around(measure) : measure();
  };
  if (options.warmUpSeconds) {
    console.log(`warm-up: ${options.warmUpSeconds} s per target`);
    for (const one of targets) await run(one, options.warmUpSeconds);
  }
  for (let round = 0; round < options.rounds; round++) {
    console.log(`round ${round + 1} of ${options.rounds}, ${options.connections} connections, ${options.seconds} s per target`);
    const shift = round % targets.length;
    for (const one of [...targets.slice(shift), ...targets.slice(0, shift)]) {
      process.stdout.write(`  ${one.title.padEnd(44)} `);
      const result = await run(one, options.seconds);
      one.rounds.push(result);
      console.log(`${(result.requests / result.seconds).toFixed(0).padStart(6)} req/s   p99 ${result.p99} ms`);
    }
  }
}

/** One line per target: requests/s, p50 and p99, and a note (its ratio to another target). */
export function printSummary(targets: Target[], note: (one: Target) => string = () => ''): void {
  for (const one of targets) {
    const { rps, p50, p99 } = summary(one.rounds);
    console.log(
      `${one.title.padEnd(44)} ${rps.toFixed(0).padStart(6)} req/s   p50 ${String(p50).padStart(3)} ms   p99 ${String(p99).padStart(3)} ms${note(one)}`,
    );
  }
}

/** The machine and its load now, to print beside the figures. */
export const machine = () => `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average now ${loadavg()[0]?.toFixed(2)}`;

/** A free TCP port on 127.0.0.1, for a server that takes its port as a flag. */
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

const owned = new Set<ChildProcess>();
let stopsOwnedOnExit = false;

/** Signals the process group an owned child leads, so that a server started through `pnpm` stops with it. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function stopOwned(): void {
  for (const child of owned) signalGroup(child, 'SIGTERM');
}

/**
 * Spawns a process the bench owns, leading a process group of its own: the group is stopped when the bench exits, fails
 * or is interrupted, so no server of an interrupted run (nor one `pnpm` started) keeps its port and a core afterwards.
 */
export function spawnOwned(command: string, args: string[], options: SpawnOptions): ChildProcess {
  if (!stopsOwnedOnExit) {
    stopsOwnedOnExit = true;
    process.on('exit', stopOwned);
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => {
        stopOwned();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
  }
  const child = spawn(command, args, { ...options, detached: true });
  owned.add(child);
  child.once('exit', () => owned.delete(child));
  return child;
}

/** A server process, its output so far, and when it was spawned. */
export interface ServerProcess {
  child: ChildProcess;
  /** What it printed until it was ready. */
  output: string;
  /** Milliseconds from spawning to ready. */
  readyMs: number;
}

/** Spawns a server and resolves once its output matches `ready`; fails with its output when it exits or takes too long. */
export function spawnServer(
  command: string,
  args: string[],
  ready: RegExp,
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ServerProcess> {
  const began = performance.now();
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawnOwned(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      signalGroup(child, 'SIGTERM');
      reject(new Error(`${command} ${args.join(' ')} was not ready within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!ready.test(output)) return;
      clearTimeout(timer);
      // Keep draining its output (as a terminal would) without holding it in memory.
      child.stdout?.removeAllListeners('data').resume();
      child.stderr?.removeAllListeners('data').resume();
      child.removeAllListeners('exit');
      resolve({ child, output, readyMs: performance.now() - began });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** Stops a server `spawnOwned` started, with everything it started, by SIGTERM; resolves once it has exited. */
export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    signalGroup(child, 'SIGTERM');
  });
}

/** The resident set size of a process in MB, read with `ps` (Linux and macOS). */
export async function rssMegabytes(pid: number): Promise<number> {
  const child = spawn('ps', ['-o', 'rss=', '-p', String(pid)], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise((resolve) => child.once('close', resolve));
  const kilobytes = Number(output.trim());
  if (!Number.isFinite(kilobytes) || kilobytes <= 0) throw new Error(`ps gave no resident size for process ${pid}`);
  return kilobytes / 1024;
}
