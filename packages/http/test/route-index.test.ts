import { RouteIndex } from '../src';

const paths = ['/hubs', '/hubs/{id}', '/hubs/{id}/health', '/hubs/me', '/{tenant}/hubs', '/files/{name}.json', '/'];

function indexOf(options: ConstructorParameters<typeof RouteIndex>[0]) {
  const index = new RouteIndex<string>(options);
  for (const path of paths) index.add(path, path);
  return index;
}

describe('given an index of OpenAPI paths that is case-sensitive and takes no trailing slash (the mock)', () => {
  const index = indexOf({ caseSensitive: true, trailingSlash: false });

  test.each([
    ['/hubs', ['/hubs']],
    ['/hubs/2', ['/hubs/{id}']],
    ['/hubs/me', ['/hubs/{id}', '/hubs/me']],
    ['/hubs/2/health', ['/hubs/{id}/health']],
    ['/acme/hubs', ['/{tenant}/hubs']],
    ['/files/report.json', ['/files/{name}.json']],
    ['/files/report', ['/files/{name}.json']],
    ['/', ['/']],
  ])('a request for %p may match %p, in the order the paths were added', (path, want) => {
    expect(index.candidates(path)).toEqual(want);
  });

  test.each(['/HUBS', '/hubs/', '/hubs//2', '/hubs/2/health/x', '/nothing', '', '/hubs/2/'])('a request for %p matches no path', (path) => {
    expect(index.candidates(path)).toEqual([]);
  });
});

describe('given an index of Express paths that ignores case and takes one trailing slash (the stub)', () => {
  const index = new RouteIndex<string>({ caseSensitive: false, trailingSlash: true });
  for (const path of ['/api/4.0/integration_hubs', '/api/4.0/integration_hubs/:integration_hub_id', '/api/4.0/login']) index.add(path, path);

  test.each([
    ['/API/4.0/Integration_Hubs', ['/api/4.0/integration_hubs']],
    ['/api/4.0/integration_hubs/', ['/api/4.0/integration_hubs']],
    ['/api/4.0/integration_hubs/2/', ['/api/4.0/integration_hubs/:integration_hub_id']],
    ['/api/4.0/integration_hubs//', []],
    ['/api/4.0/login/x', []],
  ])('a request for %p may match %p', (path, want) => {
    expect(index.candidates(path)).toEqual(want);
  });
});

describe('given an index of eight hundred paths', () => {
  test('it finds the route of the last path added, and only it, as it finds the route of the first', () => {
    const index = new RouteIndex<number>({ caseSensitive: true, trailingSlash: false });
    for (let copy = 0; copy < 800; copy++) index.add(`/copy${copy}/hubs/{id}`, copy);
    expect(index.candidates('/copy799/hubs/2')).toEqual([799]);
    expect(index.candidates('/copy0/hubs/2')).toEqual([0]);
  });
});
