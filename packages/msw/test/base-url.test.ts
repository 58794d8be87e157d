import { apiNamed, send, serverWith } from './support';

// Which requests a set of handlers takes: below a base path, every one; at the root of any origin, only the spec's paths.
describe.each(['looker', 'versori'])('given the MSW handlers of %s, whose base URL has a path', (name) => {
  const { api, vendor, entry } = apiNamed(name);
  serverWith(() => entry.createHandlers());

  test('any other path below the base path gets 404 in the vendor’s shape', async () => {
    const answer = await send(`${api.vendorUrl}/no/such/resource`);
    expect(answer).toMatchObject({ status: 404, body: vendor.errors.body(404, 'Not found') });
  });
});

describe('given the MSW handlers of Truto, at the root of any origin', () => {
  const { entry } = apiNamed('truto');
  serverWith(() => entry.createHandlers());

  test('a path Truto does not have is left to MSW (here onUnhandledRequest: error), not answered 404 for every host', async () => {
    const complaints = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch('https://api.truto.one/integrations')).rejects.toThrow();
    await expect(fetch('http://localhost:5173/api/orders')).rejects.toThrow();
    expect(complaints.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('GET https://api.truto.one/integrations'),
      expect.stringContaining('GET http://localhost:5173/api/orders'),
    ]);
    complaints.mockRestore();
  });
});
