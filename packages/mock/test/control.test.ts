import { parseFaultList } from '@contracts/pipeline';
import { startApiMock, startMock } from '../src/start';

// The mock's control API (the conformance table runs every fault row against it too): the faults of a whole run, as
// `pnpm mock --faults` gives them, and fixtures, which a mock that keeps no state refuses.
describe('given the mocks of a run started with faults', () => {
  test('the faults are in force from the start, each on the API that has its operation, and spent after their calls', async () => {
    const mocks = await startMock({ apis: ['looker', 'truto'], ports: { looker: 0, truto: 0 }, faults: parseFaultList('login=429x1,*=latency:1') });
    try {
      const login = () =>
        fetch(`${mocks.urls.looker}/login`, {
          method: 'POST',
          body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
        });
      const limited = await login();
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '42']);
      expect((await login()).status).toBe(200);
      const truto = await fetch(`${mocks.urls.truto}/__contracts/faults`);
      expect(((await truto.json()) as Array<{ operationId: string }>).map((fault) => fault.operationId)).toEqual(['*']);
    } finally {
      await mocks.close();
    }
  });

  test('a fault for an operation no API started has, and fixtures, stop the start with the reason', async () => {
    await expect(startMock({ apis: ['truto'], ports: { truto: 0 }, faults: parseFaultList('login=429') })).rejects.toThrow(
      '--faults: no API started has an operation login (started: truto)',
    );
    await expect(startMock({ apis: ['looker'], ports: { looker: 0 }, fixtures: { integration_hubs: [] } })).rejects.toThrow(
      /--fixtures: looker refuses them: The mock answers from the spec's examples and keeps no state/,
    );
  });

  test('startApiMock by name serves the control API as typed methods, and the journal records what the mock answered', async () => {
    const versori = await startApiMock('versori', { port: 0 });
    try {
      await versori.faults.add('ListConnectors', { status: 401 });
      const listed = await fetch(`${versori.url}/o/01HQ8ZK3M7V4X2N9P6R5T8W1YB/connectors`, { headers: { authorization: 'Bearer versori-local-api-key' } });
      expect(listed.status).toBe(401);
      expect((await versori.requests('ListConnectors')).map((entry) => [entry.status, entry.headers.authorization])).toEqual([[401, 'Bearer ***']]);
    } finally {
      await versori.close();
    }
  });
});
