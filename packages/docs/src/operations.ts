import type { OpenApiDocument } from '@contracts/bundles';

/** The HTTP methods an OpenAPI path item can hold, in the order the docs list them. */
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type Method = (typeof methods)[number];

/** A parameter after its `$ref` is resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
  schema?: { example?: unknown; examples?: unknown[]; default?: unknown };
}

/** One operation of a document with what the landing page and the code samples need. */
export interface Operation {
  path: string;
  method: Method;
  operationId: string;
  summary: string;
  tags: string[];
  /** The raw operation object of the document (mutable: the docs copy gets `x-codeSamples`). */
  object: Record<string, unknown>;
}

/** Follows a local `$ref` (`#/components/...`); bundles only hold local ones. */
export function resolve<T>(document: OpenApiDocument, node: T): T {
  let current: unknown = node;
  for (let depth = 0; depth < 20; depth++) {
    const ref = (current as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== 'string') return current as T;
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}: the bundle should only hold local references; run \`pnpm generate\``);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((parent, key) => (parent as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref} in the bundle; run \`pnpm generate\``);
  }
  throw new Error('A $ref chain is longer than 20 links');
}

/** Every operation of the document, in path order then method order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const object = item[method] as Record<string, unknown> | undefined;
      if (!object) continue;
      const operationId = String(object.operationId ?? `${method}${path}`);
      operations.push({ path, method, operationId, summary: String(object.summary ?? operationId), tags: (object.tags as string[] | undefined) ?? [], object });
    }
  }
  return operations;
}

/** The operation's parameters (path-level ones first, as OpenAPI merges them), resolved. */
export function parametersOf(document: OpenApiDocument, operation: Operation): Parameter[] {
  const pathLevel = (document.paths[operation.path]?.parameters as unknown[] | undefined) ?? [];
  const own = (operation.object.parameters as unknown[] | undefined) ?? [];
  const byKey = new Map<string, Parameter>();
  for (const raw of [...pathLevel, ...own]) {
    const parameter = resolve(document, raw as Parameter);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/** The example value the spec gives for a parameter, if any. */
export function parameterExample(document: OpenApiDocument, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values(parameter.examples ?? {})[0];
  if (named) return resolve(document, named).value;
  return parameter.schema?.example ?? parameter.schema?.examples?.[0] ?? parameter.schema?.default;
}

/** The first request body example: its media type, value and summary (the name Redoc lists it under). */
export function requestExample(document: OpenApiDocument, operation: Operation): { mediaType: string; value: unknown; summary?: string } | undefined {
  const raw = operation.object.requestBody as { content?: Record<string, unknown> } | undefined;
  const body = raw && resolve(document, raw);
  for (const [mediaType, raw] of Object.entries(body?.content ?? {})) {
    const media = raw as { example?: unknown; examples?: Record<string, unknown> };
    if (media.example !== undefined) return { mediaType, value: media.example };
    const [name, first] = Object.entries(media.examples ?? {})[0] ?? [];
    if (name && first) {
      const example = resolve(document, first as { value?: unknown; summary?: string });
      return { mediaType, value: example.value, summary: example.summary ?? name };
    }
  }
  return undefined;
}

/** The name of the security scheme the operation uses (`undefined` when it needs none, like `POST /login`). */
export function securitySchemeOf(document: OpenApiDocument, operation: Operation): string | undefined {
  const requirements = (operation.object.security ?? document.security ?? []) as Array<Record<string, unknown>>;
  return requirements.flatMap((requirement) => Object.keys(requirement))[0];
}

/** A slug as Redoc makes them for tags: lower case, spaces to dashes. */
function slug(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/g, '-').replace(/&/g, '-and-').replace(/--+/g, '-');
}

/**
 * The hash route of an operation in its Redoc 3 page (`#/<tag>/<operationid>`). Redoc 3 renders one
 * operation per route; the browser test follows every one of these links, so a Redoc change that
 * moves them fails the tests rather than leaving dead links on the landing page.
 */
export function operationAnchor(operation: Operation): string {
  const id = operation.operationId.toLowerCase();
  const tag = operation.tags[0];
  return tag ? `#/${slug(tag)}/${id}` : `#/${id}`;
}
