import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiEntry, readApis } from '../../../scripts/lib/apis';

export type { ApiEntry };

/** One API's contract at one version: its entry in redocly.yaml and its bundled, dereferenced document. */
export interface Contract {
  api: ApiEntry;
  title: string;
  version: string;
  /** The whole document with every `$ref` resolved in place, as the diff libraries expect. */
  document: Record<string, unknown>;
}

/** The APIs that `root`/redocly.yaml declares, by short name (`looker`); none when the file is absent. */
export function apisIn(root: string): Map<string, ApiEntry> {
  if (!existsSync(join(root, 'redocly.yaml'))) return new Map();
  return new Map(readApis(root).map((api) => [api.name, api]));
}

/**
 * Bundles `apis` from the spec files under `root` with Redocly, as `pnpm generate` does, but
 * dereferenced. `label` names the version in errors (`base main`, `the working tree`).
 */
export async function bundleContracts(root: string, apis: ApiEntry[], label: string): Promise<Map<string, Contract>> {
  const { bundle, loadConfig } = await import('@redocly/openapi-core');
  const config = await loadConfig({ configPath: join(root, 'redocly.yaml') });
  const contracts = new Map<string, Contract>();
  for (const api of apis) {
    const result = await bundle({ ref: join(root, api.root), config: config.forAlias(api.alias), dereference: true });
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      throw new Error(`${label}: ${api.root} does not bundle: ${errors.map((problem) => problem.message).join('; ')} (\`pnpm lint:spec\` shows where)`);
    }
    // Dereferencing shares one object between every place that referenced it; the diff libraries
    // walk each place on its own, so give them a tree. A circular $ref cannot be a tree.
    let document: Record<string, unknown>;
    try {
      document = JSON.parse(JSON.stringify(result.bundle.parsed));
    } catch {
      throw new Error(`${label}: ${api.root} has a circular $ref, which pnpm diff cannot compare`);
    }
    const info = (document.info ?? {}) as { title?: string; version?: string };
    contracts.set(api.name, { api, title: info.title ?? api.name, version: String(info.version ?? ''), document });
  }
  return contracts;
}
