import { expectationOf, loadReplay, replayStep } from '../src/sdk-replay';
import { type StartedTargets, startTargets, type TargetKind, targetKinds } from '../src/targets';

/**
 * Each vendor's own SDK, replayed request for request from `sdk/<api>.yaml`, against the stub, the mock and the MSW
 * handlers: the contract is true when the vendors' clients work against it unchanged. Steps run in order and share
 * what earlier ones saved; each target starts from its seed.
 */
const apis = ['looker', 'truto', 'versori'];

let started: StartedTargets;

beforeAll(async () => {
  started = await startTargets({ apis });
});

afterAll(async () => {
  await started?.close();
});

describe.each(apis)('given the requests of %s’s own SDK', (api) => {
  const replay = loadReplay(api);

  describe.each(targetKinds)('sent to the %s', (kind: TargetKind) => {
    const saved = new Map<string, string>();

    beforeAll(async () => {
      await started.of(api)[kind].reset();
    });

    const titled = replay.steps.map((step) => {
      const difference = step[kind];
      return [difference ? `${step.call} (the ${kind} differs: ${difference.why})` : step.call, step] as const;
    });

    test.each(titled)('%s', async (_title, step) => {
      const outcome = await replayStep(started.of(api)[kind], replay, step, saved);
      const expected = expectationOf(step, kind, saved);
      // The answer's text is in the comparison so that a wrong status shows why.
      expect({ status: outcome.status, answer: outcome.text.slice(0, 400) }).toEqual({ status: expected.status, answer: expect.any(String) });
      if (expected.body !== undefined) expect(outcome.body).toMatchObject(expected.body as object);
      for (const field of expected.has ?? []) expect(outcome.body).toHaveProperty(field);
      if (expected.ids) expect([...outcome.ids].sort()).toEqual([...expected.ids].sort());
      if (expected.pages !== undefined) expect(outcome.pages).toBe(expected.pages);
    });
  });
});
