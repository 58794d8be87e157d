import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Where `pnpm generate` writes one bundled OpenAPI document per API. */
export const bundlesDir = join(__dirname, '..', 'generated');

/** The minimal view of an OpenAPI 3.1 document that the packages read. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string };
  servers: Array<{ url: string; description?: string; 'x-local'?: 'mock' | 'stub'; variables?: Record<string, { default: string }> }>;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** One API of the contract, with the URLs it is served at. */
export interface Api {
  /** Short name: the bundle's file name and the `spec/` folder (`looker`, `truto`, `versori`). */
  name: string;
  title: string;
  version: string;
  /** Path of the bundled YAML document. */
  bundlePath: string;
  document: OpenApiDocument;
  /** The vendor's real base URL (the first server), with server variables at their defaults. */
  vendorUrl: string;
  /** The base path every operation is mounted at, the same on the vendor, the mock and the stub (`/api/4.0`, `` for root). */
  basePath: string;
  mock: { url: string; port: number };
  stub: { url: string; port: number };
}

/** The names of the bundled APIs, in alphabetical order. */
export function apiNames(): string[] {
  return readdirSync(bundlesDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();
}

function withDefaults(server: OpenApiDocument['servers'][number]): string {
  return server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? name);
}

function localServer(document: OpenApiDocument, role: 'mock' | 'stub', name: string) {
  const server = document.servers.find((candidate) => candidate['x-local'] === role);
  if (!server) throw new Error(`spec/${name}/openapi.yaml has no server with "x-local: ${role}"; add one`);
  const url = new URL(server.url);
  return { url: server.url, port: Number(url.port) };
}

/** Loads one bundled API; throws with the command to run when its bundle is missing. */
export function loadApi(name: string): Api {
  const bundlePath = join(bundlesDir, `${name}.yaml`);
  let text: string;
  try {
    text = readFileSync(bundlePath, 'utf8');
  } catch {
    throw new Error(`No bundle for API "${name}" at ${bundlePath}; run \`pnpm generate\` (known APIs: ${apiNames().join(', ')})`);
  }
  const document = parse(text) as OpenApiDocument;
  const vendor = document.servers[0];
  if (!vendor) throw new Error(`spec/${name}/openapi.yaml declares no servers`);
  const basePath = new URL(withDefaults(vendor)).pathname.replace(/\/$/, '');
  return {
    name,
    title: document.info.title,
    version: document.info.version,
    bundlePath,
    document,
    vendorUrl: withDefaults(vendor),
    basePath,
    mock: localServer(document, 'mock', name),
    stub: localServer(document, 'stub', name),
  };
}

/** Loads every bundled API. */
export function loadApis(): Api[] {
  return apiNames().map(loadApi);
}
