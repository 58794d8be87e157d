import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's root folder. */
export const repoRoot = join(__dirname, '..', '..', '..');

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
 * The APIs of redocly.yaml in `root` (default: this repository): the one list of APIs every script and package
 * reads. Fails naming the key that is missing.
 */
export function readApiEntries(root = repoRoot): ApiEntry[] {
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
