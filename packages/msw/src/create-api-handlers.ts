import { type Api, apiOf, type OpenApiDocument, type Operation, operationsOf, readOnlyProperties, writeOnlyStripper } from '@contracts/bundles/model';
import {
  type Answer,
  type AnyVendor,
  type BodyLimits,
  type Caller,
  createFake,
  defaultBodyLimitBytes,
  type ExampleRules,
  MemoryStore,
  nonFiniteParameters,
  type Preferences,
  parsePrefer,
  preferenceProblem,
  type Store,
  type Vendor,
  type VendorRequest,
} from '@contracts/vendors';
import { type HttpHandler, HttpResponse, http as mswHttp } from 'msw';
import { type AnyApiSpec, createOpenApiHttp, type OpenApiHttpHandlers } from 'openapi-msw';
import { exampleAnswer } from './examples';
import { basePattern, belowPredicate, mswBase, pathPredicate } from './matching';
import type { ResolvedPaths } from './paths';
import { queryOf, readBody, withoutReadOnly } from './request';
import { requestValidator } from './validation';

/** `stateful`: the vendor's fake over a store, as the stub; `examples`: the spec's named examples, as the Prism mock. */
export type Mode = 'stateful' | 'examples';

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
}

/** The MSW handlers of one API (spread them into `setupServer` or `setupWorker`), with what a test needs besides. */
export type ApiHandlers<Paths extends AnyApiSpec> = HttpHandler[] & {
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

interface Route {
  operation: Operation;
  /** Body fields the spec marks read-only: the vendors ignore them on input, so they are dropped before validation. */
  readOnly: string[];
}

function toResponse(answer: Answer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.set(name, String(value));
  if (answer.body === undefined) return new HttpResponse(null, { status: answer.status, headers });
  headers.set('content-type', 'application/json; charset=utf-8');
  return new HttpResponse(JSON.stringify(answer.body), { status: answer.status, headers });
}

/** What every set of handlers of one bundle shares: the API, its routes and the compiled validators. */
interface Contract {
  api: Api;
  routes: Route[];
  validate: ReturnType<typeof requestValidator>;
  strippers: Map<Operation, Map<number, (body: unknown) => unknown>>;
}

// Keyed by the imported bundle, so each `createHandlers()` (one per test, say) reuses the schemas compiled before.
const contracts = new WeakMap<object, Contract>();

function contractOf(name: string, bundle: object): Contract {
  let contract = contracts.get(bundle);
  if (!contract) {
    const api = apiOf(name, bundle as OpenApiDocument);
    const routes = operationsOf(api.document).map((operation) => ({
      operation,
      readOnly: [...new Set(Object.values(operation.requestBody?.content ?? {}).flatMap((media) => readOnlyProperties(api.document, media.schema)))],
    }));
    contract = { api, routes, validate: requestValidator(api), strippers: new Map() };
    contracts.set(bundle, contract);
  }
  return contract;
}

/**
 * The MSW handlers of API `name`, whose bundle is `bundle`, run by `vendor`'s code: every operation at its path below
 * the base URL, checked in the stub's order (route, 401, 413/415/400 body, schema validation in the vendor's error
 * shape, the vendor's refusals) and answered by the vendor's stateful fake or from the spec's examples; any other
 * method on an operation's path gets 405 and, below a base path, any other path 404.
 */
export function createApiHandlers<Paths extends AnyApiSpec, V extends AnyVendor>(
  name: string,
  bundle: object,
  vendor: V,
  options: ApiHandlerOptions<CredentialsOf<V>> = {},
): ApiHandlers<Paths> {
  const { api, routes, validate, strippers } = contractOf(name, bundle);
  const mode = options.mode ?? 'stateful';
  if (mode !== 'stateful' && mode !== 'examples') throw new Error(`createHandlers: mode must be 'stateful' or 'examples', not ${JSON.stringify(mode)}`);
  const credentials = { ...vendor.credentials.read(), ...options.credentials } as CredentialsOf<V>;
  const store = options.store ?? new MemoryStore();
  const fake = createFake(api, vendor, { store, credentials });
  const seed = (force: boolean) => (mode === 'stateful' ? fake.seed(force).then(() => undefined) : Promise.resolve());
  let seeded = seed(false);
  // Seeding fails only with an unreachable store; each request then answers the failure, none goes unhandled.
  seeded.catch(() => undefined);
  let rules: ExampleRules = vendor.exampleRules(api, credentials);
  const bodyLimit = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  const base = basePattern(api.basePath, options.baseUrl);

  const stripWriteOnly = (operation: Operation, answer: Answer): Answer => {
    let byStatus = strippers.get(operation);
    if (!byStatus) {
      byStatus = new Map(
        [...operation.responses.values()].map((response) => [response.status, writeOnlyStripper(api.document, response.content['application/json']?.schema)]),
      );
      strippers.set(operation, byStatus);
    }
    const strip = byStatus.get(answer.status);
    return strip && answer.body !== undefined ? { ...answer, body: strip(answer.body) } : answer;
  };

  /** The first documented example of `status`, or the vendor's error when the operation does not document it. */
  const documented = (operation: Operation, status: number, message: string): Answer =>
    operation.responses.has(status)
      ? stripWriteOnly(operation, exampleAnswer(api.document, operation, { code: status }))
      : vendor.errors.error(status, message);

  /** The example answer to a valid request, after the vendor's own refusals and those of answering from examples. */
  const fromExamples = (request: VendorRequest, preferences: Preferences): Answer => {
    const { operation } = request;
    const refusal = vendor.refuse?.(request) ?? rules.refuse?.(request);
    if (refusal) return refusal.body === undefined ? documented(operation, refusal.status, 'Refused') : refusal;
    let answer = stripWriteOnly(operation, exampleAnswer(api.document, operation, preferences));
    if (rules.answer) answer = rules.answer(request, answer);
    return answer.status < 300 && vendor.shape ? vendor.shape(request, answer) : answer;
  };

  const answer = async (route: Route, request: Request, params: Record<string, string>): Promise<Answer> => {
    const { operation } = route;
    const headers = Object.fromEntries(request.headers);
    let caller: Caller<unknown> | undefined;
    if (mode === 'stateful') {
      await seeded;
      const authenticated = await fake.authenticate(operation, headers.authorization);
      if (authenticated.error) return authenticated.error;
      caller = authenticated.caller;
    } else if (!operation.anonymous && !rules.authenticate(headers.authorization)) {
      return documented(operation, 401, 'Requires authentication');
    }

    const read = await readBody(request, operation, bodyLimit, options.bodyLimits);
    if ('refused' in read) return vendor.errors.error(read.refused.status, read.refused.message);
    if ('violation' in read) return vendor.errors.invalid([read.violation]);
    // Only answers from examples can be chosen; the stateful mode answers what the store holds, as the stub does.
    const preferences = mode === 'examples' ? parsePrefer(headers.prefer) : {};
    if (mode === 'examples') {
      const problem =
        preferenceProblem(operation, preferences) ??
        (preferences.dynamic ? 'Prefer: dynamic=true is not available here: MSW answers the spec’s named examples; `pnpm mock` generates answers' : undefined);
      if (problem) return vendor.errors.error(400, problem);
    }
    const body = withoutReadOnly(read.body, route.readOnly);
    const query = queryOf(request.url);
    const violations = validate(operation, { params, query, headers, body }, read.mediaType);
    // After coercion: a number no vendor could answer with (`?limit=1e309` is Infinity) is refused, as the stub does.
    if (violations.length === 0) violations.push(...nonFiniteParameters(query, 'query'), ...nonFiniteParameters(params, 'path'));
    if (violations.length > 0) return vendor.errors.invalid(violations);

    const vendorRequest: VendorRequest = { operation, params, query, headers, body };
    return mode === 'stateful' ? fake.handle(vendorRequest, caller) : fromExamples(vendorRequest, preferences);
  };

  const operations = routes.map((route) => route.operation);
  const handlers: HttpHandler[] = routes.map((route) => {
    return mswHttp[route.operation.method as 'get'](pathPredicate(base, route.operation.path), async ({ request, params }) => {
      try {
        const pathParams = Object.fromEntries(Object.entries(params).map(([param, value]) => [param, String(value)]));
        return toResponse(await answer(route, request, pathParams));
      } catch (error) {
        // A bug of the handlers: its message goes to the console, never into the answer.
        console.error(`@contracts/msw: ${request.method} ${request.url} failed:`, error);
        return toResponse(vendor.errors.error(500, 'The MSW handlers failed; the console has the details'));
      }
    });
  });
  // Any other method on a path of the spec: 405 with the methods it allows, as the stub answers.
  for (const path of new Set(operations.map((operation) => operation.path))) {
    const allowed = operations.filter((operation) => operation.path === path).map((operation) => operation.method.toUpperCase());
    handlers.push(
      mswHttp.all(pathPredicate(base, path), ({ request }) =>
        toResponse({ ...vendor.errors.error(405, `Method ${request.method} not allowed`), headers: { Allow: allowed.join(', ') } }),
      ),
    );
  }
  // Any other path below the base: 404. An API at the root of any origin would catch every request of the page.
  if ((options.baseUrl ?? api.basePath).replace(/\/$/, '') !== '')
    handlers.push(mswHttp.all(belowPredicate(base), () => toResponse(vendor.errors.error(404, 'Not found'))));

  return Object.assign(handlers, {
    mode,
    store,
    http: createOpenApiHttp<ResolvedPaths<Paths>>({ baseUrl: mswBase(api.basePath, options.baseUrl) }),
    async reset() {
      rules = vendor.exampleRules(api, credentials);
      seeded = seed(true);
      await seeded;
    },
  });
}
