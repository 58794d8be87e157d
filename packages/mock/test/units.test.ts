import { batchedLog } from '../src/log';

describe('given the request log of the CLI', () => {
  test('it writes the lines of a burst of requests in one write, in order', () => {
    const writes: string[] = [];
    const { log, flush } = batchedLog({ write: (chunk: string) => writes.push(chunk) } as unknown as NodeJS.WritableStream);
    log('GET /a → 200');
    log('GET /b → 404');
    expect(writes).toEqual([]);
    flush();
    expect(writes).toEqual(['  GET /a → 200\n  GET /b → 404\n']);
  });
});
