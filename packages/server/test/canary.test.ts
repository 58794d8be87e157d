import { hubs } from '@contracts/vendors/looker';
import type { VersoriCredentials } from '@contracts/vendors/versori';
import request from 'supertest';
import { credentialsOf, freshStub, lookerLogin } from './support';

// Canaries: each fails if request or response validation were silently switched off.
describe('given a request the spec forbids', () => {
  test('it never reaches the handler: Versori rejects a name of the wrong type with 400', async () => {
    const stub = await freshStub('versori');
    const response = await request(stub.app)
      .put('/api/connect/v1/o/01HQ8ZK3M7V4X2N9P6R5T8W1YB/connectors/01J2F7QK9RZ8X3M5N4B6C7D8EA')
      .set('authorization', `Bearer ${credentialsOf<VersoriCredentials>(stub).apiKey}`)
      .send({ id: '01J2F7QK9RZ8X3M5N4B6C7D8EA', organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YB', name: 42, protocol: 'http', baseUrl: 'https://a.example' });
    expect(response.status).toBe(400);
  });
});

describe('given a handler response the spec forbids', () => {
  // The store is corrupted behind the API's back, so the handler answers a hub whose label is null (never null in Looker).
  const corrupt = (stub: Awaited<ReturnType<typeof freshStub>>) =>
    stub.fake.store.transaction(async (store) => {
      const hub = await store.get(hubs, '2');
      if (hub) store.put(hubs, '2', { ...hub, label: null as unknown as string });
    });

  test('it is not sent: response validation answers 500 in the vendor shape and logs the breach', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    const stub = await freshStub('looker');
    const token = await lookerLogin(stub);
    await corrupt(stub);
    const response = await request(stub.app).patch('/api/4.0/integration_hubs/2').set('authorization', `Bearer ${token}`).send({});
    expect(response.status).toBe(500);
    expect(response.body.message).toMatch(/label/);
    expect(response.body.documentation_url).toBe('https://cloud.google.com/looker/docs/r/err/4.0/500');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('PATCH /api/4.0/integration_hubs/2 failed'), expect.stringMatching(/label/));
    log.mockRestore();
  });

  test('with response validation switched off, the same response goes out (the one setting works)', async () => {
    const stub = await freshStub('looker', { validateResponses: false });
    const token = await lookerLogin(stub);
    await corrupt(stub);
    const response = await request(stub.app).patch('/api/4.0/integration_hubs/2').set('authorization', `Bearer ${token}`).send({});
    expect(response.status).toBe(200);
    expect(response.body.label).toBeNull();
  });
});
