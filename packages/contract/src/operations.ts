import {
  escapePointer,
  type HttpMethod,
  type Json,
  type OpenApiDocument,
  parameterExample,
  resolveRef,
  type MediaType as SharedMedia,
  type Operation as SharedOperation,
  operationsOf as sharedOperationsOf,
} from '@contracts/bundles';

/*
 * The kit's view of a bundle, over the shared operation model and `$ref` resolver of `@contracts/bundles`:
 * it adds what validating a live exchange needs (the JSON pointer of every schema, for one Ajv over the
 * whole document) and object shapes through `allOf`. Nothing else in the kit walks the document.
 */

export { escapePointer, type Json, resolveRef };

export interface KitParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
  /** JSON pointer of the schema inside the document, without `#`. */
  schemaPointer: string;
  /** The documented example (`example`, the first of `examples`, or the schema's). */
  example: unknown;
}

export interface Media {
  mediaType: string;
  schema: Json | undefined;
  /** JSON pointer of the schema inside the document, without `#`. */
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
  status: number;
  headers: ResponseHeader[];
  content: Media[];
}

export interface KitOperation {
  operationId: string;
  method: HttpMethod;
  /** The path template below the base path: `/integration_hubs/{integration_hub_id}`. */
  path: string;
  parameters: KitParameter[];
  requestBody: { required: boolean; content: Media[] } | undefined;
  responses: ResponseSpec[];
  /** True when the operation may be called without credentials (`security: []`). */
  anonymous: boolean;
}

/** The pointer (without `#`) of a schema node: its `$ref` target, else where the node sits in the document. */
function schemaPointerOf(pointerOf: (node: unknown) => string | undefined, schema: unknown): string {
  const ref = (schema as Json | undefined)?.$ref;
  if (typeof ref === 'string') return ref.slice(1);
  const at = pointerOf(schema);
  if (at === undefined) throw new Error('A schema of the bundle could not be located; run `pnpm generate`');
  return at;
}

function mediaOf(document: OpenApiDocument, content: Record<string, SharedMedia>): Media[] {
  return Object.entries(content).map(([mediaType, media]) => ({
    mediaType,
    schema: media.schema === undefined ? undefined : resolveRef<Json>(document, media.schema),
    schemaPointer: media.schemaPointer.replace(/^#/, ''),
    examples: media.examples.map((example) => ({ name: example.name, value: example.value })),
  }));
}

function adapt(document: OpenApiDocument, operation: SharedOperation, pointerOf: (node: unknown) => string | undefined): KitOperation {
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    parameters: operation.parameters.map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      schema: resolveRef<Json>(document, parameter.schema ?? {}),
      schemaPointer: schemaPointerOf(pointerOf, parameter.schema),
      example: parameterExample(document, parameter),
    })),
    requestBody: operation.requestBody && { required: operation.requestBody.required, content: mediaOf(document, operation.requestBody.content) },
    responses: [...operation.responses.values()].map((response) => ({
      status: response.status,
      headers: Object.entries(response.headers).map(([name, header]) => ({
        name,
        required: header.required === true,
        schema: header.schema === undefined ? undefined : resolveRef<Json>(document, header.schema),
        schemaPointer: header.schema === undefined ? '' : schemaPointerOf(pointerOf, header.schema),
      })),
      content: mediaOf(document, response.content),
    })),
    anonymous: operation.anonymous,
  };
}

/** Every operation of the document, in path order then method order. */
export function kitOperationsOf(document: OpenApiDocument): KitOperation[] {
  const pointerOf = pointerIndex(document);
  return sharedOperationsOf(document).map((operation) => adapt(document, operation, pointerOf));
}

/** The documented response for `status`, if there is one. */
export function responseFor(operation: KitOperation, status: number): ResponseSpec | undefined {
  return operation.responses.find((response) => response.status === status);
}

/** The documented statuses of `operation` within `[from, to)`, ascending. */
export function documentedStatuses(operation: KitOperation, from = 100, to = 600): number[] {
  return operation.responses
    .map((response) => response.status)
    .filter((status) => status >= from && status < to)
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
