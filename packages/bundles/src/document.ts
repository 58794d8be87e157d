/** Any node of an OpenAPI document or JSON Schema. */
export type Json = Record<string, unknown>;

/** The minimal view of an OpenAPI 3.1 document that the packages read. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string };
  servers: Array<{ url: string; description?: string; 'x-local'?: 'mock' | 'stub'; variables?: Record<string, { default: string }> }>;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  security?: Array<Record<string, string[]>>;
  [key: string]: unknown;
}

const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/integration_hubs/{id}` → `~1integration_hubs~1{id}`: a key as a JSON pointer segment. */
export const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The node at a local JSON pointer such as `#/components/schemas/Error`, or undefined. */
export function nodeAt(document: OpenApiDocument, pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .map(unescapePointer)
    .reduce<unknown>((parent, key) => (parent as Json | undefined)?.[key], document);
}

/**
 * Follows local `$ref`s (`#/components/...`) until it reaches a node that is not a reference. A bundle holds only
 * local references; anything else, a reference to nothing, or a chain that comes back to itself is an error that
 * names the reference, because every reader of the bundle would misread it the same way.
 */
export function resolveRef<T = Json>(document: OpenApiDocument, node: unknown): T {
  let current = node;
  const seen = new Set<string>();
  for (;;) {
    const ref = (current as { $ref?: unknown } | null | undefined)?.$ref;
    if (typeof ref !== 'string') return current as T;
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}: a bundle holds only local references; run \`pnpm generate\``);
    if (seen.has(ref)) throw new Error(`The $ref ${ref} refers back to itself`);
    seen.add(ref);
    current = nodeAt(document, ref);
    if (current === undefined) throw new Error(`Unresolved $ref ${ref} in the bundle; run \`pnpm generate\``);
  }
}
