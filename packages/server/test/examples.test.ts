import { exampleRequests, loadApi, operationsOf } from '@contracts/bundles';
import request from 'supertest';
import type { StubApp } from '../src/app';
import { expectMatchesSpec, freshStub } from './support';

describe.each(['looker', 'truto', 'versori'])('given a fresh %s stub', (name) => {
  const api = loadApi(name);
  const examples = exampleRequests(api.document, operationsOf(api.document));
  // One app per API, its store seeded afresh before each example: what a new stub would hold, without building one.
  let fresh: StubApp;
  beforeAll(async () => {
    fresh = await freshStub(name);
  });
  beforeEach(() => fresh.reset());

  test('the spec has example requests to replay', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  test.each(examples.map((example) => [`${example.operationId} (${example.name})`, example] as const))(
    'it answers the example request %s with a documented 2xx that matches the spec',
    async (_title, example) => {
      const authorization = await fresh.vendor.warmUpAuthorization(fresh.fake.store, fresh.fake.credentials);
      let call = request(fresh.app)[example.method.toLowerCase() as 'patch'](`${fresh.api.basePath}${example.path}`);
      if (!example.anonymous) call = call.set('authorization', authorization);
      if (example.contentType) call = call.set('content-type', example.contentType).send(example.body);
      const response = await call;
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      if (response.status !== 204) expectMatchesSpec(fresh.api, example.operationId, response.status, response.body);
    },
  );
});
