import { type BuildOptions, buildDocs } from './build';
import { type ServeOptions, serveDocs } from './serve';

export {
  type BuildOptions,
  type BuildResult,
  type BuiltFile,
  buildDocs,
  defaultOutDir,
  docsDocument,
  type StagedPages,
  type StageOptions,
  stageApiPages,
} from './build';
export { operationAnchor } from './operations';
export { type CodeSample, codeSamples, curlSample, typescriptSample } from './samples';
export { externalLoads } from './self-contained';
export { type DocsServer, defaultHost, defaultPort, type ServeOptions, serveDocs } from './serve';

export interface DocsStartOptions extends ServeOptions {
  /** Build the site before serving it (default true). */
  build?: boolean;
  log?: BuildOptions['log'];
}

/** Builds and serves the docs: what `pnpm docs:serve` runs, for `pnpm start` to run next to the stub and mock. */
export async function startDocs(options: DocsStartOptions = {}): Promise<{ urls: { docs: string }; close(): Promise<void> }> {
  if (options.build !== false) await buildDocs({ outDir: options.dir, log: options.log });
  const server = await serveDocs(options);
  return { urls: { docs: server.url }, close: server.close };
}
