import { dirname } from 'node:path';
import { type Api, exampleRequests, loadApi, operationsOf, responseExample } from '@contracts/bundles';
import { createApiMock } from '../src/mock';
import type { StartedMocks } from '../src/start';
import { apis, credentialFor, startTestMocks } from './support';

/** Counts the schemas Prism's Ajv compiles: it compiles each one the first time a request needs it. */
function countSchemaCompilations() {
  const prismDir = dirname(require.resolve('@stoplight/prism-http'));
  const { default: Ajv } = require(require.resolve('ajv/dist/core', { paths: [prismDir] })) as { default: { prototype: { compile: () => unknown } } };
  const spy = jest.spyOn(Ajv.prototype, 'compile');
  return { count: () => spy.mock.calls.length, restore: () => spy.mockRestore() };
}

/**
 * A credential every example request may use: for Looker the token of the spec's `/login` example, which the mock
 * always accepts (its `DELETE /logout` example would end a token that `/login` issued).
 */
async function credential(api: Api, baseUrl: string): Promise<string> {
  if (api.name !== 'looker') return credentialFor(api, baseUrl);
  const login = operationsOf(api.document).find((operation) => operation.operationId === 'login');
  const example = login && (responseExample(login, 200) as { access_token?: string } | undefined);
  if (!example?.access_token) throw new Error("the Looker spec's /login example shows no access_token");
  return `Bearer ${example.access_token}`;
}

describe('given a mock being built', () => {
  test("building it compiles Prism's validators (the control for the tests below)", async () => {
    const compiled = countSchemaCompilations();
    try {
      await createApiMock(loadApi('truto'), { env: {} });
      expect(compiled.count()).toBeGreaterThan(0);
    } finally {
      compiled.restore();
    }
  });
});

describe('given the mocks of every API started on free ports', () => {
  let mocks: StartedMocks;
  beforeAll(async () => {
    mocks = await startTestMocks();
  });
  afterAll(() => mocks.close());

  test.each(apis.map(({ api }) => [api.name, api] as const))(
    'the first request of every example of %s compiles no schema, because Prism compiled them all before the port opened',
    async (_name, api) => {
      const baseUrl = mocks.urls[api.name] ?? '';
      const authorization = await credential(api, baseUrl);
      const compiled = countSchemaCompilations();
      try {
        for (const example of exampleRequests(api.document, apis.find((entry) => entry.api === api)?.operations ?? [])) {
          const headers: Record<string, string> = { authorization };
          if (example.contentType) headers['content-type'] = example.contentType;
          const response = await fetch(`${baseUrl}${example.path}`, { method: example.method, headers, body: example.body });
          // Every one reaches Prism: none is refused for its credentials.
          expect([example.operationId, response.status]).not.toEqual([example.operationId, 401]);
          await response.arrayBuffer();
        }
        expect(compiled.count()).toBe(0);
      } finally {
        compiled.restore();
      }
    },
  );
});
