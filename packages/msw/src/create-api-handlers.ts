import { type Api, apiOf, type OpenApiDocument } from '@contracts/bundles/model';
import { type Control, createPipeline, type Mode, type Pipeline, type RateLimitSettings } from '@contracts/pipeline';
import type { AnyVendor, BodyLimits, Store, Vendor } from '@contracts/vendors';
import { type HttpHandler, HttpResponse, http as mswHttp } from 'msw';
import { type AnyApiSpec, createOpenApiHttp, type OpenApiHttpHandlers } from 'openapi-msw';
import { baseOf, mswBase } from './matching';
import type { ResolvedPaths } from './paths';
import { requestValidator } from './validation';

export type { Mode } from '@contracts/pipeline';

export interface ApiHandlerOptions<Credentials> {
  /**
   * The base URL the handlers answer at, as a client is configured with it: `https://acme.cloud.looker.com/api/4.0`,
   * or a path alone (a dev server's proxy, `/looker-api`) on any origin. Default: the vendor's base path on any origin.
   */
  baseUrl?: string;
  /** Default `stateful`. */
  mode?: Mode;
  /** The credentials accepted (Looker: the API3 key `POST /login` takes); any left out keep the vendor's defaults, the spec's examples. */
  credentials?: Partial<Credentials>;
  /** Where the stateful mode keeps its state; default a new `MemoryStore` for each `createHandlers()`. */
  store?: Store;
  /** The largest request body accepted; larger gets 413. Default 1 MiB, as the stub and the mock. */
  bodyLimitBytes?: number;
  /** How deep, wide and long a JSON body may be; past them it gets 413. Default: the same as the stub and the mock. */
  bodyLimits?: BodyLimits;
  /** Requests per window and caller on the operations that document 429 (default 1000 a minute, as the stub and the mock). */
  rateLimit?: RateLimitSettings;
  /** Faults may answer statuses their operation does not document, as the stub's `--allow-undocumented-faults`. */
  allowUndocumentedFaults?: boolean;
}

/**
 * The MSW handlers of one API (spread them into `setupServer` or `setupWorker`), with what a test needs besides: the
 * same control the stub and the mock serve at `/__contracts/`, in-process (`handlers.faults.add(…)`,
 * `handlers.requests(…)`, fixtures).
 */
export type ApiHandlers<Paths extends AnyApiSpec> = HttpHandler[] &
  Control & {
    mode: Mode;
    /** The store of the stateful mode. */
    store: Store;
    /** openapi-msw's `http`, typed by the spec's paths, at the same base URL: `server.use(http.patch('/integration_hubs/{integration_hub_id}', …))`. */
    http: OpenApiHttpHandlers<ResolvedPaths<Paths>>;
    /** Forgets every change: the store seeded again from the spec's examples (and, answering from examples, the tokens issued). */
    reset(): Promise<void>;
  };

/** The credentials type of a vendor. */
// biome-ignore lint/suspicious/noExplicitAny: only the credentials are read off the vendor's type.
export type CredentialsOf<V> = V extends Vendor<any, infer Credentials> ? Credentials : never;

/** What every set of handlers of one bundle shares: the API and its validator, whose schemas compile on first use. */
interface Contract {
  api: Api;
  validate: ReturnType<typeof requestValidator>;
}

// Keyed by the imported bundle, so each `createHandlers()` (one per test, say) reuses the schemas compiled before.
const contracts = new WeakMap<object, Contract>();

function contractOf(name: string, bundle: object): Contract {
  let contract = contracts.get(bundle);
  if (!contract) {
    const api = apiOf(name, bundle as OpenApiDocument);
    contract = { api, validate: requestValidator(api) };
    contracts.set(bundle, contract);
  }
  return contract;
}

/**
 * The MSW handlers of API `name`, whose bundle is `bundle`, run by `vendor`'s code through the request pipeline the
 * stub and the mock run (`@contracts/pipeline`), with Ajv as its validator: one MSW handler takes every request below
 * the base URL (at the root of any origin only the paths the spec has, so that a page's other requests pass by).
 */
export function createApiHandlers<Paths extends AnyApiSpec, V extends AnyVendor>(
  name: string,
  bundle: object,
  vendor: V,
  options: ApiHandlerOptions<CredentialsOf<V>> = {},
): ApiHandlers<Paths> {
  const { api, validate } = contractOf(name, bundle);
  const mode = options.mode ?? 'stateful';
  if (mode !== 'stateful' && mode !== 'examples') throw new Error(`createHandlers: mode must be 'stateful' or 'examples', not ${JSON.stringify(mode)}`);
  const base = baseOf(api.basePath, options.baseUrl);
  const pipeline: Pipeline = createPipeline(api, vendor, {
    mode,
    server: 'MSW handlers',
    basePath: base.path,
    ...(options.store && { store: options.store }),
    credentials: { ...vendor.credentials.read(), ...options.credentials },
    ...(options.bodyLimitBytes !== undefined && { bodyLimitBytes: options.bodyLimitBytes }),
    ...(options.bodyLimits && { bodyLimits: options.bodyLimits }),
    ...(options.rateLimit && { rateLimit: options.rateLimit }),
    ...(options.allowUndocumentedFaults && { control: { allowUndocumentedFaults: true } }),
    validate: (request) => validate(request.operation, request, request.mediaType),
  });

  const handler = mswHttp.all(
    ({ request }) => {
      const url = new URL(request.url);
      if (!base.matches(url)) return false;
      return base.owned || pipeline.knows(url.pathname);
    },
    async ({ request }) => {
      const outcome = await pipeline.handle(request);
      // A fault's interruption, as fetch sees it: a network error, at once (reset) or once the caller gives up (hang).
      if ('interrupted' in outcome) {
        if (outcome.interrupted === 'hang' && !request.signal.aborted) {
          await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
        }
        return HttpResponse.error();
      }
      const answer = outcome;
      const headers = new Headers();
      for (const [header, value] of Object.entries(answer.headers ?? {})) headers.set(header, String(value));
      if (answer.body === undefined) return new HttpResponse(null, { status: answer.status, headers });
      headers.set('content-type', 'application/json; charset=utf-8');
      return new HttpResponse(JSON.stringify(answer.body), { status: answer.status, headers });
    },
  );

  return Object.assign([handler], {
    ...pipeline.control,
    mode,
    store: pipeline.fake.store,
    http: createOpenApiHttp<ResolvedPaths<Paths>>({ baseUrl: mswBase(api.basePath, options.baseUrl) }),
    reset: () => pipeline.reset(),
  });
}
