import { createHandlers } from '@contracts/msw/looker';
import { setupServer } from 'msw/node';

// The control of the MSW handlers, in-process: the same faults, journal and fixtures the stub serves at /__contracts/
// (the conformance table runs the faults against all three), without an HTTP round trip.
const base = 'https://mycompany.cloud.looker.com/api/4.0';
const handlers = createHandlers();
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function authorization(): Promise<string> {
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
  });
  return `Bearer ${((await login.json()) as { access_token: string }).access_token}`;
}

test('a fault, the journal and fixtures, in-process: a dropped connection, a 429, then the fixture hub, each in the journal', async () => {
  await handlers.fixtures.load({ integration_hubs: [{ id: '7', url: 'https://actions.fixture.io/hub' }] });
  const headers = { authorization: await authorization() };
  await handlers.faults.add('all_integration_hubs', { kind: 'reset', times: 1 });
  await handlers.faults.add('all_integration_hubs', { status: 429, times: 1, retryAfterSeconds: 0 });
  await handlers.clearRequests();

  await expect(fetch(`${base}/integration_hubs`, { headers })).rejects.toThrow(TypeError);
  const limited = await fetch(`${base}/integration_hubs`, { headers });
  expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '0']);
  const listed = await fetch(`${base}/integration_hubs`, { headers });
  expect(await listed.json()).toEqual([expect.objectContaining({ id: '7', label: 'Fixture Actions' })]);

  expect((await handlers.requests('all_integration_hubs')).map((entry) => [entry.status, entry.interrupted, entry.headers.authorization])).toEqual([
    [null, 'reset', 'Bearer ***'],
    [429, undefined, 'Bearer ***'],
    [200, undefined, 'Bearer ***'],
  ]);
  expect(await handlers.faults.list()).toEqual([]);
});
