import { type OpenApiDocument, operationsOf, serverUrl } from '@contracts/bundles';
import type { ApiEntry } from './entries';
import { jsonBundlePath, mswEntryPath, renderJsonBundle, renderMswEntry } from './msw';
import { camelCase, header, pascalCase } from './text';
import { handlerMapPath, renderHandlerMap } from './vendors';

/** One file generated from an API's spec. */
export interface Artifact {
  api: ApiEntry;
  /** What the file is, for progress lines: `bundle`, `json`, `types`, `client`, `handlers`, `msw`. */
  kind: string;
  /** Repo-relative path. */
  path: string;
  content: string;
  /** Milliseconds spent rendering it. */
  ms: number;
}

/** The libraries the renderers call, loaded only when something has to be rendered. */
export interface Renderers {
  bundle: typeof import('@redocly/openapi-core').bundle;
  stringifyYaml: typeof import('@redocly/openapi-core').stringifyYaml;
  config: import('@redocly/openapi-core').Config;
  openapiTS: typeof import('openapi-typescript').default;
  astToString: typeof import('openapi-typescript').astToString;
}

/** Loads the Redocly and openapi-typescript APIs once per process. */
export async function loadRenderers(repoRoot: string): Promise<Renderers> {
  const [redocly, openapiTypescript] = await Promise.all([import('@redocly/openapi-core'), import('openapi-typescript')]);
  const config = await redocly.loadConfig({ configPath: `${repoRoot}/redocly.yaml` });
  return {
    bundle: redocly.bundle,
    stringifyYaml: redocly.stringifyYaml,
    config,
    openapiTS: openapiTypescript.default,
    astToString: openapiTypescript.astToString,
  };
}

/** Names of the component schemas reachable from any request body: the ones that get an `…Input` type. */
function schemasInRequests(document: OpenApiDocument): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    // Read-only properties are left out of requests, so what they reference needs no input type.
    if (node === null || typeof node !== 'object' || (node as { readOnly?: unknown }).readOnly === true) return;
    const ref = (node as { $ref?: unknown }).$ref;
    const name = typeof ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1] : undefined;
    if (name && !found.has(name)) {
      found.add(name);
      visit(document.components?.schemas?.[name]);
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const operation of operationsOf(document)) visit(operation.object.requestBody);
  return found;
}

/**
 * Named exports appended to openapi-typescript's output: for every schema its readable form (and,
 * when a request can carry it, its writable `…Input` form), and for every operation its request
 * body, success body, error bodies and parameters. Readable/Writable are openapi-typescript's own
 * read/write-marker helpers, so read-only fields never appear in request types nor write-only ones
 * in response types.
 */
function namedExports(document: OpenApiDocument): string {
  const lines: string[] = ['', '// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.'];
  const inputs = schemasInRequests(document);
  for (const schema of Object.keys(document.components?.schemas ?? {})) {
    lines.push(`export type ${schema} = Readable<components["schemas"]["${schema}"]>;`);
    if (inputs.has(schema)) lines.push(`export type ${schema}Input = Writable<components["schemas"]["${schema}"]>;`);
  }
  for (const operation of operationsOf(document)) {
    const type = pascalCase(operation.operationId);
    const op = `operations["${operation.operationId}"]`;
    const requestMedia = Object.keys(operation.requestBody?.content ?? {})[0];
    if (requestMedia) {
      lines.push(`export type ${type}RequestBody = Writable<NonNullable<${op}["requestBody"]>["content"]["${requestMedia}"]>;`);
    }
    const statuses = [...operation.responses.values()].filter((response) => response.content['application/json']).map((response) => response.status);
    const success = statuses.find((status) => status < 300);
    if (success) lines.push(`export type ${type}Response = Readable<${op}["responses"][${success}]["content"]["application/json"]>;`);
    const errors = statuses.filter((status) => status >= 300);
    if (errors.length > 0) {
      const union = errors.map((status) => `${op}["responses"][${status}]["content"]["application/json"]`).join(' | ');
      lines.push(`export type ${type}ErrorBody = Readable<${union}>;`);
    }
    const locations = new Set(operation.parameters.map((parameter) => parameter.in));
    if (locations.has('path')) lines.push(`export type ${type}PathParams = ${op}["parameters"]["path"];`);
    if (locations.has('query')) lines.push(`export type ${type}Query = NonNullable<${op}["parameters"]["query"]>;`);
  }
  return `${lines.join('\n')}\n`;
}

function baseUrls(document: OpenApiDocument): Record<string, string> {
  const [vendor] = document.servers ?? [];
  const urls: Record<string, string> = vendor ? { vendor: serverUrl(vendor) } : {};
  for (const server of document.servers ?? []) if (server['x-local']) urls[server['x-local']] = server.url;
  return urls;
}

/** The control API's binding: it has no vendor base URL, every stub and mock serves it at its own origin. */
function controlClientBinding(api: ApiEntry, document: OpenApiDocument): string {
  return `import type { paths } from "@contracts/types/${api.name}";
import { type ApiClientOptions, createApiClient } from "../src/create-api-client";

/**
 * A typed client for ${document.info.title}: paths, parameters and bodies are checked against the spec. Its \`baseUrl\`
 * is the origin of a stub or a mock (\`http://127.0.0.1:3010\`), its \`token\` the server's control token, if any.
 */
export function create${pascalCase(api.name)}Client(options: ApiClientOptions) {
  return createApiClient<paths>(options);
}
`;
}

function clientBinding(api: ApiEntry, document: OpenApiDocument): string {
  const name = camelCase(api.name);
  const urls = Object.entries(baseUrls(document))
    .map(([role, url]) => `  ${role}: ${JSON.stringify(url)},`)
    .join('\n');
  return `import type { paths } from "@contracts/types/${api.name}";
import { type ApiClientOptions, createApiClient } from "../src/create-api-client";

/** Base URLs of ${document.info.title} from the spec's \`servers\`: the vendor's (variables at their defaults), the local mock's and the local stub's. */
export const ${name}BaseUrls = {
${urls}
} as const;

/** A typed client for ${document.info.title}: paths, parameters and bodies are checked against the spec. */
export function create${pascalCase(api.name)}Client(options: ApiClientOptions) {
  return createApiClient<paths>(options);
}
`;
}

/** The bundle of one API (YAML and JSON) and the document in it; throws naming the spec when it does not bundle. */
export async function bundleApi(
  repoRoot: string,
  api: ApiEntry,
  renderers: Renderers,
  fingerprint: string,
): Promise<{ document: OpenApiDocument; artifacts: Artifact[] }> {
  let started = performance.now();
  const result = await renderers.bundle({ ref: `${repoRoot}/${api.root}`, config: renderers.config.forAlias(api.alias), dereference: false });
  const unresolved = result.problems.filter((problem) => problem.severity === 'error');
  if (unresolved.length > 0) {
    throw new Error(`${api.root}: ${unresolved.map((problem) => problem.message).join('; ')} (run \`pnpm lint:spec\` for locations)`);
  }
  const document = result.bundle.parsed as OpenApiDocument;
  const bundle = header(api, '#', fingerprint) + renderers.stringifyYaml(document, { lineWidth: -1, noRefs: true });
  const artifacts: Artifact[] = [{ api, kind: 'bundle', path: api.bundle, content: bundle, ms: performance.now() - started }];

  started = performance.now();
  const json = renderJsonBundle(api, document, fingerprint);
  artifacts.push({ api, kind: 'json', path: jsonBundlePath(api), content: json, ms: performance.now() - started });
  return { document, artifacts };
}

/**
 * The files derived from an API's bundled document: its types and client binding, and a vendor's handler map and MSW
 * entry (the control API gets neither: no vendor runs it).
 */
export async function deriveArtifacts(api: ApiEntry, document: OpenApiDocument, renderers: Renderers, fingerprint: string): Promise<Artifact[]> {
  let started = performance.now();
  const ast = await renderers.openapiTS(document as never, { readWriteMarkers: true, silent: true });
  const types = `${header(api, '//', fingerprint)}${renderers.astToString(ast)}${namedExports(document)}`;
  const artifacts: Artifact[] = [{ api, kind: 'types', path: api.types, content: types, ms: performance.now() - started }];

  started = performance.now();
  const client = header(api, '//', fingerprint) + (api.control ? controlClientBinding(api, document) : clientBinding(api, document));
  artifacts.push({ api, kind: 'client', path: api.client, content: client, ms: performance.now() - started });
  if (api.control) return artifacts;

  started = performance.now();
  const handlers = renderHandlerMap(api, document, fingerprint);
  artifacts.push({ api, kind: 'handlers', path: handlerMapPath(api), content: handlers, ms: performance.now() - started });

  started = performance.now();
  const msw = renderMswEntry(api, document, fingerprint);
  artifacts.push({ api, kind: 'msw', path: mswEntryPath(api), content: msw, ms: performance.now() - started });
  return artifacts;
}

/** Renders every file generated from one API: its bundle (YAML and JSON), then what is derived from it. */
export async function renderApi(repoRoot: string, api: ApiEntry, renderers: Renderers, fingerprint: string): Promise<Artifact[]> {
  const bundled = await bundleApi(repoRoot, api, renderers, fingerprint);
  return [...bundled.artifacts, ...(await deriveArtifacts(api, bundled.document, renderers, fingerprint))];
}

/** The paths `renderApi` writes for an API, without rendering anything. */
export function artifactPaths(api: ApiEntry): Array<{ kind: string; path: string }> {
  const derived = [
    { kind: 'bundle', path: api.bundle },
    { kind: 'json', path: jsonBundlePath(api) },
    { kind: 'types', path: api.types },
    { kind: 'client', path: api.client },
  ];
  if (api.control) return derived;
  return [...derived, { kind: 'handlers', path: handlerMapPath(api) }, { kind: 'msw', path: mswEntryPath(api) }];
}
