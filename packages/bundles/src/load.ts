import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Api, apiOf } from './api';
import type { OpenApiDocument } from './document';
import { readApiEntries, repoRoot } from './entries';

/** An API loaded from its bundle file. */
export type LoadedApi = Api & { bundlePath: string };

/** The names of the APIs in redocly.yaml, in alphabetical order. */
export function apiNames(): string[] {
  return readApiEntries()
    .map((entry) => entry.name)
    .sort();
}

/** Loads one bundled API; throws with the command to run when it is unknown or its bundle is missing. */
export function loadApi(name: string): LoadedApi {
  const entry = readApiEntries().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`No API "${name}" in redocly.yaml (known APIs: ${apiNames().join(', ')}); add it there and run \`pnpm generate\``);
  const bundlePath = join(repoRoot, entry.bundle);
  let text: string;
  try {
    text = readFileSync(bundlePath, 'utf8');
  } catch {
    throw new Error(`No bundle for API "${name}" at ${bundlePath}; run \`pnpm generate\``);
  }
  return { ...apiOf(name, parse(text) as OpenApiDocument), bundlePath };
}

/** Loads every bundled API, in alphabetical order. */
export function loadApis(): LoadedApi[] {
  return apiNames().map(loadApi);
}
