import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Json, nodeAt, type OpenApiDocument, readApiEntries, resolveRef } from '@contracts/bundles';
import { parse } from 'yaml';

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
