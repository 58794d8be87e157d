import type { IncomingMessage, ServerResponse } from 'node:http';
import { ControlRefusal, mediaTypeOf, type Pipeline, type PipelineRequest } from '@contracts/pipeline';
import type { ControlError, FaultInput, FixturesInput } from '@contracts/types/control';
import { StoreUnavailableError } from '@contracts/vendors';
import { parse, stringify } from 'yaml';
import { nodeRequest } from './exchange';

/** The reserved prefix of the control API, at the root of every stub's and mock's origin. */
const controlPrefix = '/__contracts/';

export interface ControlApiOptions {
  /** Whether `/__contracts/` is served at all; off, its paths are the vendor's (404). */
  serve: boolean;
  /** The bearer token every control request must send, when set (`--control-token`). */
  token?: string;
  /** The largest control request body, in bytes (a fixture file); larger gets 413. */
  bodyLimitBytes: number;
}

/** Whether a host to bind is a loopback address, where the control API is on without `--control`. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether a server bound to `host` serves the control API: on a loopback address, or with `--control` (`control:
 * true`). Anyone who reaches a server bound beyond this machine could otherwise inject faults or replace its state.
 */
export const servesControl = (host: string, control: boolean | undefined) => control === true || isLoopback(host);

const yamlTypes = new Set(['application/yaml', 'application/x-yaml', 'text/yaml']);

/** A control API answer: a status, and a body as JSON, or as YAML when asked for. */
interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  yaml?: boolean;
}

const refusal = (status: number, message: string, violations?: ControlError['violations']): Reply => ({
  status,
  body: { message, ...(violations && { violations }) } satisfies ControlError,
});

/** Reads a control request's body: JSON or YAML (undefined when none was sent), or the refusal of it. */
async function readControlBody(request: PipelineRequest, limit: number): Promise<{ value: unknown } | Reply> {
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > limit) return refusal(413, `The body is larger than ${limit} bytes, the limit of this server (--body-limit)`);
  if (bytes.byteLength === 0) return { value: undefined };
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  const yaml = mediaType !== undefined && yamlTypes.has(mediaType);
  if (mediaType !== 'application/json' && !yaml)
    return refusal(415, `Send the body as application/json or application/yaml, not ${mediaType ?? 'without a Content-Type'}`);
  const text = new TextDecoder().decode(bytes);
  try {
    return { value: yaml ? parse(text) : JSON.parse(text) };
  } catch (error) {
    return refusal(400, `The body is not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message}`);
  }
}

type Route = Record<string, (request: PipelineRequest, url: URL, id?: string) => Promise<Reply>>;

/**
 * The control API of one stub or mock (`spec/control`): faults, the request journal, fixtures and reset under
 * `/__contracts/`, over the pipeline's in-process control. The returned handler answers a control request and
 * resolves to true, or resolves to false for any other request, which the vendor's pipeline then answers: so does
 * every request when the API is not served, and a vendor path under the prefix, which the control API never shadows.
 */
export function controlApi(pipeline: Pipeline, options: ControlApiOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const { control } = pipeline;
  const basePath = pipeline.api.basePath;
  const body = async (request: PipelineRequest, use: (value: unknown) => Promise<Reply>): Promise<Reply> => {
    const read = await readControlBody(request, options.bodyLimitBytes);
    return 'status' in read ? read : use(read.value);
  };
  const noContent = async (work: Promise<unknown>): Promise<Reply> => {
    await work;
    return { status: 204 };
  };

  const routes: Record<string, Route> = {
    faults: {
      GET: async () => ({ status: 200, body: await control.faults.list() }),
      POST: (request) =>
        body(request, async (value) => {
          if (!value || typeof value !== 'object' || Array.isArray(value)) return refusal(400, 'Send a fault as a JSON object');
          const fault = value as FaultInput;
          return { status: 201, body: await control.faults.add(fault.operationId, fault) };
        }),
      DELETE: () => noContent(control.faults.clear()),
    },
    'faults/{fault_id}': {
      DELETE: async (_request, _url, id) => ((await control.faults.remove(id as string)) ? { status: 204 } : refusal(404, `No fault ${id} is in force`)),
    },
    requests: {
      GET: async (_request, url) => {
        const unknown = [...url.searchParams.keys()].filter((name) => name !== 'operationId');
        if (unknown.length > 0) return refusal(400, `The journal takes only operationId, not ${unknown.join(', ')}`);
        return { status: 200, body: await control.requests(url.searchParams.get('operationId') ?? undefined) };
      },
      DELETE: () => noContent(control.clearRequests()),
    },
    fixtures: {
      GET: async (request) => {
        const yaml = yamlTypes.has(mediaTypeOf(request.headers.get('accept')) ?? '');
        return { status: 200, body: await control.fixtures.export(), yaml };
      },
      POST: (request) => body(request, async (value) => ({ status: 200, body: await control.fixtures.load(value as FixturesInput) })),
    },
    reset: { POST: () => noContent(control.reset()) },
  };

  async function reply(request: PipelineRequest, url: URL): Promise<Reply> {
    if (options.token !== undefined && request.headers.get('authorization') !== `Bearer ${options.token}`) {
      return refusal(401, 'The control API of this server needs Authorization: Bearer <token>, the token it was started with (--control-token)');
    }
    const rest = url.pathname.slice(controlPrefix.length);
    const faultId = /^faults\/([^/]+)$/.exec(rest)?.[1];
    const route = routes[faultId === undefined ? rest : 'faults/{fault_id}'];
    if (!route) {
      const paths = Object.keys(routes).map((path) => `${controlPrefix}${path}`);
      return refusal(404, `The control API has no ${url.pathname}; it has ${paths.join(', ')}`);
    }
    const method = request.method.toUpperCase();
    const run = route[method];
    if (!run)
      return { ...refusal(405, `${url.pathname} takes ${Object.keys(route).join(', ')}, not ${method}`), headers: { Allow: Object.keys(route).join(', ') } };
    try {
      return await run(request, url, faultId && decodeURIComponent(faultId));
    } catch (error) {
      if (error instanceof ControlRefusal) return refusal(error.status, error.summary, error.violations.length > 0 ? error.violations : undefined);
      if (error instanceof StoreUnavailableError) return refusal(503, `The control state cannot be reached: ${error.message}; retry shortly`);
      throw error;
    }
  }

  return async (incoming, response) => {
    // The target is a path (`//host/x` too), as the pipeline reads it: only one under the prefix is the control API's.
    const target = incoming.url ?? '/';
    if (!options.serve || !target.startsWith(controlPrefix)) return false;
    const url = new URL(`http://localhost${target}`);
    // A vendor path under the prefix stays the vendor's.
    if (url.pathname.startsWith(`${basePath}/`) && pipeline.knows(url.pathname.slice(basePath.length))) return false;
    const answer = await reply(nodeRequest(incoming, options.bodyLimitBytes), url).catch((error: unknown) => {
      console.error(`control API: ${incoming.method} ${url.pathname} failed:`, error);
      return refusal(500, `The control API failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
    response.statusCode = answer.status;
    if (answer.body === undefined) {
      response.end();
      return true;
    }
    const text = answer.yaml ? stringify(answer.body) : JSON.stringify(answer.body);
    response.setHeader('Content-Type', `${answer.yaml ? 'application/yaml' : 'application/json'}; charset=utf-8`);
    response.setHeader('Content-Length', Buffer.byteLength(text));
    response.end(text);
    return true;
  };
}
