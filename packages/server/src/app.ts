import { type Api, type Operation, operationsOf, subsetDocument, validationDocument } from '@contracts/bundles';
import { controlApi, nodeRequest, writeOutcome } from '@contracts/http';
import { type AdmittedRequest, type ControlStore, createPipeline, type Outcome, type Pipeline, type PipelineRequest, targetOf } from '@contracts/pipeline';
import { type Answer, type AnyVendor, type Fake, locationOf, MemoryStore, type Store, type Violation } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import type { StubOptions } from './options';
import type { RedisStore } from './redis-store';

export interface StubApp {
  api: Api;
  app: express.Express;
  pipeline: Pipeline;
  vendor: AnyVendor;
  /** The fake of the vendor: its store, credentials and handlers. */
  fake: Fake;
  operations: Operation[];
  options: StubOptions;
  /** Forgets every change: the store seeded again from the spec's examples, rate counts dropped. */
  reset(): Promise<void>;
}

/** Whether `store` is the Redis store (loaded only when a shared store is asked for, so told apart by what it offers). */
const isShared = (store: Store): store is RedisStore => 'rateLimiter' in store && 'controlStore' in store;

/** What one request carries from the pipeline's admission to its answer. */
interface Exchange {
  request: PipelineRequest;
  admitted?: AdmittedRequest;
  /** Whether it is in the journal already: a contract break found after a validated answer was journaled is not journaled again. */
  journaled?: boolean;
}

const exchangeOf = (res: Response) => res.locals as Exchange;

/** Writes an answer; through `res.json` only when the spec documents its status, so that the validator checks it. */
function send(res: Response, answer: Answer, validate: boolean): void {
  res.status(answer.status);
  for (const [name, value] of Object.entries(answer.headers ?? {})) if (name.toLowerCase() !== 'content-type') res.setHeader(name, value);
  if (answer.body === undefined) return void res.end();
  if (validate) return void res.json(answer.body);
  res.type('application/json').send(JSON.stringify(answer.body));
}

/** One entry of express-openapi-validator's `errors[]` as a violation: the location and field from its path, the rule from its code. */
function violationOf(item: { path?: string; message?: string; errorCode?: string }): Violation {
  const [location = 'body', ...field] = (item.path ?? '')
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { location: locationOf(location), field, rule: item.errorCode?.split('.')[0] ?? 'invalid', message: item.message ?? 'is invalid' };
}

/**
 * Builds the Express app of one API: the request pipeline (`@contracts/pipeline`) in its stateful mode, over the
 * vendor's fake, with express-openapi-validator as its validation step and its response check. Each path gets its
 * own validator, built on its first request from the part of the spec it serves, so that none scans the others.
 */
export async function createStubApp(
  api: Api,
  options: StubOptions,
  store: Store = new MemoryStore(),
  vendor: AnyVendor = vendorOf(api.name),
  /** Where faults and the journal live, when they should outlive this app (a contract swapped into a running stub). */
  controlStore?: ControlStore,
): Promise<StubApp> {
  const pipeline = createPipeline(api, vendor, {
    mode: 'stateful',
    server: 'stub',
    store,
    credentials: options.credentials ?? vendor.credentials.read(options.env),
    bodyLimitBytes: options.bodyLimitBytes,
    bodyLimits: options.bodyLimits,
    rateLimit: options.rateLimit,
    // A shared store keeps rate counts, faults and the journal too, so that every replica sees the same.
    ...(isShared(store) && { rateLimiter: (settings) => store.rateLimiter(settings) }),
    corsOrigins: options.corsOrigins,
    control: {
      ...(controlStore ? { store: controlStore } : isShared(store) && { store: store.controlStore() }),
      ...(options.allowUndocumentedFaults && { allowUndocumentedFaults: true }),
    },
  });
  await pipeline.ready;
  const operations = operationsOf(api.document);
  const document = validationDocument(api.document);

  const validators = new Map<string, Promise<express.Router>>();
  // The validator of a path is built on the path's first request (express-openapi-validator itself loads then too).
  const validatorOf = (operation: Operation): Promise<express.Router> => {
    let router = validators.get(operation.path);
    if (!router) {
      router = import('express-openapi-validator').then(({ middleware }) =>
        express.Router().use(
          middleware({
            apiSpec: subsetDocument(
              document,
              operations.filter((candidate) => candidate.path === operation.path),
            ) as never,
            // The specs are linted by Redocly: checking them again would compile the OpenAPI schema per path.
            validateApiSpec: false,
            // The validator matches the URL the pipeline routed, as the spec writes it (see `admit`).
            useRequestUrl: true,
            validateRequests: { allErrors: true },
            validateResponses: options.validateResponses,
            // The pipeline authenticated the caller by the vendor's rules (Looker also takes `Authorization: token …`).
            validateSecurity: false,
            fileUploader: false,
          }),
        ),
      );
      validators.set(operation.path, router);
    }
    return router;
  };

  /** Journals the request, then carries out its outcome: an answer (through the validator when `validate`), or a fault's interruption. */
  const finish = (res: Response, outcome: Outcome, validate: boolean): void => {
    const exchange = exchangeOf(res);
    const journaled = exchange.journaled ? Promise.resolve() : pipeline.record(exchange.request, outcome);
    exchange.journaled = true;
    journaled.then(() => ('interrupted' in outcome ? void writeOutcome(res, outcome) : send(res, outcome, validate)));
  };

  const control = controlApi(pipeline, { serve: options.control ?? true, token: options.controlToken, bodyLimitBytes: options.bodyLimitBytes });
  const answerControl: RequestHandler = (req, res, next) => {
    control(req, res).then((answered) => answered || next(), next);
  };

  const admit: RequestHandler = (req, res, next) => {
    const exchange = exchangeOf(res);
    exchange.request = nodeRequest(req, options.bodyLimitBytes);
    pipeline
      .admit(exchange.request, req.socket.remoteAddress)
      .then((admission) => {
        if ('answer' in admission) return finish(res, admission.answer, false);
        const { admitted } = admission;
        exchange.admitted = admitted;
        req.body = admitted.body;
        // The validator matches paths itself, on the URL as sent; it gets the one the route table matched.
        req.url = `${api.basePath}${admitted.canonicalPath}${req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''}`;
        // As method-override does: a HEAD is validated as the GET it stands for.
        if (admitted.head) req.method = 'GET';
        return validatorOf(admitted.operation).then((validator) => validator(req, res, next));
      })
      .catch(next);
  };

  const respond: RequestHandler = (_req, res, next) => {
    const { admitted } = exchangeOf(res);
    if (!admitted) return next(new Error('a request reached the answer without being admitted'));
    pipeline
      .respond(admitted)
      .then((outcome) => finish(res, outcome, !admitted.head && 'status' in outcome && admitted.operation.responses.has(outcome.status)), next);
  };

  // The validator's `HttpError`s and any failure: a request that broke the spec gets the vendor's answer to it, an
  // answer that broke it (a handler's bug) a 500 that says so, anything else the vendor's 500 with the log's details.
  const answerFailure: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    if (res.headersSent) return void res.end();
    const { request, admitted } = exchangeOf(res);
    const failure = error as { status?: number; errors?: Array<{ path?: string; message?: string; errorCode?: string }>; message?: string };
    if (admitted && failure.status === 400 && Array.isArray(failure.errors)) {
      pipeline.respond(admitted, failure.errors.map(violationOf)).then(
        (outcome) => finish(res, outcome, false),
        (failed: unknown) => finish(res, pipeline.failed(failed, request, admitted), false),
      );
      return;
    }
    if (admitted && failure.status === 500 && Array.isArray(failure.errors)) {
      console.error(`stub: ${request.method} ${targetOf(request)} failed: its answer broke the contract:`, failure.message);
      return finish(res, { ...vendor.errors.error(500, `The stub broke its contract: ${failure.message}`), headers: admitted.answerHeaders }, false);
    }
    finish(res, pipeline.failed(error, request, admitted), false);
  };

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // The validator matches paths as the pipeline's route table does: exactly.
  app.enable('case sensitive routing');
  app.enable('strict routing');
  app.use(answerControl, admit, respond, answerFailure);

  return {
    api,
    app,
    pipeline,
    vendor,
    fake: pipeline.fake,
    operations,
    options,
    reset: () => pipeline.reset(),
  };
}
