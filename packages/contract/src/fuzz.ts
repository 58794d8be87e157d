import fc from 'fast-check';
import { hostileFormText, hostileJsonText, hostilePathSegment, hostileStrings, nearValidValue, validValue } from './arbitraries';
import { describeExpectation, type Expectation, judge } from './judge';
import { documentedStatuses, type KitOperation } from './operations';
import { consult, type Draft, describeRequest, encodeBody, examplePath } from './requests';
import type { CaseResult, Run } from './run';

export interface FuzzOptions {
  seed: number;
  /** Generated requests per operation. */
  runs: number;
}

type PathValue = { value: string; raw?: boolean };

/** A URL can carry it: not empty (the path would change), no lone surrogate (no UTF-8 for it). */
function encodable(value: string): boolean {
  try {
    return encodeURIComponent(value) !== '';
  } catch {
    return false;
  }
}

/** Requests to `operation` from its schemas: mostly the example path with valid, near-valid and hostile bodies and parameters. */
function requestArbitrary(run: Run, operation: KitOperation): fc.Arbitrary<Draft> | undefined {
  const examples = examplePath(operation, run.params);
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const media = operation.requestBody?.content.find((candidate) => /json/.test(candidate.mediaType)) ?? operation.requestBody?.content[0];
  if (pathParameters.length === 0 && queryParameters.length === 0 && !media) return undefined;

  const path = fc.record(
    Object.fromEntries(
      pathParameters.map((parameter) => [
        parameter.name,
        fc.oneof(
          { weight: 6, arbitrary: fc.constant<PathValue>({ value: examples[parameter.name] ?? '' }) },
          { weight: 2, arbitrary: validValue(run.document, parameter.schema).map((value): PathValue => ({ value: String(value) })) },
          { weight: 1, arbitrary: fc.constantFrom(...hostileStrings.filter(encodable)).map((value): PathValue => ({ value })) },
          { weight: 1, arbitrary: hostilePathSegment.map((value): PathValue => ({ value, raw: true })) },
        ),
      ]),
    ),
  );
  const query = fc.record(
    Object.fromEntries(
      queryParameters.map((parameter) => [
        parameter.name,
        fc.oneof(validValue(run.document, parameter.schema).map(String), fc.constantFrom(...hostileStrings)),
      ]),
    ),
    { requiredKeys: queryParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) },
  );
  let body: fc.Arbitrary<Draft['body']> = fc.constant(undefined);
  if (media) {
    const valid = validValue(run.document, media.schema ?? {});
    const encoded = (value: unknown) => ({ contentType: media.mediaType, text: encodeBody(media.mediaType, value) ?? '' });
    const hostile = /json/.test(media.mediaType) ? hostileJsonText : hostileFormText;
    body = fc.oneof(
      { weight: 5, arbitrary: valid.map(encoded) },
      { weight: 3, arbitrary: nearValidValue(valid).map(encoded) },
      { weight: 1, arbitrary: hostile.map((text) => ({ contentType: media.mediaType, text })) },
    );
  }
  return fc.record({ path, query, body }).map(({ path: values, query: parameters, body: sent }) => ({
    operation,
    path: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value.value])),
    raw: new Set(
      Object.entries(values)
        .filter(([, value]) => value.raw)
        .map(([name]) => name),
    ),
    query: parameters as Record<string, string>,
    body: sent,
    credentials: operation.anonymous ? 'none' : 'session',
  }));
}

/**
 * Property-based fuzzing with fast-check, bounded in runs and time: whatever is sent, the answer is a 2xx that
 * matches its schema (valid requests only) or a documented 4xx in the vendor's shape; never a 5xx. A failure is
 * shrunk to a small request and reported with the seed that replays it.
 */
export async function fuzzPhase(run: Run, operations: KitOperation[], options: FuzzOptions): Promise<void> {
  const candidates = operations.filter((operation) => !run.refusal({ operation } as Draft));
  for (const operation of operations.filter((candidate) => !candidates.includes(candidate))) {
    run.skip('fuzz', operation.operationId, 'generated requests', run.refusal({ operation } as Draft) as string);
  }
  for (const [index, operation] of candidates.entries()) {
    const arbitrary = requestArbitrary(run, operation);
    if (!arbitrary) {
      run.skip('fuzz', operation.operationId, 'generated requests', 'nothing in the spec to vary (no parameters, no body)');
      continue;
    }
    const budget = Math.max(0, run.timeLeft / (candidates.length - index));
    if (budget < 50) {
      run.skip('fuzz', operation.operationId, 'generated requests', 'the time limit was reached (--time-limit)');
      continue;
    }
    const rejections = documentedStatuses(operation, 400, 500);
    let failure: CaseResult | undefined;
    const property = fc.asyncProperty(arbitrary, async (draft) => {
      const oracle = consult(run.schemas, draft);
      const exchange = await run.sendDraft(draft, oracle);
      const expectation: Expectation = oracle.errors.length === 0 ? { kind: 'either' } : { kind: 'rejection', statuses: rejections, violations: oracle.errors };
      const verdict = judge(operation, exchange, expectation, run.schemas, run.secrets);
      if (verdict.outcome !== 'failed') return true;
      failure = {
        phase: 'fuzz',
        operationId: operation.operationId,
        title: `generated ${oracle.errors.length === 0 ? 'valid' : 'invalid'} request (seed ${options.seed}; shrunk)`,
        outcome: 'failed',
        request: describeRequest(exchange.request),
        expected: describeExpectation(operation, expectation),
        actual: exchange.status,
        breaches: verdict.breaches,
      };
      return false;
    });
    const details = await fc.check(property, { seed: options.seed, numRuns: options.runs, plugins: [fc.interruptAfterTimeLimit(budget)] });
    if (details.failed && failure) run.results.push(failure);
    else if (details.failed)
      run.fail('fuzz', operation.operationId, 'generated requests', [{ message: `the fuzzer stopped: ${String(details.errorInstance ?? 'unknown error')}` }]);
    else {
      const stopped = details.interrupted ? `, stopped by the time limit after ${details.numRuns} of ${options.runs}` : '';
      run.pass('fuzz', operation.operationId, `${details.numRuns} generated requests${stopped}`);
    }
  }
}
