import { createServer } from 'node:net';
import { loadApi } from '@contracts/bundles';
import { portFor, startMock } from '../src/start';

describe('given no port option', () => {
  test('each API listens on the port of its x-local mock server in the spec', () => {
    const api = loadApi('looker');
    expect(portFor(api, { env: {} })).toBe(api.mock.port);
  });

  test('the <NAME>_MOCK_PORT variable overrides it, and an option overrides both', () => {
    const api = loadApi('versori');
    expect(portFor(api, { env: { VERSORI_MOCK_PORT: '5012' } })).toBe(5012);
    expect(portFor(api, { env: { VERSORI_MOCK_PORT: '5012' }, ports: { versori: 6012 } })).toBe(6012);
    expect(() => portFor(api, { env: { VERSORI_MOCK_PORT: 'x' } })).toThrow('VERSORI_MOCK_PORT=x is not a port');
  });
});

describe('given a port that is already in use', () => {
  test('starting fails with the option and variable that pick another port, and nothing is left listening', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startMock({ env: {}, ports: { looker: 0, truto: port, versori: 0 } })).rejects.toThrow(/--truto-port or TRUTO_MOCK_PORT/);
    } finally {
      blocker.close();
    }
  });
});
