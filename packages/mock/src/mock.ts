import type { RequestListener } from 'node:http';
import {
  type Api,
  type Json,
  nodeAt,
  type OpenApiDocument,
  type Operation,
  resolveRef,
  schemasAt,
  subsetDocument,
  withRequestChains,
} from '@contracts/bundles';
import { controlApi, defaultBodyLimitBytes, nodeRequest, writeOutcome } from '@contracts/http';
import {
  type AdmittedRequest,
  type ControlStore,
  type CorsOrigins,
  createPipeline,
  isFormMediaType,
  type Pipeline,
  type RateLimitSettings,
} from '@contracts/pipeline';
import { type Answer, type BodyLimits, type ExampleRules, locationOf, type Violation } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import type { createInstance, getHttpOperationsFromSpec, IHttpConfig, IHttpRequest, IHttpResponse } from '@stoplight/prism-http';

type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** The mock of one API as a Node request listener; `reset()` forgets the tokens it issued and the rate counts. */
export type ApiMock = RequestListener & { pipeline: Pipeline; reset(): Promise<void> };

export interface ApiMockOptions {
  /** Generate answers from the schemas instead of returning the named examples (a request may still send `Prefer: dynamic=false`). */
  dynamic?: boolean;
  /** Where the vendor's credentials are read from (default: `process.env`). */
  env?: Record<string, string | undefined>;
  /** The credentials the mock accepts, instead of reading them from `env`. */
  credentials?: unknown;
  /** How deep, wide and long a JSON body may be (default: the vendors' defaults). */
  bodyLimits?: BodyLimits;
  /** Limits of the operations that document 429 (default: 1000 a minute per caller). */
  rateLimit?: RateLimitSettings;
  /** The origins browser apps may call from (default: any). */
  corsOrigins?: CorsOrigins;
  /** Called once per answered request with a short line (method, path, status). */
  log?: (line: string) => void;
  /** Whether the control API answers at `/__contracts/` (default on; `startApiMock` turns it off off loopback without `--control`). */
  control?: boolean;
  /** The bearer token the control API requires (`--control-token`). */
  controlToken?: string;
  /** Faults may answer statuses their operation does not document (`--allow-undocumented-faults`). */
  allowUndocumentedFaults?: boolean;
  /** Where faults and the journal live, when they should outlive this mock (a contract swapped into a running one). */
  controlStore?: ControlStore;
  /** The rules of answering from examples, when they should outlive this mock (the tokens it issued). */
  exampleRules?: ExampleRules;
}

/** Prism's DiagnosticSeverity.Error. */
const error = 0;

interface PrismValidation {
  path?: Array<string | number>;
  code?: string | number;
  message: string;
  severity: number;
}

/**
 * Prism names a missing or unexpected property only in its sentence: the names come from the schema instead, in the
 * order Ajv reports them (the schema's `required`, the body's own keys).
 */
function namesAt(document: OpenApiDocument, request: AdmittedRequest, location: string, at: string[], rule: string): string[] {
  if (location !== 'body') {
    const given = new Set(Object.keys(location === 'query' ? request.rawQuery : location === 'path' ? request.params : request.headers));
    return request.operation.parameters
      .filter((parameter) => parameter.in === location && parameter.required && !given.has(parameter.name))
      .map((parameter) => parameter.name);
  }
  // The body's schema as Prism validated it: in `document`, with its discriminator chains.
  const operation = nodeAt(document, request.operation.pointer) as Json | undefined;
  const body = resolveRef<Json | undefined>(document, operation?.requestBody);
  const schema = request.mediaType ? (body?.content as Record<string, Json> | undefined)?.[request.mediaType]?.schema : undefined;
  const { schemas, value } = schemasAt(document, schema, request.body, at);
  const present = value && typeof value === 'object' ? Object.keys(value) : [];
  if (rule === 'required')
    return [...new Set(schemas.flatMap((candidate) => (candidate.required as string[] | undefined) ?? []))].filter((name) => !present.includes(name));
  const declared = new Set(schemas.flatMap((candidate) => Object.keys((candidate.properties as Json | undefined) ?? {})));
  return present.filter((name) => !declared.has(name));
}

/** Prism's validation errors as the vendors' violations: the location and field from its path, the rule from its code. */
function violationsFrom(document: OpenApiDocument, request: AdmittedRequest, validations: PrismValidation[]): Violation[] {
  const named = new Map<string, string[]>();
  return validations
    .filter((validation) => validation.severity === error)
    .map((validation) => {
      const [location = 'body', ...at] = (validation.path ?? []).map(String);
      const rule = String(validation.code ?? 'invalid');
      let field = at;
      if (rule === 'required' || rule === 'additionalProperties') {
        const key = `${location} ${at.join('/')} ${rule}`;
        const names = named.get(key) ?? namesAt(document, request, location, at, rule);
        named.set(key, names.slice(1));
        if (names[0] !== undefined) field = [...at, names[0]];
      }
      return { location: locationOf(location), field, rule, message: validation.message };
    });
}

/**
 * Builds the mock of one API: the request pipeline in its examples mode (`@contracts/pipeline`), with one Prism
 * instance as its validator and the source of its answers (the spec's examples, or answers generated from the
 * schemas). Prism reads each operation on its first request, from a document holding that operation alone.
 */
export async function createApiMock(api: Api, options: ApiMockOptions = {}): Promise<ApiMock> {
  const vendor = vendorOf(api.name);
  // Requests are validated against the chains; answers are generated from the spec's own `oneOf`s.
  const document = withRequestChains(api.document);
  const config: IHttpConfig = {
    mock: { dynamic: false },
    checkSecurity: false,
    validateRequest: true,
    validateResponse: false,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
  };
  // Prism takes about a second to load: it loads on the first request that reaches it, not before the port opens.
  let prism: Promise<{ instance: ReturnType<typeof createInstance>; read: typeof getHttpOperationsFromSpec }> | undefined;
  const prismOf = () =>
    (prism ??= Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-core')]).then(([http, core]) => ({
      // Prism's own request log is its largest cost per request, and the mock logs each request itself.
      instance: http.createInstance(config, { logger: core.createLogger('mock', { enabled: false }) }),
      read: http.getHttpOperationsFromSpec,
    })));
  const prismOperations = new Map<Operation, Promise<PrismOperation>>();
  const prismOperationOf = (operation: Operation) => {
    let found = prismOperations.get(operation);
    if (!found) {
      // Prism's reader rewrites the document it is given: it gets a copy.
      found = prismOf().then(async ({ read: readOperations }) => {
        const read = await readOperations(structuredClone(subsetDocument(document, [operation])) as never);
        const match = read.find((candidate) => candidate.method === operation.method && candidate.path === operation.path);
        if (!match) throw new Error(`Prism did not read ${operation.method.toUpperCase()} ${operation.path} from the ${api.name} bundle`);
        return match;
      });
      prismOperations.set(operation, found);
    }
    return found;
  };

  // Prism validates and answers in one call; the answer waits here for the pipeline's answering step.
  const outputs = new WeakMap<AdmittedRequest, IHttpResponse>();
  const validate = async (request: AdmittedRequest): Promise<Violation[]> => {
    const { operation, preferences } = request;
    const query: Record<string, string | string[]> = {};
    // An array parameter is passed as one: Prism would split a single value at its commas.
    for (const [name, raw] of Object.entries(request.rawQuery)) query[name] = Array.isArray(request.query[name]) ? [raw].flat() : raw;
    // Only what the spec describes reaches Prism: the declared header parameters and the body's type, not `Accept`.
    const headers: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      const value = parameter.in === 'header' ? request.headers[parameter.name.toLowerCase()] : undefined;
      if (value !== undefined) headers[parameter.name] = value;
    }
    if (request.mediaType) headers['content-type'] = request.mediaType;
    const input: IHttpRequest = {
      method: operation.method as IHttpRequest['method'],
      url: { path: request.path, query },
      headers,
      // Prism reads a form from its text.
      body: request.mediaType && isFormMediaType(request.mediaType) ? new URLSearchParams(request.body as Record<string, string>).toString() : request.body,
    };
    const mock: IHttpConfig['mock'] = {
      dynamic: preferences.example === undefined && (preferences.dynamic ?? options.dynamic ?? false),
      ...(preferences.code !== undefined && { code: preferences.code }),
      ...(preferences.example !== undefined && { exampleKey: preferences.example }),
    };
    const { instance } = await prismOf();
    const result = await instance.request(input, [await prismOperationOf(operation)], { ...config, mock })();
    if (result._tag === 'Left') throw result.left;
    outputs.set(request, result.right.output);
    return violationsFrom(document, request, result.right.validations.input as PrismValidation[]);
  };

  const pipeline = createPipeline(api, vendor, {
    mode: 'examples',
    server: 'mock',
    credentials: options.credentials ?? vendor.credentials.read(options.env ?? process.env),
    ...(options.bodyLimits && { bodyLimits: options.bodyLimits }),
    ...(options.rateLimit && { rateLimit: options.rateLimit }),
    ...(options.corsOrigins && { corsOrigins: options.corsOrigins }),
    control: {
      ...(options.controlStore && { store: options.controlStore }),
      ...(options.allowUndocumentedFaults && { allowUndocumentedFaults: true }),
    },
    ...(options.exampleRules && { exampleRules: options.exampleRules }),
    validate,
    generatesAnswers: true,
    answerFromExamples: async (request): Promise<Answer> => {
      const output = outputs.get(request);
      if (!output) throw new Error(`Prism gave no answer to ${request.operation.operationId}`);
      return { status: output.statusCode, headers: output.headers ?? {}, body: output.body };
    },
  });

  const control = controlApi(pipeline, { serve: options.control ?? true, token: options.controlToken, bodyLimitBytes: defaultBodyLimitBytes });
  const listener: RequestListener = async (request, response) => {
    if (await control(request, response)) return;
    const outcome = await pipeline.handle(nodeRequest(request, defaultBodyLimitBytes), request.socket.remoteAddress);
    await writeOutcome(response, outcome);
    options.log?.(`${request.method} ${request.url} → ${'interrupted' in outcome ? `${outcome.interrupted} (a fault)` : response.statusCode}`);
  };
  return Object.assign(listener, { pipeline, reset: () => pipeline.reset() });
}
