import type { OpenApiDocument } from '@contracts/bundles';
import type { ApiEntry } from './entries';
import { header } from './text';

/** The MSW entry module of an API: `@contracts/msw/<api>`. */
export const mswEntryPath = (api: { name: string }) => `packages/msw/generated/${api.name}.ts`;

/** The JSON form of an API's bundle, beside its YAML: what browser bundlers import. */
export const jsonBundlePath = (api: { bundle: string }) => api.bundle.replace(/\.ya?ml$/, '.json');

/**
 * The JSON bundle: the same document as the YAML, led by where it comes from and the fingerprint of its inputs
 * (JSON has no comments; OpenAPI allows `x-` keys at the root).
 */
export function renderJsonBundle(api: ApiEntry, document: OpenApiDocument, fingerprint: string): string {
  const generated = `Generated from ${api.specDir}/ by \`pnpm generate\`. Do not edit: edit the spec and regenerate.`;
  return `${JSON.stringify({ 'x-generated': generated, 'x-fingerprint': fingerprint, ...document }, null, 2)}\n`;
}

/** `packages/msw/generated/<api>.ts`: `handlers`, `createHandlers`, `reset` and `http` of one API, over the generic `createApiHandlers`. */
export function renderMswEntry(api: ApiEntry, document: OpenApiDocument, fingerprint: string): string {
  const title = document.info.title;
  return `${header(api, '//', fingerprint)}import document from '@contracts/bundles/generated/${api.name}.json';
import type { paths } from '@contracts/types/${api.name}';
import { vendor } from '@contracts/vendors/${api.name}';
import { type ApiHandlerOptions, type ApiHandlers, type CredentialsOf, createApiHandlers } from '../src/create-api-handlers';

/** The options of \`createHandlers\` for ${title}. */
export type HandlerOptions = ApiHandlerOptions<CredentialsOf<typeof vendor>>;

/**
 * New MSW handlers for ${title}, with their own store: \`setupServer(...createHandlers())\` (or \`setupWorker\`).
 * Without options they answer at the vendor's base path on any origin, from the vendor's stateful fake.
 */
export function createHandlers(options: HandlerOptions = {}): ApiHandlers<paths> {
  return createApiHandlers<paths, typeof vendor>('${api.name}', document, vendor, options);
}

/** One shared instance of the default handlers: its store lives as long as the module; \`reset()\` it between tests. */
export const handlers = createHandlers();

/** Forgets every change made through \`handlers\`: the store is seeded again from the spec's examples. */
export const reset = (): Promise<void> => handlers.reset();

/** openapi-msw's \`http\`, typed by the spec's paths, at the vendor's base path on any origin: for per-test overrides. */
export const http = handlers.http;
`;
}
