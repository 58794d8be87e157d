import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

// The published packages, built to packages/<name>/dist as ESM with .d.ts (each package's publishConfig points there;
// in the workspace everything runs from source). Entry names are the files of dist/, one per export.
const listed = (JSON.parse(readFileSync('packages/bundles/generated/apis.json', 'utf8')) as { apis: Array<{ name: string; control?: boolean }> }).apis;
// The control API has generated types and a client, but no vendor folder and no MSW entry.
const perApi = (source: (api: string) => string, { vendorsOnly = false } = {}) =>
  Object.fromEntries(listed.filter((api) => !(vendorsOnly && api.control)).map((api) => [api.name, source(api.name)]));
const index = 'src/index.ts';

const entries: Record<string, Record<string, string>> = {
  bundles: { index, model: 'src/model.ts' },
  types: perApi((api) => `generated/${api}.ts`),
  // `./control` is the control API's generated client with `connectControl` beside it.
  client: { index: 'src/create-api-client.ts', ...perApi((api) => `generated/${api}.ts`, { vendorsOnly: true }), control: 'src/control.ts' },
  vendors: { index, registry: 'generated/index.ts', ...perApi((api) => `${api}/index.ts`, { vendorsOnly: true }) },
  pipeline: { index },
  msw: { index, ...perApi((api) => `generated/${api}.ts`, { vendorsOnly: true }) },
  http: { index },
  server: { index, cli: 'src/cli.ts' },
  mock: { index, cli: 'src/cli.ts' },
  docs: { index, cli: 'src/cli.ts' },
  contract: { index, cli: 'src/cli.ts' },
  // bin: the process the docs build runs for `--history` (readContractHistories).
  diff: { index, cli: 'src/cli.ts', bin: 'src/bin.ts' },
  cli: { index, bin: 'src/bin.ts' },
};

export default defineConfig(
  Object.entries(entries).map(
    ([name, entry]): UserConfig => ({
      name,
      cwd: `packages/${name}`,
      entry,
      platform: 'node',
      target: 'node20.19',
      // __dirname in ESM: each package finds its generated files beside its dist/ as it does beside src/.
      shims: true,
      // eager: one TypeScript program per tsconfig serves every entry of every package, instead of one per package
      // (the same .d.ts files, in half the time).
      dts: { eager: true },
      // .js and .d.ts: the published package.json says "type": "module" (publishConfig), the workspace's does not.
      outExtensions: () => ({ js: '.js', dts: '.d.ts' }),
      // An MSW entry inlines its API's JSON bundle, and the pipeline the control API's, so that a browser bundle holds
      // the document and nothing reads a file.
      deps: name === 'msw' || name === 'pipeline' ? { alwaysBundle: [/^@contracts\/bundles\/generated\/.+\.json$/] } : {},
      clean: true,
      logLevel: 'warn',
      // The timing report is advice for plugin authors, printed on every build of this size.
      checks: { pluginTimings: false },
    }),
  ),
);
