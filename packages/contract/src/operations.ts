import type { OpenApiDocument } from '@contracts/bundles';

/*
 * The kit's only reader of the bundled document: operations, parameters, bodies, responses and `$ref`s.
 * `@contracts/bundles` is gaining one shared operation model and resolver; when it lands, this module
 * becomes a thin adapter over it and nothing else in the kit changes.
 */

export type Json = Record<string, unknown>;

/** The HTTP methods an OpenAPI path item can hold. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
  /** JSON pointer of the schema inside the document. */
  schemaPointer: string;
  /** The documented example (`example`, the first of `examples`, or the schema's). */
  example: unknown;
}

export interface Media {
  mediaType: string;
  schema: Json | undefined;
  schemaPointer: string;
  examples: Array<{ name: string; value: unknown }>;
}

export interface ResponseHeader {
  name: string;
  required: boolean;
  schema: Json | undefined;
  schemaPointer: string;
}

export interface ResponseSpec {
  /** `200`, `4XX` or `default`, as the document keys it. */
  status: string;
  headers: ResponseHeader[];
  content: Media[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The path template below the base path: `/integration_hubs/{integration_hub_id}`. */
  path: string;
  parameters: Parameter[];
  requestBody: { required: boolean; content: Media[] } | undefined;
  responses: ResponseSpec[];
  /** True when the operation may be called without credentials (`security: []`). */
  anonymous: boolean;
  /** The schemes of its security requirements, resolved (`{type: 'http', scheme: 'bearer'}`). */
  securitySchemes: Json[];
}

export const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The node a local `$ref` points at, following chains; throws on anything else. */
export function resolveRef<T = Json>(document: OpenApiDocument, node: unknown): T {
  return resolveWithPointer<T>(document, node, '').node;
}

/** Follows `$ref`s from `node` (found at `pointer`) and returns the target with its own pointer. */
function resolveWithPointer<T>(document: OpenApiDocument, node: unknown, pointer: string): { node: T; pointer: string } {
  let current = node;
  let at = pointer;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof (current as Json).$ref === 'string') {
    const ref = (current as Json).$ref as string;
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}: the bundle should only hold local references; run \`pnpm generate\``);
    if (seen.has(ref)) throw new Error(`The $ref ${ref} refers to itself in a loop`);
    seen.add(ref);
    at = ref.slice(1);
    current = ref
      .slice(2)
      .split('/')
      .map(unescapePointer)
      .reduce<unknown>((parent, key) => (parent as Json | undefined)?.[key], document);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref} in the bundle; run \`pnpm generate\``);
  }
  return { node: current as T, pointer: at };
}

function mediaOf(document: OpenApiDocument, content: unknown, pointer: string): Media[] {
  return Object.entries((content as Record<string, Json> | undefined) ?? {}).map(([mediaType, media]) => {
    const schemaPointer = `${pointer}/content/${escapePointer(mediaType)}/schema`;
    return {
      mediaType,
      schema: media.schema === undefined ? undefined : resolveRef<Json>(document, media.schema),
      schemaPointer,
      examples: Object.entries((media.examples as Record<string, unknown> | undefined) ?? {}).map(([name, example]) => ({
        name,
        value: resolveRef<Json>(document, example).value,
      })),
    };
  });
}

function parameterOf(document: OpenApiDocument, raw: unknown, pointer: string): Parameter {
  const { node, pointer: at } = resolveWithPointer<Json>(document, raw, pointer);
  const schema = resolveRef<Json>(document, node.schema ?? {});
  const named = Object.values((node.examples as Record<string, unknown> | undefined) ?? {})[0];
  return {
    name: node.name as string,
    in: node.in as Parameter['in'],
    required: node.required === true,
    schema,
    schemaPointer: `${at}/schema`,
    example: node.example ?? (named === undefined ? undefined : resolveRef<Json>(document, named).value) ?? (schema.examples as unknown[] | undefined)?.[0],
  };
}

/** Every operation of the document, in path order then method order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const schemes = ((document.components?.securitySchemes as Record<string, Json> | undefined) ?? {}) as Record<string, Json>;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const itemPointer = `/paths/${escapePointer(path)}`;
    const shared = ((item.parameters as unknown[] | undefined) ?? []).map((raw, index) => parameterOf(document, raw, `${itemPointer}/parameters/${index}`));
    for (const method of httpMethods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const pointer = `${itemPointer}/${method}`;
      const own = ((operation.parameters as unknown[] | undefined) ?? []).map((raw, index) => parameterOf(document, raw, `${pointer}/parameters/${index}`));
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      let requestBody: Operation['requestBody'];
      if (operation.requestBody) {
        const { node, pointer: at } = resolveWithPointer<Json>(document, operation.requestBody, `${pointer}/requestBody`);
        requestBody = { required: node.required === true, content: mediaOf(document, node.content, at) };
      }
      const responses = Object.entries((operation.responses as Json | undefined) ?? {}).map(([status, raw]) => {
        const { node, pointer: at } = resolveWithPointer<Json>(document, raw, `${pointer}/responses/${escapePointer(status)}`);
        const headers = Object.entries((node.headers as Record<string, unknown> | undefined) ?? {}).map(([name, header]) => {
          const resolved = resolveWithPointer<Json>(document, header, `${at}/headers/${escapePointer(name)}`);
          return {
            name,
            required: resolved.node.required === true,
            schema: resolved.node.schema === undefined ? undefined : resolveRef<Json>(document, resolved.node.schema),
            schemaPointer: `${resolved.pointer}/schema`,
          };
        });
        return { status, headers, content: mediaOf(document, node.content, at) };
      });
      const requirements = (operation.security ?? document.security ?? []) as Json[];
      operations.push({
        operationId: String(operation.operationId ?? `${method} ${path}`),
        method,
        path,
        parameters,
        requestBody,
        responses,
        anonymous: requirements.length === 0 || requirements.some((requirement) => Object.keys(requirement).length === 0),
        securitySchemes: requirements.flatMap((requirement) => Object.keys(requirement).map((name) => schemes[name] ?? {})),
      });
    }
  }
  return operations;
}

/** The documented response for `status`: the exact code, else its range (`4XX`), else `default`. */
export function responseFor(operation: Operation, status: number): ResponseSpec | undefined {
  return (
    operation.responses.find((response) => response.status === String(status)) ??
    operation.responses.find((response) => response.status.toUpperCase() === `${String(status)[0]}XX`) ??
    operation.responses.find((response) => response.status === 'default')
  );
}

/** The documented statuses of `operation` within `[from, to)`, exact codes only. */
export function documentedStatuses(operation: Operation, from = 100, to = 600): number[] {
  return operation.responses
    .map((response) => Number(response.status))
    .filter((status) => Number.isInteger(status) && status >= from && status < to)
    .sort((a, b) => a - b);
}

/** The properties of an object schema, through `$ref` and `allOf`, with its `required` names. */
export function objectShape(document: OpenApiDocument, schema: unknown): { properties: Record<string, Json>; required: string[]; closed: boolean } {
  const resolved = resolveRef<Json>(document, schema ?? {});
  const properties: Record<string, Json> = {};
  const required = [...((resolved.required as string[] | undefined) ?? [])];
  let closed = resolved.additionalProperties === false || resolved.unevaluatedProperties === false;
  for (const part of (resolved.allOf as unknown[] | undefined) ?? []) {
    const inner = objectShape(document, part);
    Object.assign(properties, inner.properties);
    required.push(...inner.required);
    closed ||= inner.closed;
  }
  for (const [name, property] of Object.entries((resolved.properties as Record<string, unknown> | undefined) ?? {})) {
    // Keep the markers beside a `$ref` (readOnly, writeOnly) over the target's own.
    properties[name] = { ...resolveRef<Json>(document, property), ...(property as Json) };
  }
  return { properties, required: [...new Set(required)], closed };
}

/** Resolves `schema` when it is a `$ref`, keeping sibling keywords. */
export function schemaAt(document: OpenApiDocument, schema: unknown): Json {
  const own = (schema ?? {}) as Json;
  return typeof own.$ref === 'string' ? { ...resolveRef<Json>(document, own), ...own, $ref: undefined } : own;
}

/** Splits a path template into literal and parameter segments: `/a/{id}` → `['a', '{id}']`. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The JSON pointer of a schema node for messages: `#/components/schemas/IntegrationHub/properties/url`. */
export function pointerIndex(document: OpenApiDocument): (node: unknown) => string | undefined {
  const index = new Map<unknown, string>();
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object' || index.has(node)) return;
    index.set(node, pointer);
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${escapePointer(key)}`);
  };
  walk(document, '');
  return (node) => index.get(node);
}
