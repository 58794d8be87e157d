import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api } from '@contracts/bundles';
import type { LocalCredentials } from '@contracts/credentials';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig } from '@stoplight/prism-http';
import { BODY_LIMIT, isForm, isJson, mediaTypeOf, readBody } from './body';
import { findOperation, type OperationInfo, operationsOf, paramsOf } from './document';
import { type PrismValidation, violationsFrom } from './issues';
import { parsePrefer, preferenceProblem } from './prefer';
import { type MockAnswer, type MockRequest, vendorFor } from './vendors';

export interface ApiMockOptions {
  /** Generate answers from the schemas instead of returning the named examples (a request may still send `Prefer: dynamic=false`). */
  dynamic?: boolean;
  credentials: LocalCredentials;
  /** Called once per answered request with a short line (method, path, status). */
  log?: (line: string) => void;
}

/** A request handler for the API's base path and everything below it. */
export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

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

/**
 * Builds the mock of one API: Prism validates each request and picks the documented answer, and this
 * handler puts the vendor's behaviour around it (base path, credentials, error bodies, write-only fields).
 */
export async function createApiMock(api: Api, options: ApiMockOptions): Promise<Handler> {
  const vendor = vendorFor(api, options.credentials);
  const operations = operationsOf(api.document);
  // Prism's ref parser rewrites the document it is given; hand it a copy.
  const prismOperations = await getHttpOperationsFromSpec(structuredClone(api.document) as never);
  const prismOperationOf = new Map<OperationInfo, PrismOperation>();
  for (const operation of operations) {
    const match = prismOperations.find((candidate) => candidate.method === operation.method && candidate.path === operation.path);
    if (!match) throw new Error(`Prism did not read ${operation.method.toUpperCase()} ${operation.path} from the ${api.name} bundle`);
    prismOperationOf.set(operation, match);
  }
  // Prism's per-request logging is its largest cost and the mock reports requests itself: silence it.
  const logger = createLogger('mock', { enabled: false });
  const base = { validateRequest: true, validateResponse: false, checkSecurity: false, errors: false, upstreamProxy: undefined, isProxy: false } as const;
  const prism = createInstance({ ...base, mock: { dynamic: false } }, { logger });

  /** Asks Prism for the answer to `input`; the config is fresh each time because Prism writes into it. */
  async function askPrism(operation: OperationInfo, input: PrismInput, mock: IHttpConfig['mock'], validateRequest = true) {
    const result = await prism.request(input, [prismOperationOf.get(operation) as PrismOperation], { ...base, validateRequest, mock })();
    if (result._tag === 'Left') throw result.left;
    return result.right;
  }

  /** Prism's answer as the mock's, without the fields the schema marks write-only. */
  function fromPrism(operation: OperationInfo, output: { statusCode: number; headers?: unknown; body?: unknown }): MockAnswer {
    const strip = operation.responses.get(output.statusCode)?.stripWriteOnly;
    const body = strip && output.body !== undefined ? strip(output.body) : output.body;
    return { status: output.statusCode, headers: (output.headers ?? {}) as MockAnswer['headers'], body };
  }

  /** The documented answer for `status` (its first example), or the vendor's error when the operation does not document it. */
  async function documented(operation: OperationInfo, input: PrismInput, status: number, message: string): Promise<MockAnswer> {
    if (!operation.responses.has(status)) return { status, headers: {}, body: vendor.error(status, message) };
    const { output } = await askPrism(operation, { ...input, body: undefined }, { dynamic: false, code: status }, false);
    return fromPrism(operation, output);
  }

  async function answer(request: IncomingMessage): Promise<MockAnswer> {
    const url = new URL(request.url ?? '/', 'http://mock');
    const method = (request.method ?? 'GET').toLowerCase();
    const error = (status: number, message: string): MockAnswer => ({ status, headers: {}, body: vendor.error(status, message) });

    // The API lives under its base path, as on the vendor; Prism itself only knows the paths below it.
    const inBase = url.pathname === api.basePath || url.pathname.startsWith(`${api.basePath}/`);
    const path = url.pathname.slice(api.basePath.length) || '/';
    const operation = inBase ? findOperation(operations, method, path) : undefined;
    if (!operation) {
      await readBody(request);
      return error(404, 'Not found');
    }

    const headers = { ...request.headers };
    // Every answer in these specs is JSON; an Accept header of a browser must not make Prism answer 406.
    delete headers.accept;
    const input: PrismInput = {
      method: method as PrismInput['method'],
      url: { path, query: queryOf(url.searchParams) },
      headers: headers as Record<string, string>,
    };

    if (operation.secured && !vendor.authenticate(request.headers.authorization)) {
      await readBody(request);
      return documented(operation, input, 401, 'Requires authentication');
    }

    const { text, tooLarge } = await readBody(request);
    if (tooLarge) return error(413, `Request body is larger than the limit of ${BODY_LIMIT} bytes`);
    const mediaType = mediaTypeOf(request.headers['content-type']);
    let body: unknown;
    if (text !== '' && operation.requestMediaTypes.length > 0) {
      if (!mediaType || !operation.requestMediaTypes.includes(mediaType)) {
        return error(415, `Unsupported Content-Type ${mediaType ?? '(none)'}; send ${operation.requestMediaTypes.join(' or ')}`);
      }
      if (isJson(mediaType)) {
        try {
          body = JSON.parse(text);
        } catch (parseError) {
          return error(400, (parseError as Error).message);
        }
      } else {
        // Prism decodes form bodies itself for validation; the vendor hooks read the fields.
        body = text;
      }
    }

    const preferences = parsePrefer(request.headers.prefer);
    const problem = preferenceProblem(operation, preferences);
    if (problem) return error(400, problem);

    const prismAnswer = await askPrism(
      operation,
      { ...input, body },
      {
        dynamic: preferences.example === undefined && (preferences.dynamic ?? options.dynamic ?? false),
        code: preferences.code,
        exampleKey: preferences.example,
      },
    );
    const violations = violationsFrom(prismAnswer.validations.input as PrismValidation[]);
    if (violations.length > 0) {
      // The vendor's status and body: Looker's 422 for invalid body fields (400 for parameters), Truto's and Versori's 400.
      const { status, body: invalid } = vendor.invalid(violations);
      return { status, headers: {}, body: invalid };
    }

    const mockRequest: MockRequest = {
      operation,
      params: paramsOf(operation, path),
      headers: request.headers,
      query: input.url.query ?? {},
      body: isForm(mediaType) ? Object.fromEntries(new URLSearchParams(text)) : body,
    };
    const refusal = vendor.refuse?.(mockRequest);
    if (refusal)
      return refusal.body === undefined ? documented(operation, input, refusal.status, 'Refused') : { status: refusal.status, headers: {}, body: refusal.body };
    const result = fromPrism(operation, prismAnswer.output);
    return vendor.answer ? vendor.answer(mockRequest, result) : result;
  }

  return (request, response) => {
    answer(request)
      .then((result) => send(response, result))
      .catch((failure: Error) => {
        send(response, { status: 500, headers: {}, body: vendor.error(500, `The mock failed: ${failure.message}`) });
      })
      .finally(() => options.log?.(`${request.method} ${request.url} → ${response.statusCode}`));
  };
}
