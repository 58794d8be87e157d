import type { OpenApiDocument } from '@contracts/bundles';
import { planAuth } from './auth';
import { fuzzPhase } from './fuzz';
import { isLoopback, Target } from './http';
import { negativePhase } from './negative';
import { kitOperationsOf } from './operations';
import { positiveCases } from './positive';
import { type CaseResult, Run, type StateFinding } from './run';
import { Schemas } from './schemas';
import { lifecycles, probeState } from './state';

export interface ContractOptions {
  /** The API: its short name and bundled document (`loadApi(name)` gives both). */
  api: { name: string; title?: string; document: OpenApiDocument };
  /** The API's base URL on the target, base path included: `http://127.0.0.1:3010/api/4.0`. */
  baseUrl: string;
  /** A bearer token to send instead of the configured credentials. */
  token?: string;
  /** fast-check's seed: the same seed sends the same generated requests. */
  seed: number;
  /** Generated requests per operation. */
  runs: number;
  /** Time for the whole run in ms; fuzzing gets what the other phases leave. */
  timeLimitMs: number;
  /** Send writes to a target that is not on this machine. */
  allowWrites?: boolean;
  /** Only these operationIds. */
  only?: string[];
  /** Path parameter values to use instead of the spec's examples (`integration_hub_id` → `7`). */
  params?: Record<string, string>;
  /** How long to wait for one answer, in ms. */
  requestTimeoutMs?: number;
  /** Where credentials are read from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Progress lines (phases, requests sent). */
  onProgress?: (line: string) => void;
}

export interface ContractResult {
  api: string;
  baseUrl: string;
  seed: number;
  runs: number;
  results: CaseResult[];
  requests: number;
  state: StateFinding;
  auth: string;
  /** How often the kit logged in again after the server ended its session (a logout case, expiry). */
  renewals: number;
  writesAllowed: boolean;
  durationMs: number;
  /** True when no case failed. */
  ok: boolean;
}

/** Runs the contract of one API against a server: auth, state probe, positive and negative cases, invariants, fuzzing. */
export async function runContract(options: ContractOptions): Promise<ContractResult> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  const url = new URL(options.baseUrl);
  const writesAllowed = options.allowWrites === true || isLoopback(url);
  const operations = kitOperationsOf(options.api.document);
  const unknown = (options.only ?? []).filter((id) => !operations.some((operation) => operation.operationId === id));
  if (unknown.length > 0)
    throw new Error(`--only ${unknown.join(', ')}: no such operationId in ${options.api.name} (known: ${operations.map((o) => o.operationId).join(', ')})`);
  const selected = options.only?.length ? operations.filter((operation) => options.only?.includes(operation.operationId)) : operations;

  let lastReport = 0;
  const target = new Target(options.baseUrl, options.requestTimeoutMs ?? 10_000, (count) => {
    if (Date.now() - lastReport < 1_000) return;
    lastReport = Date.now();
    progress(`  … ${count} requests sent`);
  });
  const auth = planAuth(options.api.name, options.api.document, operations, options.env ?? process.env, options.token);
  const schemas = new Schemas(options.api.name, options.api.document);
  const run = new Run(
    options.api.document,
    operations,
    schemas,
    target,
    auth,
    writesAllowed,
    options.params ?? {},
    started + options.timeLimitMs,
    options.seed,
  );

  progress(
    `${options.api.title ?? options.api.name} at ${target.baseUrl} (seed ${options.seed}${writesAllowed ? '' : ', read-only: the target is not on this machine'})`,
  );
  progress(`auth: ${auth.description}`);
  try {
    // Even a read-only run logs in: exchanging a key for a token changes nothing the kit checks.
    if (!(await run.logIn())) progress('  the login failed: secured operations will be refused');
    progress('state: probing whether the target keeps what it is sent');
    await probeState(run);
    progress(`  ${run.state.stateful === undefined ? 'unknown' : run.state.stateful ? 'stateful' : 'stateless'}: ${run.state.how}`);
    // Lifecycles first, while the example creates have not run: an idempotent create (Truto's install) of an entity an
    // example made already would answer it unchanged, not what the lifecycle wrote.
    progress('invariants: resource lifecycles');
    await lifecycles(run);
    // Deletes go last, so the example entities they remove are there for every other case first.
    const deletes = selected.filter((operation) => operation.method === 'delete');
    const others = selected.filter((operation) => operation.method !== 'delete');
    progress('positive cases: every named request example');
    await positiveCases(run, others);
    if (target.sent > 0 && target.answered === 0) {
      throw new Error(`nothing answered at ${target.baseUrl} (${target.lastFailure}): start the server, or correct --base-url (base path included)`);
    }
    progress('negative cases: faults derived from the schemas');
    await negativePhase(run, selected);
    await positiveCases(run, deletes);
    progress(`fuzzing: up to ${options.runs} generated requests per operation`);
    await fuzzPhase(run, [...others, ...deletes], { seed: options.seed, runs: options.runs });
  } finally {
    target.close();
  }
  const ran = run.results.filter((result) => result.phase === 'positive' && result.outcome !== 'skipped' && result.request);
  if (ran.length > 0 && !ran.some((result) => result.outcome === 'passed')) {
    run.fail('positive', '*', 'at least one valid request succeeds', [
      { message: 'no positive case passed: nothing shows the target serves this API at this base URL' },
    ]);
  }
  return {
    api: options.api.name,
    baseUrl: target.baseUrl,
    seed: options.seed,
    runs: options.runs,
    results: run.results,
    requests: target.sent,
    state: run.state,
    auth: auth.description,
    renewals: run.renewals,
    writesAllowed,
    durationMs: Date.now() - started,
    ok: !run.results.some((result) => result.outcome === 'failed'),
  };
}
