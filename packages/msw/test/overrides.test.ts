import { createHandlers, handlers, http } from '../generated/looker';
import { http as trutoHttp } from '../generated/truto';
import { apiNamed, lookerLogin, send, serverWith } from './support';

const { api } = apiNamed('looker');
const hub = { id: '2', url: 'https://actions.example.com/looker', label: 'Overridden', official: true, can: {} };

describe('given the shared Looker handlers and a per-test override made with the typed `http`', () => {
  const server = serverWith(() => handlers);

  test('the override answers the request it matches, on any origin, and the handlers answer the rest', async () => {
    server.use(
      http.patch('/integration_hubs/{integration_hub_id}', ({ params, response }) =>
        params.integration_hub_id === '2' ? response(200).json(hub) : response(404).json({ message: 'gone', documentation_url: 'https://example.com/404' }),
      ),
    );
    const headers = { authorization: await lookerLogin(api.vendorUrl), 'content-type': 'application/json' };
    for (const origin of ['https://acme.cloud.looker.com', 'http://localhost:5173']) {
      const overridden = await send(`${origin}/api/4.0/integration_hubs/2`, { method: 'PATCH', headers, body: '{}' });
      expect(overridden).toMatchObject({ status: 200, body: hub });
    }
    expect((await send(`${api.vendorUrl}/integration_hubs/7`, { method: 'PATCH', headers, body: '{}' })).body).toEqual({
      message: 'gone',
      documentation_url: 'https://example.com/404',
    });
    // Not overridden: the stateful handlers still log in and create.
    expect((await send(`${api.vendorUrl}/integration_hubs`, { method: 'POST', headers, body: '{"url":"https://c.example.com/hub"}' })).status).toBe(200);
  });

  test('server.resetHandlers() drops the override', async () => {
    const headers = { authorization: await lookerLogin(api.vendorUrl), 'content-type': 'application/json' };
    const answer = await send(`${api.vendorUrl}/integration_hubs/2`, { method: 'PATCH', headers, body: '{}' });
    expect((answer.body as { label: string }).label).toBe('Northwind Actions');
  });
});

describe('given handlers narrowed to one base URL', () => {
  const narrowed = createHandlers({ baseUrl: 'https://acme.cloud.looker.com/api/4.0' });
  const server = serverWith(() => narrowed);

  test('they answer there, leave every other origin alone, and their `http` overrides at that base URL', async () => {
    const complaints = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    server.use(narrowed.http.delete('/logout', ({ response }) => response(204).empty()));
    expect((await send('https://acme.cloud.looker.com/api/4.0/logout', { method: 'DELETE' })).status).toBe(204);
    await expect(fetch('http://localhost:5173/api/4.0/logout', { method: 'DELETE' })).rejects.toThrow();
    expect(complaints).toHaveBeenCalledTimes(1);
    complaints.mockRestore();
  });
});

// Compile-time checks (pnpm typecheck): the typed `http` takes only the spec's paths, methods and bodies.
export const typeChecks = [
  // @ts-expect-error Looker's contract has no PUT /integration_hubs
  http.put('/integration_hubs', () => undefined),
  // @ts-expect-error update_integration_hub's 200 is an IntegrationHub, whose `official` is a boolean
  http.patch('/integration_hubs/{integration_hub_id}', ({ response }) => response(200).json({ official: 'yes' })),
  // @ts-expect-error 418 is not a documented status of PATCH /environment-integration/{id}
  trutoHttp.patch('/environment-integration/{id}', ({ response }) => response(418).empty()),
];

describe('given handlers moved to a path alone, as behind a dev server’s proxy', () => {
  const proxied = createHandlers({ baseUrl: '/looker-api' });
  serverWith(() => proxied);

  test('they answer at that path on any origin, and 404 below it in Looker’s shape', async () => {
    await expect(lookerLogin('http://localhost:5173/looker-api')).resolves.toMatch(/^Bearer \S+$/);
    const unknown = await send('http://localhost:5173/looker-api/dashboards/1');
    expect(unknown).toMatchObject({ status: 404, body: { message: 'Not found' } });
  });
});
