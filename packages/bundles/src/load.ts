import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Api, apiOf } from './api';
import type { OpenApiDocument } from './document';

/** An API loaded from its bundle file. */
export type LoadedApi = Api & { bundlePath: string };

/**
 * The package's generated folder: beside `src/` in the workspace and beside `dist/` once built, so an installed
 * package reads its own bundles and nothing above its folder.
 */
const generatedDir = join(__dirname, '..', 'generated');

/** One API of the list `pnpm generate` writes from redocly.yaml (`generated/apis.json`). */
interface ListedApi {
  name: string;
  alias: string;
  /** The bundle file, relative to the generated folder. */
  bundle: string;
}

function listedApis(): ListedApi[] {
  return (JSON.parse(readFileSync(join(generatedDir, 'apis.json'), 'utf8')) as { apis: ListedApi[] }).apis;
}

/** The names of the bundled APIs (those of redocly.yaml), in alphabetical order. */
export function apiNames(): string[] {
  return listedApis()
    .map((entry) => entry.name)
    .sort();
}

/** Loads one bundled API; throws with the command to run when it is unknown or its bundle is missing. */
export function loadApi(name: string): LoadedApi {
  const entry = listedApis().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`No API "${name}" in redocly.yaml (known APIs: ${apiNames().join(', ')}); add it there and run \`pnpm generate\``);
  const bundlePath = join(generatedDir, entry.bundle);
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
