// The copy-paste test of the root README ("For frontend teams"), verbatim below this comment: keep them the same.
import { createHandlers, http } from '@contracts/msw/looker';
import { setupServer } from 'msw/node';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createHandlers())); // a fresh store for every test
afterAll(() => server.close());

const base = 'https://mycompany.cloud.looker.com/api/4.0';

async function authorization(): Promise<string> {
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
  });
  const { access_token } = (await login.json()) as { access_token: string };
  return `Bearer ${access_token}`;
}

test('a hub the app creates can be updated in the next request', async () => {
  const headers = { authorization: await authorization(), 'content-type': 'application/json' };
  const created = await fetch(`${base}/integration_hubs`, { method: 'POST', headers, body: JSON.stringify({ url: 'https://actions.example.com/hub' }) });
  const { id } = (await created.json()) as { id: string };
  const moved = await fetch(`${base}/integration_hubs/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ url: 'https://actions.example.com/v2' }) });
  expect(moved.status).toBe(200);
  expect(await moved.json()).toMatchObject({ id, url: 'https://actions.example.com/v2', label: 'Example Actions' });
});

test('a per-test override, typed by the spec, answers instead', async () => {
  server.use(
    http.patch('/integration_hubs/{integration_hub_id}', ({ params, response }) => response(200).json({ id: params.integration_hub_id, official: true })),
  );
  const headers = { authorization: await authorization(), 'content-type': 'application/json' };
  const hub = await fetch(`${base}/integration_hubs/2`, { method: 'PATCH', headers, body: '{}' });
  expect(await hub.json()).toEqual({ id: '2', official: true });
});

// Not part of the README's copy: the check that the copy there is this file.
test('the root README shows this test verbatim', () => {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const self = readFileSync(__filename, 'utf8').split('\n').slice(1).join('\n').split('\n// Not part of')[0] as string;
  expect(readFileSync(require.resolve('../../../README.md'), 'utf8')).toContain(self.trim());
});
