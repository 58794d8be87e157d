import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readApis } from '../lib/apis';

export const repoRoot = join(__dirname, '..', '..');

/** Every API of redocly.yaml with its committed bundle, parsed. */
export function bundledApis() {
  return readApis(repoRoot).map((api) => ({ ...api, document: parse(readFileSync(join(repoRoot, api.bundle), 'utf8')) as Record<string, unknown> }));
}
