import { loadApi } from '@contracts/bundles';
import { failureLine, runContract } from '../src';
import { type FakeServer, startFakeLooker, startFakeTruto, type TrutoBreach } from './fixtures/servers';

const contractOf = (api: string, server: FakeServer, only?: string[]) =>
  runContract({ api: loadApi(api), baseUrl: server.url, seed: 7, runs: 40, timeLimitMs: 20_000, env: {}, only });

/** The operation the fake Truto is checked on (it answers GET too, which the kit reads state back with). */
const trutoOperations = ['updateEnvironmentIntegration'];

describe('given a server that honours the Truto contract', () => {
  test('it passes, so every breach below is the one the server commits', async () => {
    const server = await startFakeTruto('none');
    try {
      const result = await contractOf('truto', server, trutoOperations);
      expect(result.results.filter((item) => item.outcome === 'failed').map(failureLine)).toEqual([]);
      expect(result.state.stateful).toBe(true);
    } finally {
      await server.close();
    }
  }, 30_000);
});

describe.each<[TrutoBreach, string, RegExp]>([
  [
    'wrong-field-type',
    'a response field of the wrong type',
    /^FAIL updateEnvironmentIntegration \[positive\] example enable: PATCH \/environment-integration\/3fda2b4c-0516-41bc-8ae6-4927e42ecce9 \{"is_enabled":true\} — expected 2xx \(200\), got 200 — body\/is_enabled must be boolean at #\/components\/schemas\/EnvironmentIntegration\/properties\/is_enabled\/type$/m,
  ],
  [
    'html-on-malformed-json',
    'a 500 HTML page for malformed JSON',
    /^FAIL updateEnvironmentIntegration \[negative\] malformed JSON: PATCH .* — expected 400, got 500 — .*server error 500; answered an HTML page/m,
  ],
  [
    'accepts-wrong-types',
    'a 2xx for a body of the wrong types',
    /^FAIL updateEnvironmentIntegration \[negative\] is_enabled of the wrong type \(number\): PATCH .*\{"is_enabled":12345\} — expected 400, got 200 — an invalid request was accepted \(the request's body\/is_enabled must be boolean\) at #\/components\/schemas\/EnvironmentIntegrationUpdate\/properties\/is_enabled\/type/m,
  ],
  [
    'foreign-error-shape',
    'error bodies not in the vendor’s shape',
    /^FAIL updateEnvironmentIntegration \[negative\] no credentials: PATCH .* — expected 401, got 401 — body must have required property 'statusCode' at #\/components\/schemas\/Error\/required/m,
  ],
])('given a Truto server that commits the breach %s', (breach, what, line) => {
  test(`it exits with failures and names ${what} in one line`, async () => {
    const server = await startFakeTruto(breach);
    try {
      const result = await contractOf('truto', server, trutoOperations);
      expect(result.ok).toBe(false);
      expect(
        result.results
          .filter((item) => item.outcome === 'failed')
          .map(failureLine)
          .join('\n'),
      ).toMatch(line);
    } finally {
      await server.close();
    }
  }, 30_000);
});

describe.each([
  ['none', 'it passes', []],
  [
    'field',
    'it names the write-only field in the answer',
    [
      /^FAIL update_integration_hub \[positive\] example rotateToken: PATCH \/integration_hubs\/2 \{"authorization_token":"c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61"\} — expected 2xx \(200\), got 200 — the body repeats a value sent in a write-only field \(c1d9e4…\); body\/authorization_token is write-only and must not appear in a response at #\/components\/schemas\/IntegrationHub\/properties\/authorization_token\/writeOnly$/m,
    ],
  ],
  [
    'value',
    'it finds the write-only value under another field, in this answer and later ones',
    [
      /^FAIL update_integration_hub \[positive\] example rotateToken: PATCH \/integration_hubs\/2 .* got 200 — the body repeats a value sent in a write-only field \(c1d9e4…\)$/m,
      /^FAIL update_integration_hub \[positive\] example moveHub: PATCH \/integration_hubs\/2 \{"url":.* got 200 — the body repeats a value sent in a write-only field \(c1d9e4…\)$/m,
    ],
  ],
] as const)('given a Looker server whose hub answers leak the write-only token: %s', (leak, outcome, lines) => {
  test(outcome, async () => {
    const server = await startFakeLooker(leak);
    try {
      const result = await contractOf('looker', server, ['login', 'update_integration_hub']);
      const failures = result.results.filter((item) => item.outcome === 'failed').map(failureLine);
      expect(result.ok).toBe(lines.length === 0);
      if (lines.length === 0) expect(failures).toEqual([]);
      for (const line of lines) expect(failures.join('\n')).toMatch(line);
    } finally {
      await server.close();
    }
  }, 30_000);
});
