import { batchedLog } from '../src/log';
import { parsePrefer } from '../src/prefer';

describe('given a Prefer header', () => {
  test('it reads code, example and dynamic, separated by commas or semicolons, quoted or not', () => {
    expect(parsePrefer('code=404, example="unknownId"')).toEqual({ code: 404, example: 'unknownId' });
    expect(parsePrefer('dynamic=true; code=200')).toEqual({ dynamic: true, code: 200 });
    expect(parsePrefer(undefined)).toEqual({});
  });

  test('a code that is not three digits is kept as NaN, so the mock can refuse it', () => {
    expect(parsePrefer('code=abc').code).toBeNaN();
  });
});

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
