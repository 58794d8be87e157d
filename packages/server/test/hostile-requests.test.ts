import { gzipSync } from 'node:zlib';
import { parameterExample } from '@contracts/bundles';
import { type StartedMocks, startMock } from '@contracts/mock';
import type { MemoryStore } from '@contracts/vendors';
import { vendor as looker } from '@contracts/vendors/looker';
import fc from 'fast-check';
import request from 'supertest';
import { createStubApp } from '../src/app';
import { resolveOptions } from '../src/options';
import { type StartedStubs, startStubs } from '../src/start';
import { apis, authorizationFor, problemsOf, type RawRequest, send, writeOnlyNames } from './hostile';

// The promise to users: bad input gets a clear 4xx in the vendor's shape, never a 500, a stack trace or HTML, and a
// request that fails changes nothing stored. Both servers, every API, real sockets.
jest.setTimeout(120_000);

interface Target {
  kind: 'stub' | 'mock';
  api: (typeof apis)[number];
  origin: string;
  authorization: string;
  /** The stub's store, serialised; undefined for the stateless mock. */
  snapshot?: () => string;
}

let stubs: StartedStubs;
let mocks: StartedMocks;
const targets: Target[] = [];

beforeAll(async () => {
  const ports = Object.fromEntries(apis.map(({ api }) => [api.name, 0]));
  stubs = await startStubs({ ports });
  mocks = await startMock({ ports, env: {} });
  for (const entry of apis) {
    const stub = stubs.stubs.find((running) => running.api.name === entry.api.name);
    const mock = mocks.mocks.find((running) => running.api.name === entry.api.name);
    if (!stub || !mock) throw new Error(`no stub or mock of ${entry.api.name}`);
    const stubOrigin = new URL(stub.url).origin;
    const mockOrigin = new URL(mock.url).origin;
    const store = stub.stub.fake.store as MemoryStore;
    targets.push({
      kind: 'stub',
      api: entry,
      origin: stubOrigin,
      authorization: await authorizationFor(entry.api, stubOrigin),
      snapshot: () => store.snapshot(),
    });
    targets.push({ kind: 'mock', api: entry, origin: mockOrigin, authorization: await authorizationFor(entry.api, mockOrigin) });
  }
});

afterAll(async () => {
  await stubs?.close();
  await mocks?.close();
});

const targetOf = (kind: Target['kind'], name: string) => targets.find((target) => target.kind === kind && target.api.api.name === name) as Target;
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const deep = (levels: number) => Buffer.from(`{"override":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`);
const truto = '/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9';

// The six cases found by sending 6,000 hostile requests to both servers, each once a 500 or worse.
const reported: Array<[string, string, (target: Target) => RawRequest, number[]]> = [
  [
    'a hub url with a port out of range',
    'looker',
    () => ({ method: 'POST', path: '/api/4.0/integration_hubs', body: json({ url: 'http://example.com:99999/x' }) }),
    [422],
  ],
  [
    'a hub url with an impossible IPv4 host',
    'looker',
    () => ({ method: 'PATCH', path: '/api/4.0/integration_hubs/2', body: json({ url: 'http://999.999.999.999/' }) }),
    [422],
  ],
  [
    'a hub url with a NUL in the host',
    'looker',
    () => ({ method: 'PATCH', path: '/api/4.0/integration_hubs/2', body: json({ url: 'http://exa\u0000mple.com/' }) }),
    [422],
  ],
  ['a JSON content type with no body at all (hub)', 'looker', () => ({ method: 'PATCH', path: '/api/4.0/integration_hubs/2' }), [422]],
  ['a JSON content type with no body at all (API3 key)', 'looker', () => ({ method: 'PATCH', path: '/api/4.0/users/17/credentials_api3/5' }), [422]],
  ['a JSON content type with no body at all (Truto)', 'truto', () => ({ method: 'PATCH', path: truto }), [400]],
  ['an override nested 5,000 levels deep', 'truto', () => ({ method: 'PATCH', path: truto, body: deep(5000) }), [413]],
  ['a request line over 16 KB', 'looker', () => ({ method: 'GET', path: `/api/4.0/integration_hubs?fields=${'a'.repeat(17_000)}` }), [431]],
  ...['%zz', '%ff', '%c0%ae'].map((sequence): (typeof reported)[number] => [
    `malformed percent-encoding ${sequence} in a path parameter`,
    'looker',
    () => ({ method: 'PATCH', path: `/api/4.0/integration_hubs/${sequence}`, body: json({}) }),
    [400, 404],
  ]),
  ['a target that starts with //', 'looker', () => ({ method: 'GET', path: '//a:99999/x' }), [404]],
];

describe.each(['stub', 'mock'] as const)('given the %s', (kind) => {
  test.each(reported)('%s gets a documented 4xx in the vendor’s shape, and changes nothing', async (_name, api, build, statuses) => {
    const target = targetOf(kind, api);
    const before = target.snapshot?.();
    const raw = await send(target.origin, withDefaults(target, build(target)));
    expect(statuses).toContain(raw.status);
    expect(problemsOf(raw, target.api.isVendorError)).toEqual([]);
    expect(target.snapshot?.()).toEqual(before);
  });

  test('after the deep override, a later update of the same integration still succeeds: nothing was stored', async () => {
    const target = targetOf(kind, 'truto');
    await send(target.origin, withDefaults(target, { method: 'PATCH', path: truto, body: deep(5000) }));
    const after = await send(target.origin, withDefaults(target, { method: 'PATCH', path: truto, body: json({}) }));
    expect(after.status).toBe(200);
  });
});

/** Adds what every request carries unless the case says otherwise: the credential and a JSON content type. */
function withDefaults(target: Target, raw: RawRequest): RawRequest {
  return { ...raw, headers: { authorization: target.authorization, 'content-type': 'application/json', ...raw.headers } };
}

describe('given a handler that fails after it wrote (a failure injected after validation)', () => {
  test('the stub answers 500 in the vendor’s shape without the error’s message, and the store keeps its old state', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = apis.find((entry) => entry.api.name === 'looker')?.api;
    if (!api) throw new Error('no Looker API');
    const original = looker.operationHandlers.update_integration_hub;
    const failing = {
      ...looker,
      operationHandlers: {
        ...looker.operationHandlers,
        update_integration_hub: async (input: unknown, context: unknown) => {
          await original?.(input, context);
          throw new Error('injected after the write, at /secret/path/handler.ts');
        },
      },
    };
    const stub = await createStubApp(api, resolveOptions({}, {}), undefined, failing);
    const store = stub.fake.store as MemoryStore;
    const { access_token: token } = (await request(stub.app).post('/api/4.0/login').type('form').send(lookerCredentials())).body as { access_token: string };
    const before = store.snapshot();
    const answer = await request(stub.app)
      .patch('/api/4.0/integration_hubs/2')
      .set('authorization', `Bearer ${token}`)
      .send({ url: 'https://moved.example.org/hub' });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual(looker.errors.body(500, 'The stub failed; its log has the details'));
    expect(store.snapshot()).toEqual(before);
    log.mockRestore();
  });
});

function lookerCredentials() {
  return { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' };
}

// ---- The property-based suite: hostile requests of every kind, a fixed seed, a bounded number of runs. ----

const hostileSegments = ['%zz', '%ff', '%c0%ae', '%00', '..', '%2e%2e', 'a%2Fb', '%E0%A4%A', 'x'.repeat(600), '%F0%9F%A6%84', "'", '%3Cscript%3E'];
const hostileQueries = [
  '',
  '?fields=a&fields=b',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
  '?%zz=1',
  '?a=%ff',
  `?q=${'x'.repeat(3000)}`,
  '?fields',
];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  undefined,
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND', 'FOO'];
/** Every write-only value the suite sends carries this, so a response that repeats one is easy to spot. */
const secretMark = 'wo-7f3a9c';

const hostileBodies: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .constantFrom(
      '',
      '{',
      'null',
      '[]',
      '"x"',
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
      '{"is_enabled":1e309,"name":1e309}',
      '{"name":"\\u0000\\ud800\\u202e"}',
      `{"name":"${'x'.repeat(70_000)}"}`,
      `[${'1,'.repeat(20_000)}1]`,
      '{"a":1,"a":2}',
    )
    .map((text) => Buffer.from(text)),
  fc.integer({ min: 60, max: 3000 }).map((levels) => deep(levels)),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }).map(json),
);

interface Hostile {
  target: number;
  operation: number;
  segment: string | undefined;
  query: string;
  method: string | undefined;
  contentType: string | undefined;
  authorization: 'valid' | 'none' | 'garbage';
  body: Buffer | undefined;
  writeOnly: boolean;
  gzip: 'none' | 'gzip' | 'bomb' | 'garbage';
  chunked: boolean;
}

const hostile: fc.Arbitrary<Hostile> = fc.record({
  target: fc.nat(),
  operation: fc.nat(),
  segment: fc.option(fc.constantFrom(...hostileSegments), { nil: undefined }),
  query: fc.constantFrom(...hostileQueries),
  method: fc.option(fc.constantFrom(...methods), { nil: undefined, freq: 3 }),
  contentType: fc.constantFrom(...contentTypes),
  authorization: fc.constantFrom('valid', 'valid', 'none', 'garbage'),
  body: hostileBodies,
  writeOnly: fc.boolean(),
  gzip: fc.constantFrom('none', 'none', 'none', 'gzip', 'bomb', 'garbage'),
  chunked: fc.boolean(),
});

/** The request a hostile case describes, built on one of the target's operations. */
function build(target: Target, hostileCase: Hostile): RawRequest {
  const { api, operations } = target.api;
  const operation = operations[hostileCase.operation % operations.length];
  if (!operation) throw new Error(`${api.name} has no operations`);
  let replaced = false;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (hostileCase.segment !== undefined && !replaced) {
      replaced = true;
      return hostileCase.segment;
    }
    const parameter = operation.parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    return encodeURIComponent(String(parameter ? parameterExample(api.document, parameter) : name));
  });
  let body = hostileCase.body;
  if (hostileCase.writeOnly) {
    // A valid-looking body whose write-only fields carry the mark (Looker's hub token, its login secret).
    const fields = Object.fromEntries(writeOnlyNames(api.document).map((name) => [name, `${secretMark}-${name}`]));
    body = json({ ...(body && body.length < 1000 ? safeParse(body) : {}), ...fields });
  }
  const headers: Record<string, string> = {};
  if (hostileCase.authorization === 'valid') headers.authorization = target.authorization;
  if (hostileCase.authorization === 'garbage') headers.authorization = 'Bearer \u00ff\u00fe garbage';
  if (hostileCase.contentType) headers['content-type'] = hostileCase.contentType;
  if (body && hostileCase.gzip !== 'none') {
    headers['content-encoding'] = 'gzip';
    // A bomb: 16 MiB of zeros in about 16 KB, over every body limit once inflated.
    body = hostileCase.gzip === 'bomb' ? gzipSync(Buffer.alloc(16 * 1024 * 1024)) : hostileCase.gzip === 'gzip' ? gzipSync(body) : Buffer.from('not gzip');
  }
  return {
    method: hostileCase.method ?? operation.method.toUpperCase(),
    path: `${api.basePath}${path}${hostileCase.query}`,
    headers,
    body,
    chunked: hostileCase.chunked,
  };
}

function safeParse(body: Buffer): Record<string, unknown> {
  try {
    const value = JSON.parse(body.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

describe('given hostile requests of every kind to every API of both servers (fast-check, seed 20261204, 400 runs)', () => {
  test('none gets a 5xx, every answer is JSON, every error is in the vendor’s shape, nothing internal or write-only comes back, and a refused request leaves the store as it was', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (hostileCase) => {
        const target = targets[hostileCase.target % targets.length] as Target;
        const before = target.snapshot?.();
        const raw = await send(target.origin, build(target, hostileCase));
        const problems = problemsOf(raw, target.api.isVendorError);
        if (raw.text.includes(secretMark)) problems.push('a write-only value came back');
        if (raw.status >= 400 && target.snapshot && target.snapshot() !== before) problems.push('a refused request changed the store');
        if (({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype was polluted');
        if (problems.length > 0)
          throw new Error(`${target.kind} ${target.api.api.name} answered ${raw.status}: ${problems.join('; ')}\n${raw.text.slice(0, 300)}`);
      }),
      { seed: 20261204, numRuns: 400, endOnFailure: true },
    );
  });
});
