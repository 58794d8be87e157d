import { type Api, loadApi, loadApis } from '@contracts/bundles';
import { localCredentials } from '@contracts/credentials';
import { responseHeaderNames } from './document';
import { createApiMock } from './mock';
import { listen } from './server';

export interface StartOptions {
  /** Names of the APIs to mock (default: every bundled API). */
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
}

export interface RunningMock {
  api: Api;
  port: number;
  /** Base URL of the API on this mock, e.g. `http://127.0.0.1:4010/api/4.0`. */
  url: string;
}

export interface StartedMocks {
  mocks: RunningMock[];
  /** Base URL per API name. */
  urls: Record<string, string>;
  close(): Promise<void>;
}

/** The environment variable that sets the port of an API's mock, e.g. `LOOKER_MOCK_PORT`. */
export const portVariable = (name: string) => `${name.toUpperCase()}_MOCK_PORT`;

/** The port an API's mock listens on: the option, else its variable, else the spec's mock server. */
export function portFor(api: Api, options: StartOptions): number {
  const fromOptions = options.ports?.[api.name];
  if (fromOptions !== undefined) return fromOptions;
  const fromEnv = (options.env ?? process.env)[portVariable(api.name)];
  if (fromEnv) {
    const port = Number(fromEnv);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`${portVariable(api.name)}=${fromEnv} is not a port; set a number from 0 to 65535`);
    return port;
  }
  return api.mock.port;
}

/** Starts one mock server per API; resolves once all listen. */
export async function startMock(options: StartOptions = {}): Promise<StartedMocks> {
  const apis = options.apis ? options.apis.map(loadApi) : loadApis();
  const host = options.host ?? '127.0.0.1';
  const credentials = localCredentials(options.env ?? process.env);
  const started: Array<RunningMock & { close(): Promise<void> }> = [];
  const close = async () => {
    await Promise.all(started.map((mock) => mock.close()));
  };
  try {
    for (const api of apis) {
      const handler = await createApiMock(api, { dynamic: options.dynamic, credentials, log: options.log });
      const port = portFor(api, options);
      const listening = await listen(handler, port, host, responseHeaderNames(api.document)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') {
          throw new Error(
            `Port ${port} for the ${api.title} mock is in use: stop what uses it, or pick another port with --${api.name}-port or ${portVariable(api.name)}`,
          );
        }
        throw error;
      });
      const urlHost = host.includes(':') ? `[${host}]` : host;
      started.push({ api, port: listening.port, url: `http://${urlHost}:${listening.port}${api.basePath}`, close: listening.close });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    mocks: started.map(({ api, port, url }) => ({ api, port, url })),
    urls: Object.fromEntries(started.map((mock) => [mock.api.name, mock.url])),
    close,
  };
}
