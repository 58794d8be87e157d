import { type Json, type OpenApiDocument, resolveRef } from './document';
import { withoutExamples } from './subset';

/**
 * A schema that is a `oneOf` of references told apart by a discriminator, rewritten as plain JSON Schema: the
 * discriminator is required and one of the mapped values, and an `if`/`then` chain applies the branch it names. Any
 * validator then reports the errors of that branch alone, where a `oneOf` reports every branch's.
 */
function chained(schema: Json): Json | undefined {
  const discriminator = schema.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  const branches = schema.oneOf;
  if (!discriminator?.propertyName || !discriminator.mapping || !Array.isArray(branches)) return undefined;
  const refs = new Set((branches as Json[]).map((branch) => branch.$ref));
  const mapping = Object.entries(discriminator.mapping);
  if (refs.has(undefined) || !mapping.every(([, ref]) => refs.has(ref))) return undefined;
  const property = discriminator.propertyName;
  const chain = mapping.reduceRight<Json>(
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise.
    (otherwise, [value, ref]) => ({ if: { required: [property], properties: { [property]: { const: value } } }, then: { $ref: ref }, else: otherwise }),
    {},
  );
  const { discriminator: _discriminator, oneOf: _oneOf, ...rest } = schema;
  return {
    ...rest,
    required: [...new Set([...((rest.required as string[] | undefined) ?? []), property])],
    properties: { ...((rest.properties as Json | undefined) ?? {}), [property]: { enum: mapping.map(([value]) => value) } },
    allOf: [...((rest.allOf as Json[] | undefined) ?? []), chain],
  };
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value)]));
  return chained(copy) ?? copy;
}

/**
 * The document with each discriminated `oneOf` as an `if`/`then` chain, so that every request validator
 * (express-openapi-validator in the stub, Prism in the mock, Ajv in MSW) reports the same violations for the same
 * body. A validator's summary error of a failed `if` (its `then` branch's own errors say what is wrong) carries the
 * rule `if`.
 */
export function withDiscriminatorChains(document: OpenApiDocument): OpenApiDocument {
  return rewrite(document) as OpenApiDocument;
}

const requestCopy = (name: string) => `${name}.request`;

/** Every `$ref` to a component schema below `node`, by the schema's name. */
function schemaRefsIn(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) schemaRefsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const name = key === '$ref' && typeof value === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(value)?.[1] : undefined;
      if (name) found.add(name);
      else schemaRefsIn(value, found);
    }
  }
}

/** `node` with its references to the component schemas in `renamed` (`$ref`s and discriminator mappings) pointing at their request copies, and chained. */
function asRequestSide(node: unknown, renamed: Set<string>): unknown {
  const rename = (ref: unknown) => {
    const name = typeof ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1] : undefined;
    return name && renamed.has(name) ? `#/components/schemas/${requestCopy(name)}` : ref;
  };
  if (Array.isArray(node)) return node.map((item) => asRequestSide(item, renamed));
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref') return [key, rename(value)];
      if (key === 'mapping' && value && typeof value === 'object')
        return [key, Object.fromEntries(Object.entries(value).map(([tag, ref]) => [tag, rename(ref)]))];
      return [key, asRequestSide(value, renamed)];
    }),
  );
  return chained(copy) ?? copy;
}

/**
 * The document with the chains of `withDiscriminatorChains` on the request side only: each request body schema, and
 * a copy (`<Name>.request`) of every component schema it reaches, is chained; responses keep their `oneOf`, which
 * answers generated from the schemas (Prism's `--dynamic`) need.
 */
export function withRequestChains(document: OpenApiDocument): OpenApiDocument {
  const schemas = (document.components?.schemas ?? {}) as Json;
  const bodies = Object.values(document.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) => ((operation as Json | undefined)?.requestBody ? [(operation as Json).requestBody] : [])),
  );
  const reached = new Set<string>();
  schemaRefsIn(bodies, reached);
  for (const name of reached) schemaRefsIn(schemas[name], reached);
  const copies = Object.fromEntries([...reached].map((name) => [requestCopy(name), asRequestSide(schemas[name], reached)]));
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, operation]) => {
          const body = (operation as Json | undefined)?.requestBody;
          return [key, body ? { ...(operation as Json), requestBody: asRequestSide(body, reached) } : operation];
        }),
      ),
    ]),
  );
  return { ...document, paths, components: { ...document.components, schemas: { ...schemas, ...copies } } };
}

/** What the stub's and MSW's validators get: the chains above, without examples (Prism keeps them: they are its answers). */
export function validationDocument(document: OpenApiDocument): OpenApiDocument {
  return withDiscriminatorChains(withoutExamples(document));
}

/** Whether `value` satisfies an `if` of the chains above: each of its properties' `const`. */
function satisfiesIf(condition: Json, value: unknown): boolean {
  const properties = Object.entries((condition.properties as Json | undefined) ?? {});
  return properties.every(([name, rule]) => (value as Json | undefined)?.[name] === (rule as Json).const);
}

/** `schema` and what it brings in for `value`: its `$ref`, its `allOf` parts and the `then` or `else` that applies. */
function applying(document: OpenApiDocument, schema: unknown, value: unknown, seen = new Set<unknown>()): Json[] {
  const resolved = resolveRef<Json | undefined>(document, schema);
  if (!resolved || typeof resolved !== 'object' || seen.has(resolved)) return [];
  seen.add(resolved);
  const parts = ((resolved.allOf as unknown[] | undefined) ?? []).flatMap((part) => applying(document, part, value, seen));
  if (resolved.if && typeof resolved.if === 'object') {
    const branch = satisfiesIf(resolved.if as Json, value) ? resolved.then : resolved.else;
    parts.push(...applying(document, branch, value, seen));
  }
  return [resolved, ...parts];
}

/**
 * The object schemas that apply to the value at `path` (segments below the root) of `value`, walking `schema`
 * through `$ref`, `allOf`, the `if`/`then` chains of `validationDocument`, `properties`, `items` and
 * `additionalProperties`: what a validator that reports a violation at `path` without naming the property (Prism's
 * `required` and `additionalProperties`) was checking.
 */
export function schemasAt(document: OpenApiDocument, schema: unknown, value: unknown, path: readonly string[]): { schemas: Json[]; value: unknown } {
  let schemas = applying(document, schema, value);
  let current = value;
  for (const segment of path) {
    const inside = Array.isArray(current) ? current[Number(segment)] : (current as Json | undefined)?.[segment];
    schemas = schemas.flatMap((candidate) => {
      const properties = candidate.properties as Json | undefined;
      const child = Array.isArray(current)
        ? candidate.items
        : properties && segment in properties
          ? properties[segment]
          : typeof candidate.additionalProperties === 'object'
            ? candidate.additionalProperties
            : undefined;
      return child === undefined ? [] : applying(document, child, inside);
    });
    current = inside;
  }
  return { schemas, value: current };
}
