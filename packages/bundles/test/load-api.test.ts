import { apiNames, loadApi } from '../src';

// The ports and base paths are the interface users script against (README): they must not drift.
const published = [
  ['looker', { basePath: '/api/4.0', vendorUrl: 'https://mycompany.cloud.looker.com/api/4.0', mockPort: 4010, stubPort: 3010 }],
  ['truto', { basePath: '', vendorUrl: 'https://api.truto.one', mockPort: 4011, stubPort: 3011 }],
  ['versori', { basePath: '/api/connect/v1', vendorUrl: 'https://platform.versori.com/api/connect/v1', mockPort: 4012, stubPort: 3012 }],
] as const;

describe('given the generated bundles', () => {
  test('it lists the three APIs', () => {
    expect(apiNames()).toEqual(['looker', 'truto', 'versori']);
  });

  test.each(published)('it reads the %s base path, vendor URL and local ports from the spec servers', (name, want) => {
    const api = loadApi(name);
    expect({ basePath: api.basePath, vendorUrl: api.vendorUrl, mockPort: api.mock.port, stubPort: api.stub.port }).toEqual(want);
    expect(api.mock.url).toBe(`http://127.0.0.1:${want.mockPort}${want.basePath}`);
    expect(api.stub.url).toBe(`http://127.0.0.1:${want.stubPort}${want.basePath}`);
  });

  test('it names the command to run when a bundle is missing', () => {
    expect(() => loadApi('zendesk')).toThrow(/No API "zendesk" in redocly.yaml.*run `pnpm generate`/);
  });
});
