import type { OpenApiDocument } from '@contracts/bundles';
import { batchedLog } from '../src/log';
import { parsePrefer } from '../src/prefer';
import { writeOnlyStripper } from '../src/write-only';

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

describe('given a schema with write-only properties behind references, allOf, arrays and maps', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    servers: [],
    paths: {},
    components: {
      schemas: {
        Secret: { type: 'string', writeOnly: true },
        Hub: {
          type: 'object',
          properties: { id: { type: 'string' }, token: { $ref: '#/components/schemas/Secret' }, key: { type: 'string', writeOnly: true } },
        },
        List: {
          type: 'object',
          properties: { hubs: { type: 'array', items: { $ref: '#/components/schemas/Hub' } } },
          additionalProperties: { $ref: '#/components/schemas/Hub' },
        },
      },
    },
  } as OpenApiDocument;

  test('it removes them at every level and keeps everything else', () => {
    const strip = writeOnlyStripper(document, { allOf: [{ $ref: '#/components/schemas/List' }] });
    const body = { hubs: [{ id: '1', token: 't', key: 'k' }], extra: { id: '2', key: 'k' }, note: null };
    expect(strip(body)).toEqual({ hubs: [{ id: '1' }], extra: { id: '2' }, note: null });
  });

  test('a schema without write-only properties leaves the body as it is', () => {
    const body = { a: 1 };
    expect(writeOnlyStripper(document, { type: 'object', properties: { a: { type: 'integer' } } })(body)).toBe(body);
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
