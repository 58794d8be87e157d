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

/**
 * Workaround until the spec says so itself: Looker's `fields` parameter is a comma-separated list, and
 * clients send `fields=id,url` unencoded, but without `allowReserved: true` the validator rejects the comma.
 */
function allowCommaLists(document: Api['document']): Api['document'] {
  const fields = (document.components?.parameters as Record<string, Record<string, unknown>> | undefined)?.Fields;
  if (fields && fields.in === 'query' && fields.allowReserved === undefined) fields.allowReserved = true;
  return document;
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
    apiSpec: allowCommaLists(structuredClone(api.document)) as never,
    validateApiSpec: true,
    validateRequests: { allowUnknownQueryParameters: false, allErrors: true },
    validateResponses: options.validateResponses ? {} : false,
    validateSecurity: false,
    fileUploader: false,
  }) as RequestHandler[];
  const metadataAt = validator.findIndex((middleware) => middleware.name === 'metadataMiddleware');
  if (metadataAt < 0) throw new Error('express-openapi-validator changed: no metadataMiddleware to put security after; check the pinned version');
  validator.splice(metadataAt + 1, 0, security, ignoreReadOnly);

  const router = express.Router();
  router.use(express.json({ limit: options.bodyLimitBytes, type: ['application/json', 'application/*+json'] }));
  router.use(express.urlencoded({ extended: false, limit: options.bodyLimitBytes }));
  router.use(validator);

  for (const operation of operations) {
    const chain: RequestHandler[] = [];
    if (operation.rateLimited) {
      chain.push(
        rateLimit({
          windowMs: options.rateLimit.windowSeconds * 1000,
          limit: options.rateLimit.limit,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
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
        const result = (await handler({ params: req.params, query: req.query, body: req.body }, context)) as {
          status: number;
          body?: unknown;
          headers?: Record<string, string>;
        };
        res.status(result.status);
        for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
        if (result.body === undefined) return void res.end();
        const ok = result.status >= 200 && result.status < 300;
        res.json(hasFields && ok ? pickFields(result.body, req.query.fields) : result.body);
      } catch (error) {
        next(error);
      }
    });
    router[operation.method](operation.expressPath, ...chain);
  }

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(api.basePath || '/', router);
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
