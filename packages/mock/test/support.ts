import { type Api, loadApis } from '@contracts/bundles';
import { credentialVariables } from '@contracts/credentials';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { type Node, type OperationInfo, operationsOf, resolve } from '../src/document';
import { type StartedMocks, startMock } from '../src/start';

/** Every bundled API with its operations, read from the bundles (no hand-written tables). */
export const apis = loadApis().map((api) => ({ api, operations: operationsOf(api.document) }));

/** Starts every mock on free ports with the default credentials (whatever the environment says). */
export function startTestMocks(options: { dynamic?: boolean } = {}): Promise<StartedMocks> {
  const ports = Object.fromEntries(apis.map(({ api }) => [api.name, 0]));
  return startMock({ ports, env: {}, dynamic: options.dynamic });
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Validates values against the schemas of one API's bundled document (JSON Schema 2020-12, as OpenAPI 3.1). */
export function validatorFor(api: Api) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const id = `urn:contract:${api.name}`;
  ajv.addSchema({ ...api.document, $id: id });
  return {
    /** The errors of `value` against the JSON schema of the `status` answer of `operation`, or [] when valid. */
    response(operation: OperationInfo, status: number, value: unknown): string[] {
      let pointer = `/paths/${escapePointer(operation.path)}/${operation.method}/responses/${status}`;
      const reference = ((operation.node.responses as Node)[String(status)] as Node).$ref;
      if (typeof reference === 'string') pointer = reference.slice(1);
      const validate = ajv.getSchema(`${id}#${pointer}/content/application~1json/schema`);
      if (!validate) throw new Error(`No schema at ${pointer}`);
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
export function firstExample(operation: OperationInfo, status: number): unknown {
  return operation.responses.get(status)?.examples[0]?.value;
}

/** The documented statuses of `operation` in ascending order, and its default (lowest 2xx). */
export function statusesOf(operation: OperationInfo) {
  const statuses = [...operation.responses.keys()].sort((a, b) => a - b);
  return { statuses, success: statuses.find((status) => status < 300) as number };
}

/** The request body schema of `operation` (first media type), resolved. */
export function requestSchema(api: Api, operation: OperationInfo): { mediaType: string; schema: Node; example: unknown } | undefined {
  if (!operation.node.requestBody) return undefined;
  const content = resolve(api.document, operation.node.requestBody).content as Node;
  const [mediaType, media] = Object.entries(content)[0] as [string, Node];
  const example = Object.values((media.examples as Node | undefined) ?? {})[0] as Node | undefined;
  return { mediaType, schema: resolve(api.document, media.schema), example: example?.value };
}

/** Properties of an object schema, looking through `allOf`, and its `required` names. */
export function propertiesOf(api: Api, schema: Node): { properties: Record<string, Node>; required: string[] } {
  const properties: Record<string, Node> = {};
  const required: string[] = [...((schema.required as string[] | undefined) ?? [])];
  for (const branch of (schema.allOf as Node[] | undefined) ?? []) {
    const sub = propertiesOf(api, resolve(api.document, branch));
    Object.assign(properties, sub.properties);
    required.push(...sub.required);
  }
  for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
    properties[name] = { ...resolve(api.document, property), ...(property as Node) };
  }
  return { properties, required };
}

/** Every property name the document marks `writeOnly`. */
export function writeOnlyNames(api: Api): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, property] of Object.entries(((node as Node).properties as Node | undefined) ?? {})) {
      if ((property as Node).writeOnly === true) names.add(name);
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(api.document);
  return names;
}

/** Every key of a JSON value, at any depth. */
export function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

/** The URL path of `operation` with its path parameters set to their documented examples. */
export function examplePath(api: Api, operation: OperationInfo): string {
  const parameters = ((operation.node.parameters as unknown[] | undefined) ?? []).map((parameter) => resolve(api.document, parameter));
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = parameters.find((candidate) => candidate.name === name && candidate.in === 'path');
    const example = parameter?.example ?? ((parameter?.schema as Node | undefined)?.examples as unknown[] | undefined)?.[0];
    if (example === undefined) throw new Error(`Path parameter ${name} of ${operation.operationId} has no example`);
    return encodeURIComponent(String(example));
  });
}

/** A credential the mock of `api` accepts, obtained as a client would (Looker: `POST /login`). */
export async function credentialFor(api: Api, baseUrl: string): Promise<string> {
  if (api.name === 'truto') return `Bearer ${credentialVariables.TRUTO_API_TOKEN}`;
  if (api.name === 'versori') return `Bearer ${credentialVariables.VERSORI_API_KEY}`;
  const login = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: credentialVariables.LOOKER_CLIENT_ID, client_secret: credentialVariables.LOOKER_CLIENT_SECRET }),
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
  operation: OperationInfo,
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
