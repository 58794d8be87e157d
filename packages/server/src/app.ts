import type { Api } from '@contracts/bundles';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import { sendError, VendorError, vendorErrorHandler } from './errors';
import { loadHandlers } from './handlers';
import type { StubOptions } from './options';
import { cacheValidatorRouteRegexps } from './route-cache';
import { type OperationSpec, operationsOf, resolveRef } from './spec';
import { vendorFor } from './vendors';
import type { Vendor } from './vendors/vendor';

/** The mutable part of one stub: its store, replaced wholesale on reset. */
export interface StubState {
  store: unknown;
  /** True while the internal warm-up requests run: they do not count against rate limits. */
  warming: boolean;
}

export interface StubApp {
  api: Api;
  app: express.Express;
  vendor: Vendor<unknown, unknown>;
  state: StubState;
  operations: OperationSpec[];
  options: StubOptions;
  /** Forgets every change: a fresh store seeded from the spec's examples, no sessions. */
  reset(): void;
}

/** Runs `middlewares` in order as one middleware, stopping at the first error. */
function compose(middlewares: RequestHandler[]): RequestHandler {
  return (req, res, done) => {
    let index = 0;
    const next = (error?: unknown) => {
      if (error) return done(error);
      const middleware = middlewares[index++];
      if (!middleware) return done();
      try {
        middleware(req, res, next);
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}

type OpenApiRequest = Request & { openapi?: { schema?: { operationId?: string }; pathParams?: Record<string, string> } };

/**
 * Wraps the validator's metadata stage for one Express route: the first request goes through it, later ones
 * reuse what it attached (`req.openapi`, the validator's public per-request metadata) with their own path
 * parameters, which Express has already decoded.
 */
function rememberRouteMetadata(metadata: RequestHandler): RequestHandler {
  let known: OpenApiRequest['openapi'];
  return (req, res, next) => {
    const request = req as OpenApiRequest;
    if (known) {
      request.openapi = { ...known, pathParams: { ...(req.params as Record<string, string>) } };
      return next();
    }
    metadata(req, res, (error?: unknown) => {
      if (!error && request.openapi?.schema) known = request.openapi;
      next(error);
    });
  };
}

/** The message of the first example of a documented error response, so errors read as the spec shows them. */
function exampleMessage(api: Api, operation: OperationSpec, status: number): string | undefined {
  const response = resolveRef<{ content?: Record<string, { examples?: Record<string, unknown> }> }>(
    api.document,
    (operation.operation.responses as Record<string, unknown>)[String(status)],
  );
  const example = Object.values(response?.content?.['application/json']?.examples ?? {})[0];
  const value = resolveRef<{ value?: { message?: unknown } }>(api.document, example)?.value;
  return typeof value?.message === 'string' ? value.message : undefined;
}

/** Looker's `fields=a,b`: keep only those top-level fields of the body. */
function pickFields(body: unknown, fields: unknown): unknown {
  if (typeof fields !== 'string' || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  const wanted = new Set(
    fields
      .split(',')
      .map((field) => field.trim())
      .filter(Boolean),
  );
  return Object.fromEntries(Object.entries(body).filter(([key]) => wanted.has(key)));
}

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
 * Builds the Express app of one API: its routes, schemas and statuses all come from the bundled spec,
 * its behaviour from the handler modules in `src/handlers/<api>/`.
 */
export function createStubApp(api: Api, options: StubOptions): StubApp {
  cacheValidatorRouteRegexps();
  const vendor = vendorFor(api);
  const operations = operationsOf(api);
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const handlers = loadHandlers(api);
  const state: StubState = { store: vendor.createStore(api, options.credentials), warming: false };

  const operationOf = (req: Request): OperationSpec | undefined => {
    const operationId = (req as Request & { openapi?: { schema?: { operationId?: string } } }).openapi?.schema?.operationId;
    return operationId ? byId.get(operationId) : undefined;
  };

  // Security from the spec (operation `security`, else the document's), checked by the vendor's rules.
  // Our own rather than the validator's: Looker also accepts `Authorization: token <t>`, which it rejects.
  const security: RequestHandler = (req, res, next) => {
    const operation = operationOf(req);
    if (!operation || operation.anonymous) return next();
    const caller = vendor.authenticate(req.headers.authorization, state.store, options.credentials);
    if (!caller) return next(new VendorError(vendor.error(401, exampleMessage(api, operation, 401) ?? 'Requires authentication')));
    res.locals.principal = caller.principal;
    res.locals.token = caller.token;
    next();
  };

  // The spec says read-only fields are ignored on input; the validator would reject them, so drop them first.
  const ignoreReadOnly: RequestHandler = (req, _res, next) => {
    const operation = operationOf(req);
    const body = req.body as Record<string, unknown> | undefined;
    if (operation && body && typeof body === 'object' && !Array.isArray(body)) for (const field of operation.readOnlyBodyFields) delete body[field];
    next();
  };

  const validator = OpenApiValidator.middleware({
    // The validator annotates the document it is given; hand it a copy.
    apiSpec: structuredClone(api.document) as never,
    validateApiSpec: true,
    validateRequests: { allowUnknownQueryParameters: false, allErrors: true },
    validateResponses: options.validateResponses ? {} : false,
    validateSecurity: false,
    fileUploader: false,
  }) as RequestHandler[];
  const metadataAt = validator.findIndex((middleware) => middleware.name === 'metadataMiddleware');
  if (metadataAt < 0) throw new Error('express-openapi-validator changed: no metadataMiddleware to put security after; check the pinned version');
  validator.splice(metadataAt + 1, 0, security, ignoreReadOnly);
  // Two stages do nothing useful here but each costs a promise hop per request: the validator's own security
  // stage (switched off above) and the one that installs `app.param` hooks to re-copy path parameters that
  // Express has already decoded (those hooks would then run on every request too).
  const stages = validator.filter((middleware) => middleware.name !== 'securityMiddleware' && middleware.name !== 'pathParamsMiddleware');

  // One middleware instead of one router layer per validator stage: the same stages in the same order, with
  // less routing work per request (the benchmark's ratio depends on it).
  const validate = compose(stages);
  // Express has already matched the operation's route, so the validator's route lookup (a scan of every
  // route of the spec, per request) can only find what it found the first time: remember that per route.
  const validateOperation = () => compose(stages.map((stage) => (stage.name === 'metadataMiddleware' ? rememberRouteMetadata(stage) : stage)));
  const parsers = {
    json: express.json({ limit: options.bodyLimitBytes, type: ['application/json', 'application/*+json'] }),
    form: express.urlencoded({ extended: false, limit: options.bodyLimitBytes }),
  };
  // Parse only the media types the operation accepts; anything else stays unparsed and gets the validator's 415.
  const parsersFor = (operation: OperationSpec) => [
    ...(operation.requestMediaTypes.some((type) => type === 'application/json' || type.endsWith('+json')) ? [parsers.json] : []),
    ...(operation.requestMediaTypes.includes('application/x-www-form-urlencoded') ? [parsers.form] : []),
  ];

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  for (const operation of operations) {
    const chain: RequestHandler[] = [];
    if (operation.rateLimited && options.rateLimit.limit > 0) {
      chain.push(
        rateLimit({
          ...rateLimitSettings(options),
          skip: () => state.warming,
          handler: (req, _res, next) => {
            const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
            const seconds = Math.max(0, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
            next(new VendorError(vendor.error(429, `Too many requests, please retry after ${seconds} seconds`)));
          },
        }),
      );
    }
    const handler = handlers.get(operation.operationId);
    const hasFields = operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'fields');
    chain.push(async (req: Request, res: Response, next: NextFunction) => {
      if (!handler) {
        return sendError(
          res,
          vendor.error(501, `${operation.operationId} is not implemented yet; implement packages/server/src/handlers/${api.name}/${operation.operationId}.ts`),
        );
      }
      try {
        const context = { store: state.store, principal: res.locals.principal, token: res.locals.token, credentials: options.credentials };
        // Express 5 parses the query string again on every read of req.query; read it once.
        const query = req.query;
        const result = (await handler({ params: req.params, query, body: req.body }, context)) as {
          status: number;
          body?: unknown;
          headers?: Record<string, string>;
        };
        res.status(result.status);
        for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
        if (result.body === undefined) return void res.end();
        const ok = result.status >= 200 && result.status < 300;
        res.json(hasFields && ok ? pickFields(result.body, query.fields) : result.body);
      } catch (error) {
        next(error);
      }
    });
    app[operation.method](`${api.basePath}${operation.expressPath}`, ...parsersFor(operation), validateOperation(), ...chain);
  }
  // Any other request below the base path goes through the validator too, which answers 404 or 405 for it.
  app.use(api.basePath || '/', validate);
  // Outside the base path, or a path the spec does not have: 404 in the vendor's shape.
  app.use((_req, _res, next) => next(new VendorError(vendor.error(404, 'Not found'))));
  app.use(vendorErrorHandler(vendor, options.bodyLimitBytes));

  return {
    api,
    app,
    vendor,
    state,
    operations,
    options,
    reset() {
      state.store = vendor.createStore(api, options.credentials);
    },
  };
}
