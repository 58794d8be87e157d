import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Api, loadApis } from '@contracts/bundles';
import { createStubApp, type StubApp } from './app';
import { exampleRequests } from './examples';
import { resolveOptions, type StubOptions } from './options';

export interface RunningStub {
  api: Api;
  stub: StubApp;
  server: Server;
  /** The base URL, path included: `http://127.0.0.1:3010/api/4.0`. */
  url: string;
  port: number;
}

export interface StartOptions extends Partial<StubOptions> {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Port per API name; default the spec's stub port. 0 picks a free port. */
  ports?: Partial<Record<string, number>>;
  /** Only these APIs (default: every bundled API). */
  apis?: string[];
  /** Called as each stub becomes ready, for progress output. */
  onReady?: (stub: RunningStub, ms: number) => void;
}

export interface StartedStubs {
  /** Base URL per API name. */
  urls: Record<string, string>;
  stubs: RunningStub[];
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * express-openapi-validator compiles its schemas on the first request of each route. Sending every example
 * request of the spec through a private, throwaway listener compiles them all before the real port opens,
 * so the first client request is as fast as the tenth. The store is reset afterwards.
 */
export async function warmUp(stub: StubApp): Promise<void> {
  const server = createServer(stub.app);
  const port = await listen(server, 0, '127.0.0.1');
  stub.state.warming = true;
  try {
    const authorization = stub.vendor.warmUpAuthorization(stub.state.store, stub.options.credentials);
    for (const example of exampleRequests(stub.operations)) {
      const headers: Record<string, string> = { authorization };
      if (example.contentType) headers['content-type'] = example.contentType;
      const response = await fetch(`http://127.0.0.1:${port}${stub.api.basePath}${example.path}`, { method: example.method, headers, body: example.body });
      await response.arrayBuffer();
    }
  } finally {
    stub.state.warming = false;
    stub.reset();
    await close(server);
  }
}

/** Builds, warms up and starts one stub. */
export async function startStub(api: Api, options: StubOptions & { host: string; port: number }): Promise<RunningStub> {
  const stub = createStubApp(api, options);
  await warmUp(stub);
  const server = createServer(stub.app);
  let port: number;
  try {
    port = await listen(server, options.port, options.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new Error(`port ${options.port} is in use, so the ${api.name} stub cannot start; stop what uses it or pass --${api.name}-port <port>`);
    throw error;
  }
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { api, stub, server, port, url: `http://${host}:${port}${api.basePath}` };
}

/** `<API>_STUB_PORT`, when set: what `pnpm stub` and `pnpm start` listen on instead of the spec's port. */
function stubPortFromEnv(api: Api): number | undefined {
  const variable = `${api.name.toUpperCase()}_STUB_PORT`;
  const raw = process.env[variable];
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${variable}=${raw} is not a port; set a number from 0 to 65535`);
  return port;
}

/**
 * Starts a stub for every bundled API (or those named), each on its port (option, else `<API>_STUB_PORT`,
 * else the spec's) and host (option, else `STUB_HOST`, else 127.0.0.1); resolves once all are ready.
 */
export async function startStubs(options: StartOptions = {}): Promise<StartedStubs> {
  const resolved = resolveOptions(options);
  const host = options.host ?? (process.env.STUB_HOST || '127.0.0.1');
  const apis = loadApis().filter((api) => !options.apis || options.apis.includes(api.name));
  const started: RunningStub[] = [];
  const stopAll = () => Promise.all(started.map((running) => close(running.server))).then(() => undefined);
  try {
    await Promise.all(
      apis.map(async (api) => {
        const began = performance.now();
        const running = await startStub(api, { ...resolved, host, port: options.ports?.[api.name] ?? stubPortFromEnv(api) ?? api.stub.port });
        started.push(running);
        options.onReady?.(running, performance.now() - began);
      }),
    );
  } catch (error) {
    await stopAll();
    throw error;
  }
  started.sort((a, b) => a.api.name.localeCompare(b.api.name));
  return { urls: Object.fromEntries(started.map((running) => [running.api.name, running.url])), stubs: started, close: stopAll };
}
