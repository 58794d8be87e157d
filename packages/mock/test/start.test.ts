import { createServer } from 'node:net';
import { loadApi } from '@contracts/bundles';
import { portFor } from '@contracts/http';
import { portVariable, startMock } from '../src/start';

describe('given no port option', () => {
  test('each API listens on the port of its x-local mock server in the spec', () => {
    const api = loadApi('looker');
    expect(portFor(undefined, portVariable(api.name), {}, api.mock.port)).toBe(api.mock.port);
  });

  test('the <NAME>_MOCK_PORT variable overrides it, and an option overrides both', () => {
    const api = loadApi('versori');
    const env = { VERSORI_MOCK_PORT: '5012' };
    expect(portFor(undefined, portVariable(api.name), env, api.mock.port)).toBe(5012);
    expect(portFor(6012, portVariable(api.name), env, api.mock.port)).toBe(6012);
    expect(() => portFor(undefined, portVariable(api.name), { VERSORI_MOCK_PORT: 'x' }, api.mock.port)).toThrow('VERSORI_MOCK_PORT=x is not a port');
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
