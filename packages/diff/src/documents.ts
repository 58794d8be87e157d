import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiDocument } from '@contracts/bundles';
import { parse } from 'yaml';

/** What a diff needs of an API in redocly.yaml: its names and its hand-authored root. */
export interface ApiEntry {
  /** The alias in redocly.yaml, such as `looker@4.0`. */
  alias: string;
  /** The short name, before the `@`: `looker`. */
  name: string;
  /** Repo-relative path of the root document. */
  root: string;
  /** Repo-relative folder of the API's spec. */
  specDir: string;
}

/** One API's contract at one version: its entry in redocly.yaml and its bundled, dereferenced document. */
export interface Contract {
  api: ApiEntry;
  title: string;
  version: string;
  /** The whole document with every `$ref` resolved in place, as the diff libraries expect. */
  document: OpenApiDocument;
}

/**
 * The APIs that `root`/redocly.yaml declares, by short name (`looker`); none when the file is absent.
 * Only each API's `root` is read: a base or a tag may hold an older redocly.yaml without the output
 * keys today's generator requires (so not @contracts/bundles' readApiEntries, which checks them).
 */
export function apisIn(root: string): Map<string, ApiEntry> {
  const file = join(root, 'redocly.yaml');
  if (!existsSync(file)) return new Map();
  const apis = (parse(readFileSync(file, 'utf8')) as { apis?: Record<string, { root?: string }> } | null)?.apis ?? {};
  return new Map(
    Object.entries(apis).map(([alias, api]) => {
      if (!api.root) throw new Error(`${file}: apis.${alias}.root is missing`);
      const name = alias.split('@')[0] ?? alias;
      return [name, { alias, name, root: api.root, specDir: api.root.slice(0, api.root.lastIndexOf('/')) }];
    }),
  );
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
    let document: OpenApiDocument;
    try {
      document = JSON.parse(JSON.stringify(result.bundle.parsed));
    } catch {
      throw new Error(`${label}: ${api.root} has a circular $ref, which pnpm diff cannot compare`);
    }
    contracts.set(api.name, { api, title: document.info?.title ?? api.name, version: String(document.info?.version ?? ''), document });
  }
  return contracts;
}
