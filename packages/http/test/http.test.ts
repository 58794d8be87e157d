import { listen, parsePort, portFor } from '../src';

describe('given a port from a flag or a variable', () => {
  test.each([
    ['8080', 8080],
    ['0', 0],
    ['', undefined],
    [undefined, undefined],
  ])('it reads %p as %p', (raw, want) => {
    expect(parsePort('--port', raw)).toBe(want);
  });

  test.each(['80a', '-1', '65536', '3.5'])('it refuses %p, naming where it came from and what to give', (raw) => {
    expect(() => parsePort('--looker-port', raw)).toThrow(`--looker-port ${raw} is not a port; give a number from 0 to 65535`);
  });

  test('the option wins over the variable, which wins over the spec', () => {
    expect(portFor(1, 'X_PORT', { X_PORT: '2' }, 3)).toBe(1);
    expect(portFor(undefined, 'X_PORT', { X_PORT: '2' }, 3)).toBe(2);
    expect(portFor(undefined, 'X_PORT', {}, 3)).toBe(3);
    expect(() => portFor(undefined, 'X_PORT', { X_PORT: 'x' }, 3)).toThrow('X_PORT=x is not a port; give a number from 0 to 65535');
  });
});

describe('given a server listening on a free port', () => {
  test('a second one on the same port fails with the message that says what to do', async () => {
    const first = await listen((_req, res) => res.end('ok'), 0, '127.0.0.1');
    try {
      expect(first.origin).toBe(`http://127.0.0.1:${first.port}`);
      expect(await (await fetch(first.origin)).text()).toBe('ok');
      await expect(listen(() => {}, first.port, '127.0.0.1', 'stop what uses it or pass --port')).rejects.toThrow('stop what uses it or pass --port');
    } finally {
      await first.close();
    }
  });
});
