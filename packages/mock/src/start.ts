import { type Api, loadApi, loadApis } from '@contracts/bundles';
import { type Control, connectControl } from '@contracts/client/control';
import { applyRunSettings, listen, portFor, type RunSettings, servesControl } from '@contracts/http';
import { type CorsOrigins, MemoryControlStore, type Pipeline, type RateLimitSettings } from '@contracts/pipeline';
import { parseBodyLimits } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import { createApiMock } from './mock';

export interface MockStartOptions extends RunSettings {
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
  /** Serve the control API at `/__contracts/` even off loopback (`--control`; on loopback it is always served). */
  control?: boolean;
  /** The bearer token the control API requires (`--control-token`; default `CONTRACTS_CONTROL_TOKEN`, else none). */
  controlToken?: string;
  /** Faults may answer statuses their operation does not document (`--allow-undocumented-faults`). */
  allowUndocumentedFaults?: boolean;
}

export interface RunningMock {
  api: Api;
  port: number;
  /** Base URL of the API on this mock, e.g. `http://127.0.0.1:4010/api/4.0`. */
  url: string;
  pipeline: Pipeline;
}

export interface StartedMocks {
  mocks: ApiMockServer[];
  /** Forgets what the mock of API `name` remembers: the tokens it issued. */
  reset(name: string): Promise<void>;
  /** Base URL per API name. */
  urls: Record<string, string>;
  close(): Promise<void>;
}

/** The environment variable that sets the port of an API's mock, e.g. `LOOKER_MOCK_PORT`. */
export const portVariable = (name: string) => `${name.toUpperCase()}_MOCK_PORT`;

/** A mock of one API that listens, with its control API over HTTP (`looker.faults.add(…)`, `looker.requests(…)`). */
export type ApiMockServer = RunningMock &
  Control & {
    /**
     * Serves `next`, a new revision of this API's contract, from now on: on the same port, with the same faults,
     * journal and issued tokens. A request under way finishes on the contract it started on.
     */
    swap(next: Api): Promise<void>;
    close(): Promise<void>;
  };

/**
 * Starts the mock of one API (an `Api`, or its name: `startApiMock('looker', { port: 0 })`) on `port` (0 picks a free
 * one; default `<NAME>_MOCK_PORT`, else the spec's) and `host` (default 127.0.0.1); resolves once it listens.
 */
export async function startApiMock(
  api: Api | string,
  options: Pick<MockStartOptions, 'dynamic' | 'log' | 'rateLimit' | 'corsOrigins' | 'control' | 'controlToken' | 'allowUndocumentedFaults'> & {
    port?: number;
    host?: string;
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<ApiMockServer> {
  const mocked = typeof api === 'string' ? loadApi(api) : api;
  const env = options.env ?? process.env;
  const host = options.host ?? '127.0.0.1';
  const port = portFor(options.port, portVariable(mocked.name), env, mocked.mock.port);
  const controlToken = options.controlToken ?? (env.CONTRACTS_CONTROL_TOKEN || undefined);
  const bodyLimits = parseBodyLimits('MOCK_BODY_LIMITS=', env.MOCK_BODY_LIMITS);
  // Faults and the journal outlive a swap of the contract.
  const controlStore = new MemoryControlStore();
  const settings = {
    dynamic: options.dynamic,
    env,
    bodyLimits,
    log: options.log,
    ...(options.rateLimit && { rateLimit: options.rateLimit }),
    ...(options.corsOrigins && { corsOrigins: options.corsOrigins }),
    control: servesControl(host, options.control),
    ...(controlToken && { controlToken }),
    ...(options.allowUndocumentedFaults && { allowUndocumentedFaults: true }),
    controlStore,
  };
  let listener = await createApiMock(mocked, settings);
  const listening = await listen(
    // The mock of the request's arrival answers it, so a swap never changes a request under way.
    (request, response) => listener(request, response),
    port,
    host,
    `Port ${port} for the ${mocked.title} mock is in use: stop what uses it, or pick another port with --${mocked.name}-port or ${portVariable(mocked.name)}`,
    (status, message) => vendorOf(mocked.name).errors.body(status, message),
  );
  const url = `${listening.origin}${mocked.basePath}`;
  return {
    get api() {
      return listener.pipeline.api;
    },
    port: listening.port,
    url,
    get pipeline() {
      return listener.pipeline;
    },
    ...connectControl({ baseUrl: url, ...(controlToken && { token: controlToken }) }),
    async swap(next) {
      listener = await createApiMock(next, { ...settings, exampleRules: listener.pipeline.exampleRules });
    },
    close: listening.close,
  };
}

/** Starts one mock server per API; resolves once all listen. */
export async function startMock(options: MockStartOptions = {}): Promise<StartedMocks> {
  const apis = options.apis ? options.apis.map(loadApi) : loadApis();
  const host = options.host ?? '127.0.0.1';
  const env = options.env ?? process.env;
  const started: ApiMockServer[] = [];
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
          control: options.control,
          controlToken: options.controlToken,
          allowUndocumentedFaults: options.allowUndocumentedFaults,
        }),
      );
    }
    await applyRunSettings(
      started.map((mock) => mock.pipeline),
      options,
    );
  } catch (error) {
    await close();
    throw error;
  }
  return {
    mocks: started,
    urls: Object.fromEntries(started.map((mock) => [mock.api.name, mock.url])),
    async reset(name) {
      const mock = started.find((candidate) => candidate.api.name === name);
      if (!mock) throw new Error(`no mock of API ${name} was started`);
      await mock.reset();
    },
    close,
  };
}
