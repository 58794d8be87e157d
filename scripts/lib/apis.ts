import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One API declared in redocly.yaml: its hand-authored root and the files generated from it. */
export interface ApiEntry {
  /** The alias in redocly.yaml, such as `looker@4.0`. */
  alias: string;
  /** The short name, before the `@`: `looker`. */
  name: string;
  /** Repo-relative path of the hand-authored root document. */
  root: string;
  /** Repo-relative path of the folder that holds the API's hand-authored spec. */
  specDir: string;
  /** Repo-relative path of the bundled document. */
  bundle: string;
  /** Repo-relative path of the generated types. */
  types: string;
}

interface RedoclyApi {
  root?: string;
  output?: string;
  'x-openapi-ts'?: { output?: string };
}

/** Reads the list of APIs from redocly.yaml in `repoRoot`; fails naming the key that is missing. */
export function readApis(repoRoot: string): ApiEntry[] {
  const config = parse(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8')) as { apis?: Record<string, RedoclyApi> };
  return Object.entries(config.apis ?? {}).map(([alias, api]) => {
    const missing = (key: string) => new Error(`redocly.yaml: apis.${alias}.${key} is missing; every API needs root, output and x-openapi-ts.output`);
    if (!api.root) throw missing('root');
    if (!api.output) throw missing('output');
    if (!api['x-openapi-ts']?.output) throw missing('x-openapi-ts.output');
    const name = alias.split('@')[0] ?? alias;
    return {
      alias,
      name,
      root: api.root,
      specDir: api.root.slice(0, api.root.lastIndexOf('/')),
      bundle: api.output,
      types: api['x-openapi-ts'].output,
    };
  });
}
