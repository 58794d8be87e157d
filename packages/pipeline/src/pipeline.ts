import {
  type Api,
  type Discriminator,
  discriminatorOf,
  discriminatorProblem,
  type HttpMethod,
  type Operation,
  operationsOf,
  writeOnlyStripper,
} from '@contracts/bundles/model';
import type { Fault } from '@contracts/types/control';
import {
  type Answer,
  type AnyVendor,
  type BodyLimits,
  type Caller,
  createFake,
  defaultBodyLimitBytes,
  defaultBodyLimits,
  type ExampleRules,
  type Fake,
  MemoryStore,
  type Store,
  StoreUnavailableError,
  storeUnavailableMessage,
  type VendorRequest,
  type Violation,
} from '@contracts/vendors';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { type BodyRules, bodyRulesOf, readBody } from './body';
import { type Control, type ControlOptions, createControl, latencyOf } from './control/control';
import { journalWriter, type Outcome, type Sighting } from './control/journal';
import { type CorsOrigins, corsHeaders, preflightHeaders } from './cors';
import { exampleAnswer } from './examples';
import { type ParameterRules, parameterRulesOf, pathViolations, readQuery } from './parameters';
import { type Preferences, parsePrefer, preferenceProblem } from './prefer';
import { consumeRateLimit, defaultRateLimit, memoryRateLimiter, type RateLimiterFactory, type RateLimitSettings } from './rate-limits';
import type { PipelineRequest } from './request';
import { RouteTable } from './route-table';

/** `stateful`: the vendor's fake over a store (the stub, MSW by default); `examples`: the spec's examples (the mock, MSW's examples mode). */
export type Mode = 'stateful' | 'examples';

/** A request that passed every check of the pipeline before validation, with what it found out on the way. */
export interface AdmittedRequest extends VendorRequest {
  /** The request's headers that the pipeline or the spec reads, by lower-case name. */
  headers: Record<string, string>;
  /** The query string's parameters as sent: the text of each, or the texts of a repeated one. */
  rawQuery: Record<string, string | string[]>;
  /** The path below the base path, as sent (still percent-encoded). */
  path: string;
  /**
   * The same path written as the spec writes it: literal segments as the template has them, each path parameter
   * percent-encoded once (`/integration%5Fhubs` → `/integration_hubs`), for a validator that matches paths itself.
   */
  canonicalPath: string;
  /** The media type of the body, when one was sent. */
  mediaType?: string;
  /** The caller, as the vendor authenticated it (stateful mode, authenticated operations). */
  caller?: Caller<unknown>;
  /** What `Prefer` asks for (examples mode). */
  preferences: Preferences;
  /** Whether it came as HEAD: answered as GET, without a body. */
  head: boolean;
  /** Headers every answer to it carries (CORS). */
  answerHeaders: Record<string, string>;
}

/** Either the answer already (a refusal, a preflight), or the request admitted for validation. */
export type Admission = { answer: Answer } | { admitted: AdmittedRequest };

/** The validation step: the adapter's library (express-openapi-validator, Prism, Ajv) judging an admitted request. */
export type Validator = (request: AdmittedRequest) => Promise<Violation[]> | Violation[];

export interface PipelineOptions {
  mode: Mode;
  /** What answers, named in the message of an unexpected failure: `stub`, `mock`, `MSW handlers`. */
  server: string;
  /** The path every operation is below (default: the vendor's, `api.basePath`). */
  basePath?: string;
  /** Where the stateful mode keeps its state (default: a new in-memory store). */
  store?: Store;
  /** The credentials accepted (default: the vendor's defaults). */
  credentials?: unknown;
  /** The largest body accepted, in bytes; larger gets 413 (default 1 MiB). */
  bodyLimitBytes?: number;
  /** How deep, wide and long a JSON body may be; past them it gets 413. */
  bodyLimits?: BodyLimits;
  /** The limits of the operations that document 429 (default 1000 a minute per caller). */
  rateLimit?: RateLimitSettings;
  /** Where rate counts live (default: this process's memory). */
  rateLimiter?: RateLimiterFactory;
  /** The origins browser apps may call from (default: any). */
  corsOrigins?: CorsOrigins;
  /** The validation step, run by `handle` (the stub runs its own between `admit` and `respond`). */
  validate?: Validator;
  /** Answers from examples in the examples mode (default: the spec's named examples, picked as Prism picks them). */
  answerFromExamples?: (request: AdmittedRequest) => Promise<Answer>;
  /** Whether `answerFromExamples` can generate answers (`Prefer: dynamic=true`); only Prism can. */
  generatesAnswers?: boolean;
  /** Told of every failure answered with 500 (default: `console.error`). */
  onFailure?: (error: unknown, request: PipelineRequest) => void;
  /** Where faults and the journal live, whether faults may answer undocumented statuses, how long the journal gets. */
  control?: ControlOptions;
  /**
   * The rules of answering from examples, when they should outlive this pipeline (default: new ones from the vendor):
   * a contract swapped into a running mock keeps accepting the tokens it issued.
   */
  exampleRules?: ExampleRules;
}

/** The one request pipeline of one API: the stub, the mock and the MSW handlers are adapters around it. */
export interface Pipeline {
  api: Api;
  vendor: AnyVendor;
  mode: Mode;
  /** The stateful fake (its store, credentials and handlers). */
  fake: Fake;
  /** Every check before validation, in order: CORS preflight, route (404, or 405 with `Allow`), authentication, rate limit, body, parameters. */
  admit(request: PipelineRequest, client?: string): Promise<Admission>;
  /**
   * Every step after validation: `violations` in the vendor's shape, else a fault injected into the operation (its
   * documented answer, after its latency, or an interruption for the transport to carry out), else the vendor's
   * refusal, else the answer, shaped.
   */
  respond(request: AdmittedRequest, violations?: Violation[]): Promise<Outcome>;
  /** `admit`, the `validate` step, `respond`, then `record`: the outcome of any request, failures included. */
  handle(request: PipelineRequest, client?: string): Promise<Outcome>;
  /**
   * Journals a request with its outcome, credentials masked. An adapter that does not run `handle` calls it once per
   * request before writing the answer, so that a client that got its answer finds the request in the journal.
   */
  record(request: PipelineRequest, outcome: Outcome): Promise<void>;
  /** The answer to a failure of any step: 503 while the store is down, else 500 in the vendor's shape. */
  failed(error: unknown, request: PipelineRequest, admitted?: AdmittedRequest): Answer;
  /** Resolves once the store is seeded (stateful mode). */
  ready: Promise<void>;
  /** The rules of answering from examples in force (the tokens issued so far among them). */
  readonly exampleRules: ExampleRules;
  /** Forgets every change: the store seeded again from the spec's examples, issued tokens and rate counts dropped. */
  reset(): Promise<void>;
  /** Whether a request path (below the base path, as sent) is one the spec has, whatever the method. */
  knows(path: string): boolean;
  /** Faults, the request journal, fixtures and reset: what `/__contracts/` serves, in-process. */
  control: Control;
}

/** What the pipeline works out once per operation. */
interface OperationFacts {
  body: BodyRules;
  parameters: ParameterRules;
  discriminator?: Discriminator;
  /** The message of the spec's first 401 example, so that refusals read as the spec shows them. */
  unauthenticated: string;
  /** Removes write-only fields from the answer of each status. */
  strippers: Map<number, (body: unknown) => unknown>;
  rateLimited: boolean;
}

/** The names of every response header the document declares (e.g. `Retry-After`): browsers may read them. */
function declaredResponseHeaders(operations: Operation[]): string[] {
  return [...new Set(operations.flatMap((operation) => [...operation.responses.values()].flatMap((response) => Object.keys(response.headers))))];
}

const allowOf = (methods: HttpMethod[]) => {
  const upper = methods.map((method) => method.toUpperCase());
  return [...upper, ...(upper.includes('GET') && !upper.includes('HEAD') ? ['HEAD'] : []), 'OPTIONS'];
};

const withHeaders = (answer: Answer, headers: Record<string, string | number>): Answer =>
  Object.keys(headers).length === 0 ? answer : { ...answer, headers: { ...answer.headers, ...headers } };

/** The path and query of a request, for log lines. */
export function targetOf(request: PipelineRequest): string {
  try {
    const url = new URL(request.url);
    return `${url.pathname}${url.search}`;
  } catch {
    return request.url;
  }
}

/** The answer to a HEAD request: the status and headers of the GET's, without its body. */
const headOnly = ({ status, headers }: Answer): Answer => ({ status, ...(headers && { headers }) });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the pipeline of `api` run by `vendor`. */
export function createPipeline(api: Api, vendor: AnyVendor, options: PipelineOptions): Pipeline {
  const { mode } = options;
  const operations = operationsOf(api.document);
  const table = new RouteTable(operations);
  const credentials = options.credentials ?? vendor.credentials.read();
  const fake = createFake(api, vendor, { store: options.store ?? new MemoryStore(), credentials });
  let rules: ExampleRules = options.exampleRules ?? vendor.exampleRules(api, credentials);
  const rateLimit = options.rateLimit ?? defaultRateLimit;
  const makeLimiter = options.rateLimiter ?? memoryRateLimiter;
  let limiter: RateLimiterAbstract | undefined = rateLimit.limit > 0 ? makeLimiter(rateLimit) : undefined;
  const bodyLimitBytes = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  const bodyLimits = options.bodyLimits ?? defaultBodyLimits;
  const corsOrigins = options.corsOrigins ?? '*';
  const basePath = options.basePath ?? api.basePath;
  const exposed = [...new Set([...declaredResponseHeaders(operations), 'Allow'])];
  const onFailure = options.onFailure ?? ((error, request) => console.error(`${options.server}: ${request.method} ${targetOf(request)} failed:`, error));

  const facts = new Map<Operation, OperationFacts>();
  const factsOf = (operation: Operation): OperationFacts => {
    let known = facts.get(operation);
    if (!known) {
      const example = operation.responses.get(401)?.content['application/json']?.examples[0]?.value as { message?: unknown } | undefined;
      known = {
        body: bodyRulesOf(api.document, operation),
        parameters: parameterRulesOf(api.document, operation),
        discriminator: discriminatorOf(api.document, operation.requestBody?.content['application/json']?.schema),
        unauthenticated: typeof example?.message === 'string' ? example.message : 'Requires authentication',
        strippers: new Map(
          [...operation.responses.values()].map((response) => [response.status, writeOnlyStripper(api.document, response.content['application/json']?.schema)]),
        ),
        rateLimited: operation.responses.has(429),
      };
      facts.set(operation, known);
    }
    return known;
  };

  const seed = (force: boolean) => (mode === 'stateful' ? fake.seed(force).then(() => undefined) : Promise.resolve());
  let ready = seed(false);
  // A store that cannot be seeded fails each request instead (503), never the process.
  ready.catch(() => undefined);

  const invalid = (violations: Violation[]): Answer => vendor.errors.invalid(violations);

  const {
    control,
    faultFor,
    record: journal,
  } = createControl(
    {
      api,
      vendor,
      operations,
      server: options.server,
      ...(mode === 'stateful' && { store: fake.store }),
      reset: () => pipeline.reset(),
    },
    options.control,
  );
  const journalEntry = journalWriter(api.document);
  /** What admission learned of each request (by the request, and by its admitted form), for its journal entry. */
  const sightings = new WeakMap<object, Sighting>();

  /** The answer of a fault's status: the operation's documented one (headers and example), else the vendor's error. */
  function faultAnswer(operation: Operation, fault: Fault & { status: number }): Answer {
    const { status } = fault;
    const answer: Answer = operation.responses.has(status)
      ? exampleAnswer(api.document, operation, { code: status, ...(fault.example !== undefined && { example: fault.example }) })
      : vendor.errors.error(status, `The ${options.server} answers ${status} because a fault was injected through /__contracts/faults`);
    if (status !== 429) return answer;
    const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'retry-after'));
    const documented = Object.entries(answer.headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
    return { ...answer, headers: { ...headers, 'Retry-After': fault.retryAfterSeconds ?? documented ?? 1 } };
  }

  /** The documented answer of `status` (its first example), or the vendor's error when the operation does not document it. */
  const documented = (operation: Operation, status: number, message: string): Answer =>
    operation.responses.has(status) ? exampleAnswer(api.document, operation, { code: status }) : vendor.errors.error(status, message);

  async function authenticate(operation: Operation, authorization: string | null): Promise<{ caller?: Caller<unknown> } | { refused: Answer }> {
    if (operation.anonymous) return {};
    const refused = { refused: vendor.errors.error(401, factsOf(operation).unauthenticated) };
    if (mode === 'examples') return rules.authenticate(authorization ?? undefined) ? {} : refused;
    await ready;
    const caller = await fake.authenticate(authorization ?? undefined);
    return caller ? { caller } : refused;
  }

  async function admit(request: PipelineRequest, client?: string): Promise<Admission> {
    const sighting: Sighting = { time: new Date().toISOString() };
    sightings.set(request, sighting);
    const method = request.method.toUpperCase();
    const head = method === 'HEAD';
    const cors = corsHeaders(corsOrigins, request.headers.get('origin'), exposed);
    const answer = (plain: Answer, headers: Record<string, string | number> = {}): Admission => {
      const full = withHeaders(plain, { ...headers, ...cors });
      return { answer: head ? headOnly(full) : full };
    };
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return answer(vendor.errors.error(400, 'The request target is not a valid path'));
    }
    const inBase = url.pathname.startsWith(`${basePath}/`);
    const path = inBase ? url.pathname.slice(basePath.length) : '';
    const lookup = inBase ? table.lookup(head ? 'GET' : method, path) : ({ kind: 'none' } as const);

    // OPTIONS is answered here unless the spec documents it: with `Allow`, and as a CORS preflight when it is one.
    if (method === 'OPTIONS' && lookup.kind === 'path') {
      const allow = allowOf(lookup.methods);
      const preflight = request.headers.get('access-control-request-method') !== null;
      return answer(
        { status: 204 },
        { Allow: allow.join(', '), ...(preflight ? preflightHeaders(cors, allow, request.headers.get('access-control-request-headers')) : {}) },
      );
    }
    if (lookup.kind === 'none') return answer(vendor.errors.error(404, 'Not found'));
    if (lookup.kind === 'path') return answer(vendor.errors.error(405, `Method ${method} not allowed`), { Allow: allowOf(lookup.methods).join(', ') });

    const { operation } = lookup;
    sighting.operation = operation;
    const known = factsOf(operation);
    const authorization = request.headers.get('authorization');
    const authenticated = await authenticate(operation, authorization);
    if ('refused' in authenticated) return answer(authenticated.refused);

    if (known.rateLimited && limiter) {
      const caller = vendor.errors.token(authorization ?? undefined) ?? client ?? 'anonymous';
      const verdict = await consumeRateLimit(limiter, rateLimit, `${operation.operationId} ${caller}`);
      if (!verdict.allowed) {
        const seconds = verdict.retryAfterSeconds;
        return answer(vendor.errors.error(429, `Too many requests, please retry after ${seconds} seconds`), {
          'Retry-After': seconds,
          RateLimit: `limit=${verdict.limit}, remaining=0, reset=${seconds}`,
          'RateLimit-Policy': `${verdict.limit};w=${verdict.windowSeconds}`,
        });
      }
    }

    const read = await readBody(request, known.body, bodyLimitBytes, bodyLimits);
    if ('status' in read) return answer(vendor.errors.error(read.status, read.message));
    if ('violation' in read) return answer(invalid([read.violation]));
    sighting.body = { value: read.body };

    const malformed = lookup.malformed && {
      location: 'path' as const,
      field: [lookup.malformed.name],
      rule: 'format',
      message: 'is not valid percent-encoding',
    };
    const query = readQuery(url.searchParams, known.parameters);
    const wrongBranch = known.discriminator && discriminatorProblem(known.discriminator, read.body);
    const violations = [
      ...(malformed ? [malformed] : pathViolations(lookup.params, known.parameters)),
      ...query.violations,
      ...(wrongBranch ? [{ location: 'body' as const, ...wrongBranch }] : []),
    ];
    if (violations.length > 0) return answer(invalid(violations));

    const preferences = mode === 'examples' ? parsePrefer(request.headers.get('prefer')) : {};
    const problem =
      mode === 'examples'
        ? (preferenceProblem(operation, preferences) ??
          (preferences.dynamic && !options.generatesAnswers
            ? "Prefer: dynamic=true is not available here, where answers are the spec's named examples; `pnpm mock --dynamic` generates answers"
            : undefined))
        : undefined;
    if (problem) return answer(vendor.errors.error(400, problem));

    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'accept', 'prefer', 'origin']) {
      const value = request.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    for (const parameter of operation.parameters) {
      const value = parameter.in === 'header' ? request.headers.get(parameter.name) : null;
      if (value !== null) headers[parameter.name.toLowerCase()] = value;
    }
    const rawQuery: Record<string, string | string[]> = {};
    for (const name of new Set(url.searchParams.keys())) {
      const texts = url.searchParams.getAll(name);
      rawQuery[name] = texts.length === 1 ? (texts[0] as string) : texts;
    }
    const admitted: AdmittedRequest = {
      operation,
      params: lookup.params,
      query: query.values,
      rawQuery,
      headers,
      body: read.body,
      path,
      canonicalPath: operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(lookup.params[name] ?? '')),
      ...(read.mediaType && { mediaType: read.mediaType }),
      ...('caller' in authenticated && authenticated.caller && { caller: authenticated.caller }),
      preferences,
      head,
      answerHeaders: cors,
    };
    sightings.set(admitted, sighting);
    return { admitted };
  }

  /** The answer to a valid request from the spec's examples, after the refusals of answering from examples. */
  async function fromExamples(request: AdmittedRequest): Promise<Answer> {
    const refusal = rules.refuse?.(request);
    if (refusal) return refusal.body === undefined ? documented(request.operation, refusal.status, 'Refused') : (refusal as Answer);
    const answer = options.answerFromExamples ? await options.answerFromExamples(request) : exampleAnswer(api.document, request.operation, request.preferences);
    return rules.answer ? rules.answer(request, answer) : answer;
  }

  async function respond(request: AdmittedRequest, violations: Violation[] = []): Promise<Outcome> {
    const finish = (answer: Answer): Answer => {
      const shaped = withHeaders(answer, request.answerHeaders);
      return request.head ? headOnly(shaped) : shaped;
    };
    // A failed `if` of a discriminator chain (validationDocument) only sums up its branch's own violations.
    const named = violations.filter((violation) => violation.rule !== 'if');
    if (violations.length > 0) return finish(invalid(named.length > 0 ? named : violations));
    // A fault stands in for the vendor answering a request the contract accepts; it never blocks other requests.
    const fault = await faultFor(request.operation);
    if (fault) {
      const sighting = sightings.get(request);
      if (sighting) sighting.faultId = fault.id;
      const delay = latencyOf(fault);
      if (delay > 0) await pause(delay);
      if (fault.kind) return { interrupted: fault.kind };
      const { status } = fault;
      if (status !== undefined) return finish(faultAnswer(request.operation, { ...fault, status }));
    }
    const refusal = vendor.refuse?.(request);
    if (refusal) return finish(refusal);
    const answer = mode === 'stateful' ? await fake.run(request, request.caller) : await fromExamples(request);
    const strip = factsOf(request.operation).strippers.get(answer.status);
    const visible = strip && answer.body !== undefined ? { ...answer, body: strip(answer.body) } : answer;
    return finish(visible.status < 300 && vendor.shape ? vendor.shape(request, visible) : visible);
  }

  function failed(error: unknown, request: PipelineRequest, admitted?: AdmittedRequest): Answer {
    const cors = admitted?.answerHeaders ?? {};
    let answer: Answer;
    if (error instanceof StoreUnavailableError) answer = vendor.errors.error(503, storeUnavailableMessage);
    else {
      onFailure(error, request);
      answer = vendor.errors.error(500, `The ${options.server} failed; its log has the details`);
    }
    const full = withHeaders(answer, cors);
    return request.method.toUpperCase() === 'HEAD' ? headOnly(full) : full;
  }

  async function record(request: PipelineRequest, outcome: Outcome): Promise<void> {
    const sighting = sightings.get(request) ?? { time: new Date().toISOString() };
    try {
      await journal(journalEntry(request, sighting, outcome));
    } catch (error) {
      // The answer goes out all the same; a store that is down answers every request 503 meanwhile.
      if (!(error instanceof StoreUnavailableError)) onFailure(error, request);
    }
  }

  async function outcomeOf(request: PipelineRequest, client?: string): Promise<Outcome> {
    let admitted: AdmittedRequest | undefined;
    try {
      const admission = await admit(request, client);
      if ('answer' in admission) return admission.answer;
      admitted = admission.admitted;
      const violations = (await options.validate?.(admitted)) ?? [];
      return await respond(admitted, violations);
    } catch (error) {
      return failed(error, request, admitted);
    }
  }

  const pipeline: Pipeline = {
    api,
    vendor,
    mode,
    fake,
    admit,
    respond,
    failed,
    record,
    control,
    async handle(request, client) {
      const outcome = await outcomeOf(request, client);
      await record(request, outcome);
      return outcome;
    },
    get ready() {
      return ready;
    },
    get exampleRules() {
      return rules;
    },
    knows: (path) => table.lookup('OPTIONS', path).kind !== 'none',
    async reset() {
      rules = vendor.exampleRules(api, credentials);
      limiter = rateLimit.limit > 0 ? makeLimiter(rateLimit) : undefined;
      ready = seed(true);
      await ready;
    },
  };
  return pipeline;
}
