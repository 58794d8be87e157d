import { escapePointer, type Json, type OpenApiDocument, resolveRef } from './document';

/** The HTTP methods an OpenAPI path item can hold, in the order operations are listed. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** A parameter with its `$ref` resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  example?: unknown;
  examples?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A named example (`examples.<name>`), its `$ref` resolved. */
export interface NamedExample {
  name: string;
  summary?: string;
  value: unknown;
}

/** One media type of a request or response body. */
export interface MediaType {
  schema?: Json;
  /** JSON pointer of the schema inside the document, for validators that load the whole document. */
  schemaPointer: string;
  /** A single `example`, when the spec gives one instead of named `examples`. */
  example?: unknown;
  examples: NamedExample[];
}

export interface RequestBody {
  required: boolean;
  /** By media type, in the spec's order. */
  content: Record<string, MediaType>;
}

/** One documented response of an operation, its `$ref` resolved. */
export interface Response {
  status: number;
  description?: string;
  /** By header name as the spec writes it, resolved. */
  headers: Record<string, Json>;
  content: Record<string, MediaType>;
}

/** One operation of a bundled document, with its parameters, body and responses resolved. */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The path template, such as `/integration_hubs/{integration_hub_id}`. */
  path: string;
  summary?: string;
  tags: string[];
  /** Path-level parameters first, as OpenAPI merges them; an operation's own parameter replaces a path-level one. */
  parameters: Parameter[];
  requestBody?: RequestBody;
  /** Documented statuses (not `default` or ranges), in the spec's order. */
  responses: Map<number, Response>;
  /** The requirements that apply: the operation's own `security`, else the document's. */
  security: Array<Record<string, string[]>>;
  /** Whether a caller needs no credential (`security: []` or an empty requirement). */
  anonymous: boolean;
  /** The operation object as it stands in the document. */
  object: Json;
  /** JSON pointer of the operation object: `#/paths/~1login/post`. */
  pointer: string;
}

function mediaTypes(document: OpenApiDocument, content: unknown, at: string): Record<string, MediaType> {
  return Object.fromEntries(
    Object.entries((content ?? {}) as Record<string, Json>).map(([name, media]) => {
      const examples = Object.entries((media.examples ?? {}) as Json).map(([exampleName, raw]) => {
        const example = resolveRef<{ summary?: string; value?: unknown }>(document, raw);
        return { name: exampleName, summary: example.summary, value: example.value };
      });
      const schema = media.schema as Json | undefined;
      const schemaPointer = typeof schema?.$ref === 'string' ? schema.$ref : `${at}/${escapePointer(name)}/schema`;
      return [name, { schema, schemaPointer, example: media.example, examples }];
    }),
  );
}

/** Where a possibly referenced node lives: its `$ref`, else the pointer it was found at. */
const pointerOf = (node: unknown, at: string) => {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' ? ref : at;
};

/** Every operation of the document, in path order then method order. Throws naming an operation without operationId. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathLevel = ((item.parameters as unknown[]) ?? []).map((parameter) => resolveRef<Parameter>(document, parameter));
    for (const method of httpMethods) {
      const object = item[method] as Json | undefined;
      if (!object) continue;
      const pointer = `#/paths/${escapePointer(path)}/${method}`;
      const operationId = object.operationId;
      if (typeof operationId !== 'string') throw new Error(`${method.toUpperCase()} ${path} has no operationId; every operation needs one`);
      const own = ((object.parameters as unknown[]) ?? []).map((parameter) => resolveRef<Parameter>(document, parameter));
      const parameters = [...pathLevel.filter((shared) => !own.some((mine) => mine.name === shared.name && mine.in === shared.in)), ...own];
      const rawBody = object.requestBody;
      const body = rawBody === undefined ? undefined : resolveRef<Json>(document, rawBody);
      const responses = new Map<number, Response>();
      for (const [status, raw] of Object.entries((object.responses ?? {}) as Json)) {
        if (!/^\d{3}$/.test(status)) continue;
        const response = resolveRef<Json>(document, raw);
        const at = pointerOf(raw, `${pointer}/responses/${status}`);
        responses.set(Number(status), {
          status: Number(status),
          description: response.description as string | undefined,
          headers: Object.fromEntries(Object.entries((response.headers ?? {}) as Json).map(([name, header]) => [name, resolveRef<Json>(document, header)])),
          content: mediaTypes(document, response.content, `${at}/content`),
        });
      }
      const security = (object.security ?? document.security ?? []) as Array<Record<string, string[]>>;
      operations.push({
        operationId,
        method,
        path,
        summary: object.summary as string | undefined,
        tags: (object.tags as string[] | undefined) ?? [],
        parameters,
        requestBody: body && {
          required: body.required === true,
          content: mediaTypes(document, body.content, `${pointerOf(rawBody, `${pointer}/requestBody`)}/content`),
        },
        responses,
        security,
        anonymous: security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0),
        object,
        pointer,
      });
    }
  }
  return operations;
}

/** The example value the spec gives for a parameter: its `example`, its first named example, else its schema's. */
export function parameterExample(document: OpenApiDocument, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values(parameter.examples ?? {})[0];
  if (named) return resolveRef<{ value?: unknown }>(document, named).value;
  const schema = parameter.schema && resolveRef<Json>(document, parameter.schema);
  return schema?.example ?? (schema?.examples as unknown[] | undefined)?.[0] ?? schema?.default;
}

/** The value of the first named example of `operation`'s JSON answer with `status`, or undefined. */
export function responseExample(operation: Operation, status: number): unknown {
  return operation.responses.get(status)?.content['application/json']?.examples[0]?.value;
}
