import type { StartedMocks } from '../src/start';
import { apis, call, credentialFor, examplePath, startTestMocks } from './support';

let mocks: StartedMocks;
beforeAll(async () => {
  mocks = await startTestMocks();
});
afterAll(() => mocks.close());

// A browser app served by a dev server on another localhost port.
const origin = 'http://localhost:5173';

describe.each(apis)('given a browser app calling the $api.title mock from another origin', ({ api, operations }) => {
  describe.each(operations)('and its $operationId', (operation) => {
    test('the preflight allows the method and the Authorization, Content-Type and Prefer headers', async () => {
      const response = await fetch(`${mocks.urls[api.name]}${examplePath(api, operation)}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': operation.method.toUpperCase(),
          'access-control-request-headers': 'authorization,content-type,prefer',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-methods')).toContain(operation.method.toUpperCase());
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type,prefer');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    });

    test('the answer allows the origin and exposes the documented response headers', async () => {
      const authorization = await credentialFor(api, mocks.urls[api.name] as string);
      const answer = await call(api, mocks.urls[api.name] as string, operation, { authorization, origin });
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      const documented = [...operation.responses.values()].flatMap((response) => Object.keys(response.headers));
      for (const header of documented) expect(answer.headers.get('access-control-expose-headers')).toContain(header);
    });
  });
});
