import { type ChildProcess, spawn } from 'node:child_process';

// Processes the release and the consumer test start: commands run to their end, and servers always stopped.

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
