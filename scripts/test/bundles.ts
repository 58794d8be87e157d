import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readApis } from '../lib/apis';

export const repoRoot = join(__dirname, '..', '..');

/** Every API of redocly.yaml with its committed bundle, parsed. */
export function bundledApis() {
  return readApis(repoRoot).map((api) => ({ ...api, document: parse(readFileSync(join(repoRoot, api.bundle), 'utf8')) as Record<string, unknown> }));
}

export type Json = Record<string, unknown>;

/** The node at a JSON pointer such as `#/components/schemas/Error`. */
export function at(document: Json, pointer: string): Json {
  return pointer
    .slice(2)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((parent, key) => (parent as Json)[key], document) as Json;
}

/** Follows `$ref`s inside the bundle until it reaches a node that is not one. */
export function deref(document: Json, node: unknown): Json {
  let current = node as Json;
  while (typeof current?.$ref === 'string') current = at(document, current.$ref);
  return current;
}
