import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type Api, discriminatorProblem, type Operation, resolveRef } from '@contracts/bundles';
import { defaultBodyLimitBytes, replayExamples } from '@contracts/http';
import { type Answer, type BodyLimits, checkBody, parsePrefer, preferenceProblem, type VendorRequest, type Violation } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig, type PrismHttpComponents } from '@stoplight/prism-http';
import { isForm, isJson, mediaTypeOf, readBody } from './body';
import { type PrismValidation, violationsFrom } from './issues';
import { findRoute, malformedParam, paramsOf, type Route, routesOf } from './routes';

/** What the mock answers: headers are always there (Prism's, or none). */
/** The mock of one API as a Node request listener; `reset()` forgets the tokens it issued. */
export type ApiMock = RequestListener & { reset(): void };

type MockAnswer = Answer & { headers: Record<string, string | number> };

export interface ApiMockOptions {
  /** Generate answers from the schemas instead of returning the named examples (a request may still send `Prefer: dynamic=false`). */
  dynamic?: boolean;
  /** Where the vendor's credentials are read from (default: `process.env`). */
  env?: Record<string, string | undefined>;
  /** The credentials the mock accepts, instead of reading them from `env`. */
  credentials?: unknown;
  /** How deep, wide and long a JSON body may be (default: the vendors' defaults). */
  bodyLimits?: BodyLimits;
  /** Called once per answered request with a short line (method, path, status). */
  log?: (line: string) => void;
}

type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
type PrismInput = Parameters<ReturnType<typeof createInstance>['request']>[0];

function send(response: ServerResponse, answer: MockAnswer): void {
  const body = answer.body === undefined ? undefined : JSON.stringify(answer.body);
  for (const [name, value] of Object.entries(answer.headers)) {
    // Prism names it `Content-type`; the mock always answers JSON, set below.
    if (name.toLowerCase() !== 'content-type') response.setHeader(name, value);
  }
  if (body !== undefined) response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.statusCode = answer.status;
  response.end(body);
}

function queryOf(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/** Whether a form body's percent-encoding is valid (found by the contract kit: Prism answered 500 to `%ff=%c0%ae`). */
function decodableForm(text: string): boolean {
  try {
    decodeURIComponent(text.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/** Freezes `value` and everything in it: an answer kept for every request must not change under any of them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Builds the mock of one API: Prism validates each request and picks the documented answer, and this
 * handler puts the vendor's behaviour around it (base path, credentials, error bodies, write-only fields).
 */
export async function createApiMock(api: Api, options: ApiMockOptions = {}): Promise<ApiMock> {
  const vendor = vendorOf(api.name);
  const credentials = options.credentials ?? vendor.credentials.read(options.env ?? process.env);
  let rules = vendor.exampleRules(api, credentials);
  const routes = routesOf(api.document);
  // Prism's ref parser rewrites the document it is given; hand it a copy.
  const prismOperations = await getHttpOperationsFromSpec(structuredClone(api.document) as never);
  const prismOperationOf = new Map<Route, PrismOperation>();
  for (const route of routes.all) {
    const { method, path } = route.operation;
    const match = prismOperations.find((candidate) => candidate.method === method && candidate.path === path);
    if (!match) throw new Error(`Prism did not read ${method.toUpperCase()} ${path} from the ${api.name} bundle`);
    prismOperationOf.set(route, match);
  }
  // Prism validates a `oneOf` body against every branch and reports them all; the vendors validate the branch the
  // discriminator names. So each discriminated body gets one Prism operation per branch, with that branch as its body.
  const branchesOf = new Map<Route, Map<string, PrismOperation>>();
  for (const [route, prismOperation] of prismOperationOf) {
    const body = prismOperation.request?.body;
    if (!route.bodyDiscriminator || !body) continue;
    const branches = Object.entries(route.bodyDiscriminator.branches).map(([value, { index }]): [string, PrismOperation] => {
      const contents = (body.contents ?? []).map((content) => {
        const schema = content.schema as { oneOf?: object[]; $schema?: string };
        return { ...content, schema: { ...schema.oneOf?.[index], $schema: schema.$schema } };
      });
      return [value, { ...prismOperation, request: { ...prismOperation.request, body: { ...body, contents } } }];
    });
    branchesOf.set(route, new Map(branches));
  }

  /** The Prism operation to validate `body` with: the discriminated branch it names, else the operation itself. */
  function prismOperationFor(route: Route, body: unknown): PrismOperation {
    const property = route.bodyDiscriminator?.property;
    const value = property && body && typeof body === 'object' ? (body as Record<string, unknown>)[property] : undefined;
    return (typeof value === 'string' && branchesOf.get(route)?.get(value)) || (prismOperationOf.get(route) as PrismOperation);
  }

  // Prism's per-request logging is its largest cost and the mock reports requests itself: silence it.
  const logger = createLogger('mock', { enabled: false });
  const base = { validateRequest: true, validateResponse: false, checkSecurity: false, errors: false, upstreamProxy: undefined, isProxy: false } as const;
  // The mock has found the request's operation already (routes.ts) and hands Prism only that one: Prism's router,
  // which would match the path again against its template, only has to take it.
  const route: PrismHttpComponents['route'] = ({ resources }) => ({ _tag: 'Right', right: resources[0] as PrismOperation });
  // Two Prism instances: one validates each request (its mocker replaced by one that answers nothing), the other
  // produces the answers. Prism's answer to a valid request depends only on the operation and on the status and
  // example asked for (when answers come from examples; the request's Accept header is never passed on), so the mock
  // asks for each once and keeps it, and a request costs Prism's validation alone.
  const noAnswer: PrismHttpComponents['mock'] = () => () => ({ _tag: 'Right', right: { statusCode: 200, headers: {} } });
  const validator = createInstance({ ...base, mock: { dynamic: false } }, { logger, route, mock: noAnswer });
  const answerer = createInstance({ ...base, validateRequest: false, mock: { dynamic: false } }, { logger, route });
  /** True while the example requests of the spec compile Prism's validators, before the mock is handed out. */
  let warming = false;

  /** Runs `prism` on `input` for `route`; the config is fresh each time because Prism writes into it. */
  async function askPrism(prism: typeof validator, route: Route, input: PrismInput, mock: IHttpConfig['mock'], validateRequest: boolean) {
    const result = await prism.request(input, [prismOperationFor(route, input.body)], { ...base, validateRequest, mock })();
    if (result._tag === 'Left') throw result.left;
    return result.right;
  }

  /** Prism's answer as the mock's, without the fields the schema marks write-only. */
  function fromPrism(route: Route, output: { statusCode: number; headers?: unknown; body?: unknown }): MockAnswer {
    const strip = route.stripWriteOnly.get(output.statusCode);
    const body = strip && output.body !== undefined ? strip(output.body) : output.body;
    return { status: output.statusCode, headers: (output.headers ?? {}) as MockAnswer['headers'], body };
  }

  const kept = new Map<Route, Map<string, MockAnswer>>();
  /** Prism's answer to a valid request to `route` for the status and example `mock` asks for; frozen, since it is kept and shared. */
  async function answerTo(route: Route, input: PrismInput, mock: NonNullable<IHttpConfig['mock']>): Promise<MockAnswer> {
    if (mock.dynamic) return fromPrism(route, (await askPrism(answerer, route, input, mock, false)).output);
    const key = `${mock.code ?? ''} ${mock.exampleKey ?? ''}`;
    const answers = kept.get(route) ?? new Map<string, MockAnswer>();
    kept.set(route, answers);
    let answer = answers.get(key);
    if (!answer) {
      answer = deepFreeze(fromPrism(route, (await askPrism(answerer, route, input, mock, false)).output));
      answers.set(key, answer);
    }
    return answer;
  }

  /** The documented answer for `status` (its first example), or the vendor's error when the operation does not document it. */
  async function documented(route: Route, input: PrismInput, status: number, message: string): Promise<MockAnswer> {
    if (!route.operation.responses.has(status)) return { status, headers: {}, body: vendor.errors.body(status, message) };
    return answerTo(route, { ...input, body: undefined }, { dynamic: false, code: status });
  }

  async function answer(request: IncomingMessage): Promise<MockAnswer> {
    const method = (request.method ?? 'GET').toLowerCase();
    const error = (status: number, message: string): MockAnswer => ({ status, headers: {}, body: vendor.errors.body(status, message) });
    // The request target is a path: `//host:99999/x` is a path too, not a URL relative to the scheme.
    let url: URL;
    try {
      url = new URL(`http://mock${(request.url ?? '/').startsWith('/') ? '' : '/'}${request.url ?? ''}`);
    } catch {
      await readBody(request);
      return error(400, 'The request target is not a valid path');
    }

    // The API lives under its base path, as on the vendor; Prism itself only knows the paths below it.
    const inBase = url.pathname === api.basePath || url.pathname.startsWith(`${api.basePath}/`);
    const path = url.pathname.slice(api.basePath.length) || '/';
    const route = inBase ? findRoute(routes, method, path) : undefined;
    if (!route) {
      await readBody(request);
      return error(404, 'Not found');
    }
    const malformed = malformedParam(route, path);
    if (malformed) {
      await readBody(request);
      const { status, body: invalid } = vendor.errors.invalid([
        { location: 'path', field: [malformed], rule: 'format', message: 'is not valid percent-encoding' },
      ]);
      return { status, headers: {}, body: invalid };
    }

    const headers = { ...request.headers };
    // Every answer in these specs is JSON; an Accept header of a browser must not make Prism answer 406.
    delete headers.accept;
    const input: PrismInput = {
      method: method as PrismInput['method'],
      url: { path, query: queryOf(url.searchParams) },
      headers: headers as Record<string, string>,
    };

    const { operation } = route;
    if (!operation.anonymous && !warming && !rules.authenticate(request.headers.authorization)) {
      await readBody(request);
      return documented(route, input, 401, 'Requires authentication');
    }

    const { text, tooLarge } = await readBody(request);
    if (tooLarge) return error(413, `Request body is larger than the limit of ${defaultBodyLimitBytes} bytes`);
    const mediaType = mediaTypeOf(request.headers['content-type']);
    const requestMediaTypes = Object.keys(operation.requestBody?.content ?? {});
    let body: unknown;
    if (text !== '' && requestMediaTypes.length > 0) {
      if (!mediaType || !requestMediaTypes.includes(mediaType)) {
        return error(415, `Unsupported Content-Type ${mediaType ?? '(none)'}; send ${requestMediaTypes.join(' or ')}`);
      }
      if (isJson(mediaType)) {
        try {
          body = JSON.parse(text);
        } catch (parseError) {
          return error(400, (parseError as Error).message);
        }
        // Prism takes a JSON `null` for no body at all; a body that is sent must match its schema.
        if (body === null && !route.nullBody) {
          const { status, body: invalid } = vendor.errors.invalid([{ location: 'body', field: [], rule: 'type', message: 'must not be null' }]);
          return { status, headers: {}, body: invalid };
        }
        const problem = checkBody(body, options.bodyLimits);
        if (problem?.status === 413) return error(413, problem.message);
        if (problem) {
          const { status, body: invalid } = vendor.errors.invalid([problem.violation]);
          return { status, headers: {}, body: invalid };
        }
      } else {
        // Prism decodes form bodies itself for validation (and throws on `%zz`); the vendor hooks read the fields.
        // Malformed, like JSON that does not parse: the vendor's 400, as the stub answers.
        if (!decodableForm(text)) return error(400, 'The form body is not valid percent-encoding');
        body = text;
      }
    }

    // OpenAPI's `allowEmptyValue` is false unless a parameter says otherwise, and Prism lets `?limit=` through (and
    // reads `?limit=+`, a space, as 0): an empty value, or a blank one where the schema is not a string, is refused.
    const blank = (parameter: Operation['parameters'][number], value: string) =>
      value === '' || (value.trim() === '' && resolveRef<{ type?: unknown }>(api.document, parameter.schema)?.type !== 'string');
    const refused = operation.parameters
      .filter(
        (parameter) =>
          parameter.in === 'query' && parameter.allowEmptyValue !== true && url.searchParams.getAll(parameter.name).some((value) => blank(parameter, value)),
      )
      .map((parameter): Violation => ({ location: 'query', field: [parameter.name], rule: 'allowEmptyValue', message: 'must not be empty' }));
    // Prism splits one value of an exploded array at its commas; OpenAPI's form arrays repeat the parameter instead,
    // so `?categories=A,B` is one item, which must be one of the item enum's values.
    for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
      const schema = resolveRef<{ type?: unknown; items?: unknown } | undefined>(api.document, parameter.schema);
      const allowed = schema?.type === 'array' ? resolveRef<{ enum?: unknown[] } | undefined>(api.document, schema.items)?.enum : undefined;
      if (!allowed) continue;
      url.searchParams.getAll(parameter.name).forEach((value, index) => {
        if (value !== '' && !allowed.includes(value))
          refused.push({ location: 'query', field: [parameter.name, String(index)], rule: 'enum', message: 'must be equal to one of the allowed values' });
      });
    }
    if (refused.length > 0) {
      const { status, body: invalid } = vendor.errors.invalid(refused);
      return { status, headers: {}, body: invalid };
    }

    const preferences = parsePrefer(request.headers.prefer);
    const problem = preferenceProblem(operation, preferences);
    if (problem) return error(400, problem);

    const mock = {
      dynamic: preferences.example === undefined && (preferences.dynamic ?? options.dynamic ?? false),
      code: preferences.code,
      exampleKey: preferences.example,
    };
    const { validations } = await askPrism(validator, route, { ...input, body }, mock, true);
    const wrongBranch = route.bodyDiscriminator && discriminatorProblem(route.bodyDiscriminator, body);
    const violations = wrongBranch ? [{ location: 'body' as const, ...wrongBranch }] : violationsFrom(validations.input as PrismValidation[]);
    if (violations.length > 0) {
      // The vendor's status and body: Looker's 422 for invalid body fields (400 for parameters), Truto's and Versori's 400.
      const { status, body: invalid } = vendor.errors.invalid(violations);
      return { status, headers: {}, body: invalid };
    }

    const vendorRequest: VendorRequest = {
      operation,
      params: paramsOf(route, path),
      headers: request.headers,
      query: input.url.query ?? {},
      body: isForm(mediaType) ? Object.fromEntries(new URLSearchParams(text)) : body,
    };
    // The vendor's own refusals first (the same as the stub's), then those of answering from examples.
    const refusal = vendor.refuse?.(vendorRequest) ?? rules.refuse?.(vendorRequest);
    if (refusal)
      return refusal.body === undefined ? documented(route, input, refusal.status, 'Refused') : { status: refusal.status, headers: {}, body: refusal.body };
    let result = await answerTo(route, { ...input, body }, mock);
    if (rules.answer) result = { headers: {}, ...rules.answer(vendorRequest, result) } as MockAnswer;
    return result.status < 300 && vendor.shape ? ({ headers: {}, ...vendor.shape(vendorRequest, result) } as MockAnswer) : result;
  }

  const listener: RequestListener = (request, response) => {
    answer(request)
      .then((result) => send(response, result))
      .catch((failure: Error) => {
        // A bug of the mock or Prism: its message stays in the log, never in the answer.
        console.error(`mock: ${request.method} ${request.url} failed:`, failure);
        send(response, { status: 500, headers: {}, body: vendor.errors.body(500, 'The mock failed; its log has the details') });
      })
      .finally(() => {
        if (!warming) options.log?.(`${request.method} ${request.url} → ${response.statusCode}`);
      });
  };
  // Prism compiles a validator the first time an operation needs it: every example request of the spec, sent
  // before anyone can call the mock (credentials aside, which it checks itself), compiles them all.
  warming = true;
  try {
    await replayExamples(listener, api);
  } finally {
    warming = false;
  }
  return Object.assign(listener, {
    reset() {
      rules = vendor.exampleRules(api, credentials);
    },
  });
}
