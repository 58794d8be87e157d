import { loadApi } from '@contracts/bundles';
import { type StartedMocks, startMock } from '@contracts/mock';
import { type StartedStubs, startStubs } from '@contracts/server';
import { type ContractResult, failureLine, runContract } from '../src';

// Generated requests per fuzzed operation (Looker has 20, Truto 5, Versori 6): with the example and derived
// cases the six runs send about 5,900 requests between them, over the 5,000 the kit promises.
const runsPerApi: Record<string, number> = { looker: 56, truto: 140, versori: 112 };
const apis = ['looker', 'truto', 'versori'];

let mocks: StartedMocks;
let stubs: StartedStubs;
const finished: ContractResult[] = [];

beforeAll(async () => {
  const ports = Object.fromEntries(apis.map((name) => [name, 0]));
  [mocks, stubs] = await Promise.all([startMock({ ports, env: {} }), startStubs({ ports })]);
}, 30_000);

afterAll(async () => {
  await Promise.all([mocks?.close(), stubs?.close()]);
});

describe.each([
  ['the Prism mock', () => mocks.urls, { looker: false, truto: false, versori: false }],
  ['the validating stub', () => stubs.urls, { looker: true, truto: true, versori: true }],
] as const)('given %s of every API', (_server, urls, stateful) => {
  test.each(apis)(
    'given %s, it finds no breach of the contract and says whether the server keeps state',
    async (name) => {
      const result = await runContract({
        api: loadApi(name),
        baseUrl: urls()[name] as string,
        seed: 1414,
        runs: runsPerApi[name] as number,
        timeLimitMs: 30_000,
        env: {},
      });
      finished.push(result);
      expect(result.results.filter((item) => item.outcome === 'failed').map(failureLine)).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.state.stateful).toBe(stateful[name as keyof typeof stateful]);
      expect(result.results.filter((item) => item.phase === 'positive' && item.outcome === 'passed').length).toBeGreaterThan(0);
      expect(result.results.filter((item) => item.phase === 'fuzz' && item.outcome === 'passed').length).toBeGreaterThan(0);
    },
    40_000,
  );
});

test('given the six runs, it sent at least 5,000 requests between them', () => {
  expect(finished).toHaveLength(6);
  expect(finished.reduce((sum, result) => sum + result.requests, 0)).toBeGreaterThanOrEqual(5_000);
});
