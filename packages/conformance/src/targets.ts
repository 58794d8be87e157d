import { loadApis } from '@contracts/bundles';
import { type Control, connectControl } from '@contracts/client/control';
import { startMock } from '@contracts/mock';
import type { ApiHandlers } from '@contracts/msw';
import type { RateLimitSettings } from '@contracts/pipeline';
import { startStubs } from '@contracts/server';
import { setupServer } from 'msw/node';

/** The three servers of one contract: the validating stub, the Prism mock and the in-process MSW handlers. */
export type TargetKind = 'stub' | 'mock' | 'msw';
export const targetKinds: readonly TargetKind[] = ['stub', 'mock', 'msw'];

/** A request as a case or an SDK replay writes it: the path is below the API's base path, with its query string. */
export interface Exchange {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as is; a case's JSON body is serialised before it gets here. */
  body?: string;
  /** Gives up on the request when it aborts (a fault that never answers). */
  signal?: AbortSignal;
}

/** What came back, with header names in lower case and the body parsed when it is JSON. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  text: string;
}

/** One server of one API. */
export interface Target {
  kind: TargetKind;
  api: string;
  /** The API's base URL on this target, path included. */
  baseUrl: string;
  send(exchange: Exchange): Promise<Reply>;
  /** Forgets every change: the store seeded again from the spec's examples, issued tokens and rate counters dropped. */
  reset(): Promise<void>;
  /** Its control API: over HTTP for the stub and the mock, in-process for the MSW handlers. */
  control: Control;
}

export interface StartedTargets {
  targets: Target[];
  /** The targets of one API, by kind. */
  of(api: string): Record<TargetKind, Target>;
  close(): Promise<void>;
}

async function fetchReply(url: string, exchange: Exchange): Promise<Reply> {
  const response = await fetch(url, { method: exchange.method, headers: exchange.headers, body: exchange.body, redirect: 'manual', signal: exchange.signal });
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON after all: the case sees the text and fails on it.
    }
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), body, text };
}

export interface TargetOptions {
  /** Only these APIs (default: every API in redocly.yaml). */
  apis?: string[];
  /** The environment the servers read credentials and settings from (default: none, so every default applies). */
  env?: Record<string, string>;
  /** The rate limits of all three (default: theirs, 1000 a minute). */
  rateLimit?: RateLimitSettings;
}

/**
 * Starts, for every API, the stub and the mock on free ports of 127.0.0.1 and the MSW handlers in this process (at
 * an origin of their own, `http://msw-<api>.test`, so they never catch a request meant for the other two).
 */
export async function startTargets(options: TargetOptions = {}): Promise<StartedTargets> {
  const apis = loadApis().filter((api) => !options.apis || options.apis.includes(api.name));
  const names = apis.map((api) => api.name);
  const ports = Object.fromEntries(names.map((name) => [name, 0]));
  const env = options.env ?? {};
  const { rateLimit } = options;
  const [stubs, mocks] = await Promise.all([
    startStubs({ apis: names, ports, env, ...(rateLimit && { rateLimit }) }),
    startMock({ apis: names, ports, env, ...(rateLimit && { rateLimit }) }),
  ]);
  const mswHandlers = new Map<string, ApiHandlers<object>>();
  for (const api of apis) {
    const entry = (await import(`@contracts/msw/${api.name}`)) as { createHandlers(options: object): ApiHandlers<object> };
    mswHandlers.set(api.name, entry.createHandlers({ baseUrl: `http://msw-${api.name}.test${api.basePath}`, ...(rateLimit && { rateLimit }) }));
  }
  const msw = setupServer(...[...mswHandlers.values()].flat());
  msw.listen({ onUnhandledRequest: 'bypass' });

  const targets: Target[] = apis.flatMap((api) => {
    const stub = stubs.stubs.find((running) => running.api.name === api.name);
    const mock = mocks.mocks.find((running) => running.api.name === api.name);
    const handlers = mswHandlers.get(api.name);
    if (!stub || !mock || !handlers) throw new Error(`${api.name}: a target did not start`);
    const target = (kind: TargetKind, baseUrl: string, reset: () => Promise<void>, control: Control): Target => ({
      kind,
      api: api.name,
      baseUrl,
      send: (exchange) => fetchReply(`${baseUrl}${exchange.path}`, exchange),
      reset,
      control,
    });
    return [
      target('stub', stub.url, () => stub.stub.reset(), stub),
      target('mock', mock.url, () => mocks.reset(api.name), connectControl({ baseUrl: mock.url })),
      target('msw', `http://msw-${api.name}.test${api.basePath}`, () => handlers.reset(), handlers),
    ];
  });
  return {
    targets,
    of(api) {
      const found = targets.filter((target) => target.api === api);
      if (found.length !== targetKinds.length) throw new Error(`no targets for API ${api}`);
      return Object.fromEntries(found.map((target) => [target.kind, target])) as Record<TargetKind, Target>;
    },
    async close() {
      msw.close();
      await Promise.all([stubs.close(), mocks.close()]);
    },
  };
}
