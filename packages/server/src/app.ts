import {
  type Api,
  httpMethods,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  readOnlyProperties,
  subsetDocument,
  withoutExamples,
} from '@contracts/bundles';
import { type AnyVendor, type Caller, checkBody, createFake, type Fake, MemoryStore, nonFiniteParameters, type Store } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import { sendError, VendorError, vendorErrorHandler } from './errors';
import type { StubOptions } from './options';
import { RedisStore } from './redis-store';
import { operationRouter } from './routing';

/** The mutable part of one stub: the fake it runs, replaced by the warm-up's private one while that runs. */
export interface StubState {
  fake: Fake;
  /** True while the internal warm-up requests run: they do not count against rate limits. */
  warming: boolean;
}

export interface StubApp {
  api: Api;
  app: express.Express;
  vendor: AnyVendor;
  state: StubState;
  /** The fake of the vendor: its store, credentials and handlers. */
  readonly fake: Fake;
  operations: Operation[];
  options: StubOptions;
  /** Forgets every change: the store seeded again from the spec's examples. */
  reset(): Promise<void>;
}

/** One request's way through a list of middlewares, as Express runs a route's: in order, stopping at the first error (a rejected promise too). */
class Run {
  private index = 0;
  /** Bound once per request: tsx gives every named closure it compiles a name, which costs more than binding. */
  private readonly next: NextFunction;

  constructor(
    private readonly middlewares: RequestHandler[],
    private readonly req: Request,
    private readonly res: Response,
    private readonly done: NextFunction,
  ) {
    this.next = this.step.bind(this) as NextFunction;
  }

  step(error?: unknown): void {
    if (error) {
      this.done(error);
      return;
    }
    const middleware = this.middlewares[this.index++];
    if (!middleware) {
      this.done();
      return;
    }
    try {
      const result: unknown = middleware(this.req, this.res, this.next);
      if (result instanceof Promise) result.catch((rejected: unknown) => this.done(rejected ?? new Error('Rejected promise')));
    } catch (thrown) {
      this.done(thrown);
    }
  }
}

/** Runs `middlewares` in order as one middleware. */
const compose =
  (middlewares: RequestHandler[]): RequestHandler =>
  (req, res, done) =>
    new Run(middlewares, req, res, done).step();

type OpenApiRequest = Request & { openapi?: { schema?: unknown; pathParams?: Record<string, string> } };

/**
 * Wraps the validator's metadata stage for one route, then runs `then`: the first request goes through the stage,
 * later ones reuse what it attached (`req.openapi`, the validator's public per-request metadata) with their own path
 * parameters, decoded by the routing already (the validator uses that object as `req.params`, as its own lookup
 * does).
 */
function rememberRouteMetadata(metadata: RequestHandler, then: RequestHandler): RequestHandler {
  let known: OpenApiRequest['openapi'];
  return (req, res, next) => {
    const request = req as OpenApiRequest;
    if (known) {
      request.openapi = { ...known, pathParams: req.params as Record<string, string> };
      return then(req, res, next);
    }
    metadata(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (request.openapi?.schema) known = request.openapi;
      then(req, res, next);
    });
  };
}

/**
 * The validator's answer to a request no route took: 405 with `Allow` when its path is in the spec with other
 * methods, else 404. Its document keeps only the paths and their methods, so that building it costs nothing.
 */
function methodNotAllowed(document: OpenApiDocument): RequestHandler {
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      // In the path item's own order: the validator's `Allow` follows it.
      Object.fromEntries(
        Object.keys(item)
          .filter((key) => (httpMethods as readonly string[]).includes(key))
          .map((method) => [method, { responses: {} }]),
      ),
    ]),
  );
  const routing = OpenApiValidator.middleware({
    apiSpec: { ...document, paths, components: {} } as never,
    validateApiSpec: false,
    validateRequests: false,
    validateResponses: false,
    validateSecurity: false,
    fileUploader: false,
  }) as RequestHandler[];
  const metadata = routing.find((middleware) => middleware.name === 'metadataMiddleware');
  if (!metadata) throw new Error('express-openapi-validator changed: no metadataMiddleware to answer 405; check the pinned version');
  return metadata;
}

/**
 * How many operations share one validator. Each validator compiles the OpenAPI schema once (about 60 ms here), and
 * compiles each of its operations' schemas together with its whole document: a few large ones cost the second, many
 * small ones the first.
 */
const operationsPerValidator = 20;

/** express-rate-limit's settings for the stub's limits (the benchmark puts the same limiter on bare Express). */
export function rateLimitSettings(options: StubOptions) {
  return {
    windowMs: options.rateLimit.windowSeconds * 1000,
    limit: options.rateLimit.limit,
    standardHeaders: 'draft-7' as const,
    legacyHeaders: false,
    // Clients are told apart by their socket address: a local stub sits behind no proxy, so this is what
    // req.ip would give, without resolving proxy headers on every request. For the same reason its
    // per-request self-checks (which guard against proxy misconfiguration) are off.
    keyGenerator: (req: Request) => req.socket.remoteAddress ?? 'unknown',
    validate: false,
  };
}

/**
 * Builds the Express app of one API: routes, schemas and statuses come from the bundled spec, the behaviour from
 * the vendor's fake (`@contracts/vendors/<api>`); resolves once its store is seeded.
 */
export async function createStubApp(
  api: Api,
  options: StubOptions,
  store: Store = new MemoryStore(),
  vendor: AnyVendor = vendorOf(api.name),
): Promise<StubApp> {
  const fake = createFake(api, vendor, { store, credentials: options.credentials ?? vendor.credentials.read(options.env) });
  await fake.seed();
  const state: StubState = { fake, warming: false };
  const operations = operationsOf(api.document);

  // Requests whose body arrived empty (body-parser hands those on as `{}`), to tell them from `{}` sent on purpose.
  const emptyBodies = new WeakSet<Request>();
  const noteEmpty = (req: Request, _res: unknown, raw: Buffer) => {
    if (raw.length === 0) emptyBodies.add(req);
  };
  // Malformed percent-encoding in a form is a malformed body, like JSON that does not parse (body-parser would decode it leniently).
  const checkForm = (req: Request, res: unknown, raw: Buffer) => {
    noteEmpty(req, res, raw);
    try {
      decodeURIComponent(raw.toString('latin1').replace(/\+/g, ' '));
    } catch {
      throw Object.assign(new Error('The form body is not valid percent-encoding'), { status: 400, type: 'entity.parse.failed' });
    }
  };
  const sentNothing = (req: Request) =>
    emptyBodies.has(req) || (req.headers['transfer-encoding'] === undefined && (req.headers['content-length'] ?? '0') === '0');

  /**
   * Our checks of a request to `operation`, run right after the validator has found its route: security from the
   * spec (the operation's `security`, else the document's) by the vendor's rules — ours rather than the validator's,
   * since Looker also accepts `Authorization: token <t>` —, then, validate before acting, a required body that is
   * missing or a body past the limits (which never reaches the validator, whose recursion a deep enough body would
   * overflow, nor a handler); last, the read-only fields a body may hold are dropped, as the spec says they are
   * ignored on input (the validator would reject them).
   */
  const acceptRequest = (operation: Operation): RequestHandler => {
    const readOnlyFields = [...new Set(Object.values(operation.requestBody?.content ?? {}).flatMap((media) => readOnlyProperties(api.document, media.schema)))];
    const requestBody = operation.requestBody;
    const bodyError = (req: Request): VendorError | undefined => {
      if (!requestBody) return undefined;
      if (sentNothing(req)) {
        return requestBody.required
          ? new VendorError(vendor.errors.invalid([{ location: 'body', field: [], rule: 'required', message: 'is required' }]))
          : undefined;
      }
      const problem = checkBody(req.body, options.bodyLimits);
      if (problem) return new VendorError(problem.status === 413 ? vendor.errors.error(413, problem.message) : vendor.errors.invalid([problem.violation]));
      const body = req.body as Record<string, unknown> | undefined;
      if (body && typeof body === 'object' && !Array.isArray(body)) for (const field of readOnlyFields) delete body[field];
      return undefined;
    };
    if (operation.anonymous) return (req, _res, next) => next(bodyError(req));
    return (req, res, next) => {
      state.fake.authenticate(operation, req.headers.authorization).then(({ caller, error }) => {
        if (error) return next(new VendorError(error));
        res.locals.caller = caller;
        next(bodyError(req));
      }, next);
    };
  };

  const validatorDocument = withoutExamples(api.document);
  const validatorOptions = {
    validateRequests: { allowUnknownQueryParameters: false, allErrors: true },
    validateResponses: options.validateResponses ? {} : false,
    validateSecurity: false,
    fileUploader: false,
  } as const;
  /** The validator's stages for `group`, as a function of one of its operations: each route remembers its metadata, and our checks run right after it. */
  const validatorFor = (group: Operation[]) => {
    const validator = OpenApiValidator.middleware({
      ...validatorOptions,
      // Only these operations and the components they use: the validator compiles every schema together with the
      // whole document it is given (which it deep-copies before annotating it).
      apiSpec: subsetDocument(validatorDocument, group) as never,
      validateApiSpec: true,
    }) as RequestHandler[];
    // Two stages do nothing useful here but each costs a promise hop per request: the validator's own security
    // stage (switched off above) and the one that installs `app.param` hooks to re-copy path parameters that
    // Express has already decoded (those hooks would then run on every request too).
    const stages = validator.filter((middleware) => middleware.name !== 'securityMiddleware' && middleware.name !== 'pathParamsMiddleware');
    const metadataAt = stages.findIndex((middleware) => middleware.name === 'metadataMiddleware');
    const metadata = stages[metadataAt];
    if (!metadata) throw new Error('express-openapi-validator changed: no metadataMiddleware to put our checks after; check the pinned version');
    // The request was routed to its operation once already, so the validator's route lookup (a scan of the routes
    // it knows, per request) can only find what it found the first time: each route remembers it.
    return (operation: Operation) => [
      ...stages.slice(0, metadataAt),
      rememberRouteMetadata(metadata, acceptRequest(operation)),
      ...stages.slice(metadataAt + 1),
    ];
  };
  const parsers = {
    json: express.json({ limit: options.bodyLimitBytes, type: ['application/json', 'application/*+json'], verify: noteEmpty }),
    form: express.urlencoded({ extended: false, limit: options.bodyLimitBytes, verify: checkForm }),
  };
  // Parse only the media types the operation accepts; anything else stays unparsed and gets the validator's 415.
  const parsersFor = (operation: Operation) => {
    const mediaTypes = Object.keys(operation.requestBody?.content ?? {});
    return [
      ...(mediaTypes.some((type) => type === 'application/json' || type.endsWith('+json')) ? [parsers.json] : []),
      ...(mediaTypes.includes('application/x-www-form-urlencoded') ? [parsers.form] : []),
    ];
  };

  // After validation, which coerced the parameters: a number no vendor could answer with (Infinity) is the vendor's 400.
  const finiteParameters: RequestHandler = (req, _res, next) => {
    const violations = [...nonFiniteParameters(req.query as Record<string, unknown>, 'query'), ...nonFiniteParameters(req.params, 'path')];
    next(violations.length > 0 ? new VendorError(vendor.errors.invalid(violations)) : undefined);
  };

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  const router = operationRouter(app);
  for (let first = 0; first < operations.length; first += operationsPerValidator) {
    const group = operations.slice(first, first + operationsPerValidator);
    const validatorStages = validatorFor(group);
    for (const operation of group) {
      const chain: RequestHandler[] = [...parsersFor(operation), ...validatorStages(operation), finiteParameters];
      if (operation.responses.has(429) && options.rateLimit.limit > 0) {
        chain.push(
          rateLimit({
            ...rateLimitSettings(options),
            // In Redis, every replica counts the same requests.
            ...(store instanceof RedisStore && { store: store.rateLimitStore(operation.operationId) }),
            skip: () => state.warming,
            handler: (req, _res, next) => {
              const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
              const seconds = Math.max(0, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
              next(new VendorError(vendor.errors.error(429, `Too many requests, please retry after ${seconds} seconds`)));
            },
          }),
        );
      }
      chain.push(async (req: Request, res: Response, next: NextFunction) => {
        try {
          // Express 5 parses the query string again on every read of req.query; read it once.
          const query = req.query as Record<string, unknown>;
          const caller = res.locals.caller as Caller<unknown> | undefined;
          const answer = await state.fake.handle(
            { operation, params: req.params as Record<string, string>, query, headers: req.headers, body: req.body },
            caller,
          );
          // Not part of the spec (501 for an unimplemented handler, 503 without a store): no response validation.
          if (!operation.responses.has(answer.status)) return sendError(res, { status: answer.status, body: answer.body });
          res.status(answer.status);
          for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
          if (answer.body === undefined) return void res.end();
          res.json(answer.body);
        } catch (error) {
          next(error);
        }
      });
      router.add(`${api.basePath}${operation.path.replace(/\{([^}]+)\}/g, ':$1')}`, operation.method, compose(chain));
    }
  }

  // One lookup per request instead of Express trying each operation's route in turn (see routing.ts).
  app.use(router.route);
  // A request no route took, below the base path: the validator answers 405 (with `Allow`) when the path exists.
  app.use(api.basePath || '/', methodNotAllowed(api.document));
  // Outside the base path, or a path the spec does not have: 404 in the vendor's shape.
  app.use((_req, _res, next) => next(new VendorError(vendor.errors.error(404, 'Not found'))));
  app.use(vendorErrorHandler(vendor, options.bodyLimitBytes));

  return {
    api,
    app,
    vendor,
    state,
    get fake() {
      return state.fake;
    },
    operations,
    options,
    async reset() {
      await state.fake.seed(true);
    },
  };
}
