import junit from 'junit-report-builder';
import type { ContractResult } from './kit';
import type { CaseResult, Phase } from './run';

/**
 * One line per failure: `FAIL <operationId> [<phase>] <title>: <request> — expected <statuses>, got <status> — <breach> at <schema path>; …`.
 */
export function failureLine(result: CaseResult): string {
  const request = result.request ? `: ${result.request}` : '';
  const statuses = result.expected !== undefined ? ` — expected ${result.expected}, got ${result.actual === 0 ? 'no answer' : result.actual}` : '';
  const breaches = result.breaches.map((breach) => (breach.schemaPath ? `${breach.message} at ${breach.schemaPath}` : breach.message)).join('; ');
  return `FAIL ${result.operationId} [${result.phase}] ${result.title}${request}${statuses} — ${breaches}`;
}

const count = (results: CaseResult[], outcome: CaseResult['outcome']) => results.filter((result) => result.outcome === outcome).length;

/** The summary: requests, outcomes, why cases were skipped, whether the target keeps state, the seed. */
export function summary(result: ContractResult): string {
  const { results } = result;
  const reasons = new Map<string, number>();
  for (const skipped of results.filter((candidate) => candidate.outcome === 'skipped')) {
    const reason = skipped.reason ?? 'no reason given';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const state = result.state.stateful === undefined ? 'unknown' : result.state.stateful ? 'stateful' : 'stateless';
  const invariants = result.state.stateful ? 'stateful invariants ran' : 'stateful invariants skipped';
  const phases: Phase[] = ['auth', 'state', 'positive', 'negative', 'invariant', 'fuzz'];
  const byPhase = phases
    .map((phase) => {
      const own = results.filter((candidate) => candidate.phase === phase);
      return own.length ? `${phase} ${count(own, 'passed')}/${own.length}` : undefined;
    })
    .filter(Boolean)
    .join(', ');
  return [
    `${result.ok ? 'PASS' : 'FAIL'} contract of ${result.api} at ${result.baseUrl}`,
    `  requests sent: ${result.requests} in ${(result.durationMs / 1000).toFixed(1)} s`,
    `  cases: ${count(results, 'passed')} passed, ${count(results, 'failed')} failed, ${count(results, 'skipped')} skipped (passed per phase: ${byPhase})`,
    ...[...reasons].map(([reason, times]) => `  skipped ${times}×: ${reason}`),
    `  state: ${state} — ${result.state.how}; ${invariants}`,
    `  auth: ${result.auth}${result.renewals ? ` (logged in again ${result.renewals}× after the server ended the session)` : ''}; writes ${result.writesAllowed ? 'sent' : 'not sent (read-only run)'}`,
    `  seed: ${result.seed} (replay with --seed ${result.seed}), ${result.runs} generated requests per operation`,
  ].join('\n');
}

/** Writes a JUnit XML report: one suite per phase, one test case per case, skipped ones with their reason. */
export function writeJunit(result: ContractResult, path: string): void {
  const builder = junit.newBuilder();
  const phases = [...new Set(result.results.map((candidate) => candidate.phase))];
  for (const phase of phases) {
    const suite = builder.testSuite().name(`${result.api} ${phase}`);
    for (const item of result.results.filter((candidate) => candidate.phase === phase)) {
      const testCase = suite.testCase().className(`${result.api}.${item.operationId}`).name(item.title);
      if (item.outcome === 'failed') testCase.failure(failureLine(item));
      if (item.outcome === 'skipped') testCase.skipped().standardOutput(`skipped: ${item.reason ?? ''}`);
    }
  }
  builder.writeTo(path);
}
