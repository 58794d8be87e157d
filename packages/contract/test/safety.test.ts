import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadApi } from '@contracts/bundles';
import { runContract } from '../src';
import { isLoopback } from '../src/http';

describe('given a target URL', () => {
  test.each([
    ['http://127.0.0.1:3010/api/4.0', true],
    ['http://127.200.3.4:8080', true],
    ['http://localhost:3011', true],
    ['http://[::1]:3012/api/connect/v1', true],
    ['http://[::ffff:127.0.0.1]:3012', true],
    ['https://api.truto.one', false],
    ['http://10.0.0.5:3010', false],
    ['http://192.168.1.20', false],
    ['http://[2001:db8::1]/', false],
    ['http://localhost.example.com', false],
  ])('given %s, it counts it as on this machine: %s', (url, loopback) => {
    expect(isLoopback(new URL(url))).toBe(loopback);
  });
});

describe('given a target that is not on this machine and no --allow-writes', () => {
  // 192.0.2.0/24 is reserved for documentation: the run must send it nothing, given only Truto's writes.
  test('it sends no write, skips each write case saying why, and passes', async () => {
    const writes = ['createEnvironmentIntegration', 'updateEnvironmentIntegration', 'deleteEnvironmentIntegration'];
    const result = await runContract({ api: loadApi('truto'), baseUrl: 'http://192.0.2.1', seed: 1, runs: 10, timeLimitMs: 5_000, env: {}, only: writes });
    expect(result.requests).toBe(0);
    expect(result.writesAllowed).toBe(false);
    expect(result.ok).toBe(true);
    const reasons = new Set(result.results.map((item) => item.reason));
    // The lifecycle invariant is skipped too: without writes the kit cannot find out whether the target keeps state.
    expect([...reasons].sort()).toEqual([
      'a write, and the target is not on this machine: pass --allow-writes to send writes',
      'the target keeps no state (or the kit could not find out)',
    ]);
    expect(result.state.how).toBe('not probed: a read-only run (the probe writes)');
  });
});

describe('given a base URL where nothing listens', () => {
  test('it stops after the examples and says what to do, instead of a failure per case', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    await expect(runContract({ api: loadApi('truto'), baseUrl: `http://127.0.0.1:${port}`, seed: 1, runs: 5, timeLimitMs: 5_000, env: {} })).rejects.toThrow(
      `nothing answered at http://127.0.0.1:${port} (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}): start the server, or correct --base-url (base path included)`,
    );
  });
});
