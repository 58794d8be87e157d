import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Json, nodeAt, type OpenApiDocument, resolveRef } from '@contracts/bundles';
import { parse } from 'yaml';
import { readApiEntries } from '../lib/entries';

export const repoRoot = join(__dirname, '..', '..');

/** Every API of redocly.yaml with its committed bundle, parsed. */
export function bundledApis() {
  return readApiEntries(repoRoot).map((api) => ({ ...api, document: parse(readFileSync(join(repoRoot, api.bundle), 'utf8')) as OpenApiDocument }));
}

export type { Json };

/** The node at a JSON pointer such as `#/components/schemas/Error`. */
export const at = (document: object, pointer: string) => nodeAt(document as OpenApiDocument, pointer) as Json;

/** Follows `$ref`s inside the bundle until it reaches a node that is not one. */
export const deref = (document: object, node: unknown) => resolveRef<Json>(document as OpenApiDocument, node);

const refName = (node: unknown) => (typeof (node as Json | undefined)?.$ref === 'string' ? ((node as Json).$ref as string).split('/').pop() : undefined);

/**
 * A schema in a short notation (see scripts/test/versori-reference.ts): a component in `named` by its name,
 * any other (`Ulid`, `Timestamp`, inline schemas) by what it is: `string:date-time`, `array<X>`, `const:x`,
 * `enum:a,b`, `oneOf<A,B>`, `string|null`. `aliases` names components that stand for a format.
 */
export function describeSchema(document: object, node: unknown, named: Set<string>, aliases: Record<string, string> = {}): string {
  const name = refName(node);
  if (name && aliases[name]) return aliases[name];
  if (name && named.has(name)) return name;
  const schema = deref(document, node);
  if ('const' in schema) return `const:${String(schema.const)}`;
  if (Array.isArray(schema.enum)) return `enum:${schema.enum.join(',')}`;
  for (const union of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[union]))
      return `${union}<${(schema[union] as unknown[])
        .map((branch) => describeSchema(document, branch, named, aliases))
        .sort()
        .join(',')}>`;
  }
  const types = [schema.type ?? (schema.properties ? 'object' : undefined)].flat().filter(Boolean) as string[];
  if (schema.nullable === true) types.push('null');
  const main = types.filter((type) => type !== 'null');
  if (main.includes('array')) return `array<${describeSchema(document, schema.items, named, aliases)}>`;
  return `${[...main, ...(types.includes('null') ? ['null'] : [])].join('|')}${schema.format ? `:${String(schema.format)}` : ''}`;
}

/** An object schema's properties (a later `allOf` part winning) and `required` names, through `$ref` and `allOf`. */
export function flattenObject(document: object, node: unknown): { properties: Record<string, Json>; required: string[] } {
  const schema = deref(document, node);
  const parts = ((schema.allOf ?? []) as Json[]).map((part) => flattenObject(document, part));
  return {
    properties: Object.assign({}, ...parts.map((part) => part.properties), schema.properties ?? {}),
    required: [...new Set([...parts.flatMap((part) => part.required), ...((schema.required ?? []) as string[])])],
  };
}
