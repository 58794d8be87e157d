import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One API declared in redocly.yaml: its hand-authored root and the files generated from it (repo-relative paths). */
export interface ApiEntry {
  /** The alias in redocly.yaml, such as `looker@4.0`. */
  alias: string;
  /** The short name, before the `@`: `looker`. */
  name: string;
  /** The hand-authored root document. */
  root: string;
  /** The folder that holds the API's hand-authored spec. */
  specDir: string;
  /** The bundled document. */
  bundle: string;
  /** The generated types (openapi-typescript). */
  types: string;
  /** The generated client binding (openapi-fetch). */
  client: string;
  /**
   * Whether it is the control API (`x-contracts-control: true`) that every stub and mock serves under `/__contracts/`
   * rather than a vendor's: it gets a bundle, types, a client and a docs page, but no vendor folder or MSW entry.
   */
  control: boolean;
}

interface RedoclyApi {
  root?: string;
  output?: string;
  'x-openapi-ts'?: { output?: string };
  'x-openapi-fetch'?: { output?: string };
  'x-contracts-control'?: boolean;
}

/**
 * The APIs of redocly.yaml in the repository `root`: the one list of APIs every script reads, and that `pnpm generate`
 * writes beside the bundles for the packages. Fails naming the key that is missing.
 */
export function readApiEntries(root: string): ApiEntry[] {
  const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8')) as { apis?: Record<string, RedoclyApi> };
  return Object.entries(config.apis ?? {}).map(([alias, api]) => {
    const missing = (key: string) =>
      new Error(`redocly.yaml: apis.${alias}.${key} is missing; every API needs root, output, x-openapi-ts.output and x-openapi-fetch.output`);
    if (!api.root) throw missing('root');
    if (!api.output) throw missing('output');
    if (!api['x-openapi-ts']?.output) throw missing('x-openapi-ts.output');
    if (!api['x-openapi-fetch']?.output) throw missing('x-openapi-fetch.output');
    return {
      alias,
      name: alias.split('@')[0] ?? alias,
      root: api.root,
      specDir: api.root.slice(0, api.root.lastIndexOf('/')),
      bundle: api.output,
      types: api['x-openapi-ts'].output,
      client: api['x-openapi-fetch'].output,
      control: api['x-contracts-control'] === true,
    };
  });
}

/** Where `pnpm generate` writes the list of APIs for the packages: beside the bundles, which it names. */
export const apiListPath = 'packages/bundles/generated/apis.json';

/**
 * The list of APIs the packages read at run time (`loadApis`), so that an installed package needs neither redocly.yaml
 * nor anything above its own folder: each API's name, alias and bundle file, relative to the list.
 */
export function renderApiList(apis: ApiEntry[]): string {
  const folder = apiListPath.slice(0, apiListPath.lastIndexOf('/') + 1);
  const entries = apis.map((api) => {
    if (!api.bundle.startsWith(folder)) throw new Error(`redocly.yaml: apis.${api.alias}.output must be in ${folder}, where the packages read bundles`);
    return { name: api.name, alias: api.alias, bundle: api.bundle.slice(folder.length), ...(api.control && { control: true }) };
  });
  const generated = 'Generated from redocly.yaml by `pnpm generate`. Do not edit: add an API to redocly.yaml and regenerate.';
  return `${JSON.stringify({ 'x-generated': generated, apis: entries }, null, 2)}\n`;
}
