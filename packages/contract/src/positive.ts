import { distinctiveDraft, exampleDraft, markerOf, type NamedExample, requestExamples } from './drafts';
import type { KitOperation } from './operations';
import type { Run } from './run';

/** The login's example with the configured key in place of the spec's: the example shows the shape, the key must work. */
function withConfiguredKey(run: Run, operation: KitOperation, example: NamedExample): NamedExample {
  const login = run.auth.login;
  if (!login || login.operation !== operation) return example;
  return { ...example, value: { ...(example.value as object), ...login.fields } };
}

/** Positive cases: each named request example with the path parameters' examples must get a documented 2xx that matches its schema. */
export async function positiveCases(run: Run, operations: KitOperation[]): Promise<void> {
  for (const operation of operations) {
    if (operation === run.auth.login?.operation && !run.auth.loginConfigured) {
      run.skip(
        'positive',
        operation.operationId,
        'every example',
        `--token was given and ${run.auth.login.variables.join('/')} are unset: no key to log in with`,
      );
      continue;
    }
    const examples = requestExamples(operation).map((example) => withConfiguredKey(run, operation, example));
    if (operation.requestBody?.required && examples.length === 0) {
      run.skip('positive', operation.operationId, 'every example', 'the spec gives no named request example');
      continue;
    }
    const bodies: Array<NamedExample | undefined> = examples.length > 0 ? examples : [undefined];
    for (const example of bodies) {
      const draft = exampleDraft(run, operation, example);
      const { outcome, exchange } = await run.check('positive', draft, { kind: 'success' }, example ? `example ${example.name}` : 'the documented call');
      if (outcome === 'skipped' && exchange?.status === 404) run.absentExamples.add(operation.operationId);
    }
    const optional = operation.parameters.filter((parameter) => parameter.in === 'query' && !parameter.required && parameter.example !== undefined);
    if (optional.length > 0) {
      // A create would repeat the first example (409 on a stateful target): send it with a value of its own.
      const draft = (operation.method === 'post' && distinctiveDraft(run, operation, markerOf(run.seed, 'q'))) || exampleDraft(run, operation, bodies[0]);
      for (const parameter of optional) draft.query[parameter.name] = String(parameter.example);
      await run.check(
        'positive',
        draft,
        { kind: 'success' },
        `with the optional query ${optional.map((parameter) => `${parameter.name}=${parameter.example}`).join('&')}`,
      );
    }
  }
}
