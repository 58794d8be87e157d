import { type Api, loadApi, loadApis } from '@contracts/bundles';
import { listen, portFor } from '@contracts/http';
import type { CorsOrigins, RateLimitSettings } from '@contracts/pipeline';
import { parseBodyLimits } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import { createApiMock } from './mock';

export interface MockStartOptions {
  /** Names of the APIs to mock (default: every API in redocly.yaml). */
  apis?: string[];
  /** Port per API name; 0 picks a free port. Default: `<NAME>_MOCK_PORT`, else the spec's `x-local: mock` server. */
  ports?: Record<string, number>;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Generate answers from the schemas instead of the named examples. */
  dynamic?: boolean;
  /** Where credentials and ports are read from (default: `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Called with one line per answered request. */
  log?: (line: string) => void;
  /** Limits of the operations that document 429 (default: 1000 a minute per caller). */
  rateLimit?: RateLimitSettings;
  /** The origins browser apps may call from (default: any). */
  corsOrigins?: CorsOrigins;
}

export interface RunningMock {
  api: Api;
  port: number;
  /** Base URL of the API on this mock, e.g. `http://127.0.0.1:4010/api/4.0`. */
  url: string;
}

export interface StartedMocks {
  mocks: RunningMock[];
  /** Forgets what the mock of API `name` remembers: the tokens it issued. */
  reset(name: string): Promise<void>;
  /** Base URL per API name. */
  urls: Record<string, string>;
  close(): Promise<void>;
}

/** The environment variable that sets the port of an API's mock, e.g. `LOOKER_MOCK_PORT`. */
export const portVariable = (name: string) => `${name.toUpperCase()}_MOCK_PORT`;

/** Starts the mock of one API on `port` (0 picks a free one); resolves once it listens. */
export async function startApiMock(
  api: Api,
  options: Pick<MockStartOptions, 'dynamic' | 'log' | 'rateLimit' | 'corsOrigins'> & { port: number; host: string; env: NodeJS.ProcessEnv },
): Promise<RunningMock & { close(): Promise<void>; reset(): Promise<void> }> {
  const { port, env } = options;
  const bodyLimits = parseBodyLimits('MOCK_BODY_LIMITS=', env.MOCK_BODY_LIMITS);
  const listener = await createApiMock(api, {
    dynamic: options.dynamic,
    env,
    bodyLimits,
    log: options.log,
    ...(options.rateLimit && { rateLimit: options.rateLimit }),
    ...(options.corsOrigins && { corsOrigins: options.corsOrigins }),
  });
  const listening = await listen(
    listener,
    port,
    options.host,
    `Port ${port} for the ${api.title} mock is in use: stop what uses it, or pick another port with --${api.name}-port or ${portVariable(api.name)}`,
    (status, message) => vendorOf(api.name).errors.body(status, message),
  );
  return { api, port: listening.port, url: `${listening.origin}${api.basePath}`, close: listening.close, reset: listener.reset };
}

/** Starts one mock server per API; resolves once all listen. */
export async function startMock(options: MockStartOptions = {}): Promise<StartedMocks> {
  const apis = options.apis ? options.apis.map(loadApi) : loadApis();
  const host = options.host ?? '127.0.0.1';
  const env = options.env ?? process.env;
  const started: Array<Awaited<ReturnType<typeof startApiMock>>> = [];
  const close = async () => {
    await Promise.all(started.map((mock) => mock.close()));
  };
  try {
    for (const api of apis) {
      const port = portFor(options.ports?.[api.name], portVariable(api.name), env, api.mock.port);
      started.push(
        await startApiMock(api, {
          port,
          host,
          env,
          dynamic: options.dynamic,
          log: options.log,
          rateLimit: options.rateLimit,
          corsOrigins: options.corsOrigins,
        }),
      );
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    mocks: started.map(({ api, port, url }) => ({ api, port, url })),
    urls: Object.fromEntries(started.map((mock) => [mock.api.name, mock.url])),
    async reset(name) {
      const mock = started.find((candidate) => candidate.api.name === name);
      if (!mock) throw new Error(`no mock of API ${name} was started`);
      await mock.reset();
    },
    close,
  };
}
