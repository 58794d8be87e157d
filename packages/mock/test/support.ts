import { type Api, loadApis, type Json as Node, type Operation, operationsOf, parameterExample, resolveRef } from '@contracts/bundles';
import { lookerCredentials } from '@contracts/vendors/looker';
import { trutoCredentials } from '@contracts/vendors/truto';
import { versoriCredentials } from '@contracts/vendors/versori';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { type StartedMocks, startMock } from '../src/start';

/** Every bundled API with its operations, read from the bundles (no hand-written tables). */
export const apis = loadApis().map((api) => ({ api, operations: operationsOf(api.document) }));

/** Starts every mock on free ports with the default credentials (whatever the environment says). */
export function startTestMocks(options: { dynamic?: boolean } = {}): Promise<StartedMocks> {
  const ports = Object.fromEntries(apis.map(({ api }) => [api.name, 0]));
  return startMock({ ports, env: {}, dynamic: options.dynamic });
}

/** Validates values against the schemas of one API's bundled document (JSON Schema 2020-12, as OpenAPI 3.1). */
export function validatorFor(api: Api) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const id = `urn:contract:${api.name}`;
  ajv.addSchema({ ...api.document, $id: id });
  return {
    /** The errors of `value` against the JSON schema of the `status` answer of `operation`, or [] when valid. */
    response(operation: Operation, status: number, value: unknown): string[] {
      const pointer = operation.responses.get(status)?.content['application/json']?.schemaPointer;
      const validate = pointer && ajv.getSchema(`${id}${pointer}`);
      if (!validate) throw new Error(`No schema for the ${status} answer of ${operation.operationId}`);
      return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    },
    /** The errors of `value` against a named component schema. */
    schema(name: string, value: unknown): string[] {
      const validate = ajv.getSchema(`${id}#/components/schemas/${name}`);
      if (!validate) throw new Error(`No schema ${name}`);
      return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    },
  };
}

/** The first example of each documented status of `operation`. */
export function firstExample(operation: Operation, status: number): unknown {
  return operation.responses.get(status)?.content['application/json']?.examples[0]?.value;
}

/** The documented statuses of `operation` in ascending order, and its default (lowest 2xx). */
export function statusesOf(operation: Operation) {
  const statuses = [...operation.responses.keys()].sort((a, b) => a - b);
  return { statuses, success: statuses.find((status) => status < 300) as number };
}

/** The request body schema of `operation` (first media type), resolved. */
export function requestSchema(api: Api, operation: Operation): { mediaType: string; schema: Node; example: unknown } | undefined {
  const [first] = Object.entries(operation.requestBody?.content ?? {});
  if (!first) return undefined;
  const [mediaType, media] = first;
  return { mediaType, schema: resolveRef<Node>(api.document, media.schema), example: media.examples[0]?.value };
}

/** Properties of an object schema, looking through `allOf`, and its `required` names. */
export function propertiesOf(api: Api, schema: Node): { properties: Record<string, Node>; required: string[] } {
  const properties: Record<string, Node> = {};
  const required: string[] = [...((schema.required as string[] | undefined) ?? [])];
  for (const branch of (schema.allOf as Node[] | undefined) ?? []) {
    const sub = propertiesOf(api, resolveRef<Node>(api.document, branch));
    Object.assign(properties, sub.properties);
    required.push(...sub.required);
  }
  for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
    properties[name] = { ...resolveRef<Node>(api.document, property), ...(property as Node) };
  }
  return { properties, required };
}

/** Every property name marked `writeOnly` in `root` (by default the whole document) and the schemas it references. */
export function writeOnlyNames(api: Api, root: unknown = api.document): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (typeof (node as Node).$ref === 'string') return walk(resolveRef(api.document, node));
    for (const [name, property] of Object.entries(((node as Node).properties as Node | undefined) ?? {})) {
      if ((property as Node).writeOnly === true || resolveRef<Node>(api.document, property).writeOnly === true) names.add(name);
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(root);
  return names;
}

/** Every key of a JSON value, at any depth. */
export function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

/** The URL path of `operation` with its path parameters set to their documented examples. */
export function examplePath(api: Api, operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((candidate) => candidate.name === name && candidate.in === 'path');
    const example = parameter && parameterExample(api.document, parameter);
    if (example === undefined) throw new Error(`Path parameter ${name} of ${operation.operationId} has no example`);
    return encodeURIComponent(String(example));
  });
}

/** A credential the mock of `api` accepts, obtained as a client would (Looker: `POST /login`). */
export async function credentialFor(api: Api, baseUrl: string): Promise<string> {
  if (api.name === 'truto') return `Bearer ${trutoCredentials.read().apiToken}`;
  if (api.name === 'versori') return `Bearer ${versoriCredentials.read().apiKey}`;
  const looker = lookerCredentials.read();
  const login = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: looker.clientId, client_secret: looker.clientSecret }),
  });
  const { access_token } = (await login.json()) as { access_token: string };
  return `Bearer ${access_token}`;
}

/** Encodes a body example the way its media type says. */
export function encode(mediaType: string, value: unknown): string {
  if (mediaType === 'application/x-www-form-urlencoded') return new URLSearchParams(value as Record<string, string>).toString();
  return JSON.stringify(value);
}

export interface Exchange {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends the documented example request of `operation` (path, body) with `headers`. */
export async function call(
  api: Api,
  baseUrl: string,
  operation: Operation,
  headers: Record<string, string>,
  options: { body?: string; mediaType?: string; query?: string } = {},
): Promise<Exchange> {
  const request = requestSchema(api, operation);
  const body = options.body ?? (request ? encode(request.mediaType, request.example) : undefined);
  const contentType = options.mediaType ?? request?.mediaType;
  const response = await fetch(`${baseUrl}${examplePath(api, operation)}${options.query ?? ''}`, {
    method: operation.method.toUpperCase(),
    headers: { ...(body !== undefined && contentType ? { 'content-type': contentType } : {}), ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
