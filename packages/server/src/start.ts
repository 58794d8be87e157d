import { type Api, loadApi, loadApis } from '@contracts/bundles';
import { type Control, connectControl } from '@contracts/client/control';
import { applyRunSettings, type Listening, listen, portFor, type RunSettings, servesControl } from '@contracts/http';
import { MemoryControlStore } from '@contracts/pipeline';
import { type AnyVendor, MemoryStore } from '@contracts/vendors';
import { createStubApp, type StubApp } from './app';
import { resolveOptions, type StubOptions } from './options';

/** A stub that listens, with its control API over HTTP (`looker.faults.add(…)`, `looker.requests(…)`). */
export interface RunningStub extends Control {
  /** The contract it serves now. */
  readonly api: Api;
  /** The app that serves it now. */
  readonly stub: StubApp;
  server: Listening['server'];
  /** The base URL, path included: `http://127.0.0.1:3010/api/4.0`. */
  url: string;
  port: number;
  /**
   * Serves `next`, a new revision of this API's contract, from now on: on the same port, over the same store, faults
   * and journal. A request under way finishes on the contract it started on.
   */
  swap(next: Api): Promise<void>;
  close(): Promise<void>;
}

export interface StubStartOptions extends Partial<StubOptions>, RunSettings {
  /** Interface to bind; default `STUB_HOST`, else 127.0.0.1. */
  host?: string;
  /** Port per API name; default `<API>_STUB_PORT`, else the spec's stub port. 0 picks a free port. */
  ports?: Partial<Record<string, number>>;
  /** Only these APIs (default: every API in redocly.yaml). */
  apis?: string[];
  /** Seed the store again from the spec's examples, even if a shared store was seeded before (`--reset-store`). */
  resetStore?: boolean;
  /** Called as each stub becomes ready, for progress output. */
  onReady?: (stub: RunningStub, ms: number) => void;
}

export interface StartedStubs {
  /** Base URL per API name. */
  urls: Record<string, string>;
  stubs: RunningStub[];
  close(): Promise<void>;
}

/** The key prefix of an API's state in a shared store: replicas of the same API share it. */
export const storePrefix = (api: Api) => `contracts:${api.name}:`;

/** Where and how one stub listens. */
export type StubListenOptions = Partial<StubOptions> & { host?: string; port?: number; resetStore?: boolean; vendor?: AnyVendor };

/**
 * Builds and starts one stub (an `Api`, or its name: `startStub('looker', { port: 0 })`), on a shared store when
 * `options.store` names one (`vendor`: another than the API's own). Its port defaults to `<API>_STUB_PORT`, else the
 * spec's (0 picks a free one), its host to 127.0.0.1; the control API is served on loopback, elsewhere only with
 * `control: true`.
 */
export async function startStub(api: Api | string, overrides: StubListenOptions = {}): Promise<RunningStub> {
  const stubbed = typeof api === 'string' ? loadApi(api) : api;
  const host = overrides.host ?? '127.0.0.1';
  const options = { ...resolveOptions(overrides), control: servesControl(host, overrides.control) };
  const port = portFor(overrides.port, `${stubbed.name.toUpperCase()}_STUB_PORT`, process.env, stubbed.stub.port);
  // Redis's client loads only for a shared store.
  const store = options.store ? await new (await import('./redis-store')).RedisStore(options.store, storePrefix(stubbed)).connect() : new MemoryStore();
  // Faults and the journal outlive a swap of the contract, as the store does.
  const controlStore = 'controlStore' in store ? undefined : new MemoryControlStore();
  let stub: StubApp;
  let listening: Awaited<ReturnType<typeof listen>>;
  try {
    stub = await createStubApp(stubbed, options, store, overrides.vendor, controlStore);
    if (overrides.resetStore) await stub.reset();
    // The app of the request's arrival answers it, so a swap never changes a request under way.
    listening = await listen(
      (request, response) => stub.app(request, response),
      port,
      host,
      `port ${port} is in use, so the ${stubbed.name} stub cannot start; stop what uses it or pass --${stubbed.name}-port <port>`,
      (status, message) => stub.vendor.errors.body(status, message),
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const close = async () => {
    await listening.close();
    await store.close();
  };
  const url = `${listening.origin}${stubbed.basePath}`;
  const control = connectControl({ baseUrl: url, ...(options.controlToken && { token: options.controlToken }) });
  return {
    get api() {
      return stub.api;
    },
    get stub() {
      return stub;
    },
    server: listening.server,
    port: listening.port,
    url,
    ...control,
    async swap(next) {
      stub = await createStubApp(next, options, store, overrides.vendor, controlStore);
    },
    close,
  };
}

/**
 * Starts a stub for every API (or those named), each on its port (option, else `<API>_STUB_PORT`, else the
 * spec's) and host (option, else `STUB_HOST`, else 127.0.0.1); resolves once all are ready.
 */
export async function startStubs(options: StubStartOptions = {}): Promise<StartedStubs> {
  const resolved = resolveOptions(options);
  const host = options.host ?? (process.env.STUB_HOST || '127.0.0.1');
  const apis = loadApis().filter((api) => !options.apis || options.apis.includes(api.name));
  const started: RunningStub[] = [];
  const stopAll = () => Promise.all(started.map((running) => running.close())).then(() => undefined);
  try {
    await Promise.all(
      apis.map(async (api) => {
        const began = performance.now();
        const port = portFor(options.ports?.[api.name], `${api.name.toUpperCase()}_STUB_PORT`, process.env, api.stub.port);
        const running = await startStub(api, { ...resolved, host, port, resetStore: options.resetStore });
        started.push(running);
        options.onReady?.(running, performance.now() - began);
      }),
    );
    await applyRunSettings(
      started.map((running) => running.stub.pipeline),
      options,
    );
  } catch (error) {
    await stopAll();
    throw error;
  }
  started.sort((a, b) => a.api.name.localeCompare(b.api.name));
  return { urls: Object.fromEntries(started.map((running) => [running.api.name, running.url])), stubs: started, close: stopAll };
}
