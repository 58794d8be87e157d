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
  /** Whether it is the control API every stub and mock serves under `/__contracts/` (`x-contracts-control`). */
  control?: boolean;
}

function listedApis(): ListedApi[] {
  return (JSON.parse(readFileSync(join(generatedDir, 'apis.json'), 'utf8')) as { apis: ListedApi[] }).apis;
}

/** The names of the bundled vendor APIs (those of redocly.yaml but the control API), in alphabetical order. */
export function apiNames(): string[] {
  return listedApis()
    .filter((entry) => !entry.control)
    .map((entry) => entry.name)
    .sort();
}

/** Loads one bundled vendor API; throws with the command to run when it is unknown or its bundle is missing. */
export function loadApi(name: string): LoadedApi {
  const entry = listedApis().find((candidate) => candidate.name === name && !candidate.control);
  if (!entry) throw new Error(`No API "${name}" in redocly.yaml (known APIs: ${apiNames().join(', ')}); add it there and run \`pnpm generate\``);
  return loadEntry(entry);
}

/** Loads the control API every stub and mock serves under `/__contracts/` (the entry marked `x-contracts-control`). */
export function loadControlApi(): LoadedApi {
  const entry = listedApis().find((candidate) => candidate.control);
  if (!entry) throw new Error('No entry of redocly.yaml is marked x-contracts-control: true; the control API is spec/control/openapi.yaml');
  return loadEntry(entry);
}

function loadEntry(entry: ListedApi): LoadedApi {
  const { name } = entry;
  const bundlePath = join(generatedDir, entry.bundle);
  let text: string;
  try {
    text = readFileSync(bundlePath, 'utf8');
  } catch {
    throw new Error(`No bundle for API "${name}" at ${bundlePath}; run \`pnpm generate\``);
  }
  return { ...apiOf(name, parse(text) as OpenApiDocument), bundlePath, ...(entry.control && { control: true }) };
}

/** Loads every bundled vendor API, in alphabetical order. */
export function loadApis(): LoadedApi[] {
  return apiNames().map(loadApi);
}
