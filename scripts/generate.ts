import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OpenApiDocument } from '@contracts/bundles';
import { parse } from 'yaml';
import { artifactPaths, loadRenderers, renderApi } from './lib/artifacts';
import { type ApiEntry, apiListPath, readApiEntries, renderApiList } from './lib/entries';
import { fingerprint, recordedFingerprint } from './lib/fingerprint';
import { bold, dim, duration, green } from './lib/output';
import { registryPath, renderRegistry, scaffoldVendor } from './lib/vendors';

const usage = `Usage: pnpm generate [--force] [--api <name>]

Regenerates everything derived from spec/: for each API in redocly.yaml, its bundle in YAML and
JSON (packages/bundles/generated), its types (packages/types/generated), its client binding
(packages/client/generated), its handler map (packages/vendors/generated) and its MSW entry
(packages/msw/generated), plus the registry of vendors and the list of APIs the packages read
(packages/bundles/generated/apis.json). The control API (the entry marked x-contracts-control) gets
its bundle, types and client only. Scaffolds what a vendor folder
(packages/vendors/<api>/) lacks: the folder itself for an API new to redocly.yaml, and a handler
module answering 501 for every operation that has none; existing files are never touched.
Prints one line per API and artifact with the time it took.

An API whose spec, redocly.yaml and generator are unchanged since its files were
generated is skipped; --force renders it anyway.

Options:
  --force        render every API even when its inputs are unchanged
  --api <name>   only this API (looker, truto, versori, control); may be repeated
  -h, --help     show this help`;

const repoRoot = join(__dirname, '..');

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function isCurrent(api: ApiEntry, expected: string): boolean {
  return artifactPaths(api).every(({ path }) => recordedFingerprint(readIfPresent(join(repoRoot, path)) ?? '') === expected);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, api: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return console.log(usage);
  const started = performance.now();
  const all = readApiEntries(repoRoot);
  const unknown = (values.api ?? []).filter((name) => !all.some((api) => api.name === name));
  if (unknown.length > 0) throw new Error(`Unknown API ${unknown.join(', ')}; redocly.yaml declares ${all.map((api) => api.name).join(', ')}`);
  const selected = values.api ? all.filter((api) => values.api?.includes(api.name)) : all;

  const stale: Array<{ api: ApiEntry; fingerprint: string }> = [];
  for (const api of selected) {
    const expected = fingerprint(repoRoot, api.specDir);
    if (!values.force && isCurrent(api, expected)) {
      for (const { kind, path } of artifactPaths(api))
        console.log(`${dim('·')} ${api.name.padEnd(8)} ${kind.padEnd(7)} ${dim(`${path} unchanged`)}${duration(0)}`);
    } else {
      stale.push({ api, fingerprint: expected });
    }
  }
  if (stale.length > 0) {
    const renderers = await loadRenderers(repoRoot);
    const rendered = await Promise.all(stale.map(({ api, fingerprint }) => renderApi(repoRoot, api, renderers, fingerprint)));
    for (const artifact of rendered.flat()) {
      const target = join(repoRoot, artifact.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, artifact.content);
      console.log(`${green('✓')} ${artifact.api.name.padEnd(8)} ${artifact.kind.padEnd(7)} ${artifact.path}${duration(artifact.ms)}`);
    }
  }
  // Every operation of a vendor gets a handler module (answering 501 until implemented), and a new vendor its folder.
  for (const api of selected.filter((candidate) => !candidate.control)) {
    const scaffoldStarted = performance.now();
    const document = parse(readFileSync(join(repoRoot, api.bundle), 'utf8')) as OpenApiDocument;
    const modules = scaffoldVendor(repoRoot, api, document);
    const created = modules.filter((module) => module.created);
    const line =
      created.length > 0
        ? `${green('✓')} ${api.name.padEnd(8)} handler scaffolded ${created.map((module) => module.path).join(', ')}`
        : `${dim('·')} ${api.name.padEnd(8)} handler ${dim(`${modules.length} of ${modules.length} modules present`)}`;
    console.log(`${line}${duration(performance.now() - scaffoldStarted)}`);
  }
  const registry = renderRegistry(all.filter((api) => !api.control));
  if (readIfPresent(join(repoRoot, registryPath)) !== registry) {
    writeFileSync(join(repoRoot, registryPath), registry);
    console.log(`${green('✓')} ${'vendors'.padEnd(8)} registry ${registryPath}`);
  }
  const apiList = renderApiList(all);
  if (readIfPresent(join(repoRoot, apiListPath)) !== apiList) {
    writeFileSync(join(repoRoot, apiListPath), apiList);
    console.log(`${green('✓')} ${'bundles'.padEnd(8)} list     ${apiListPath}`);
  }
  console.log(bold(`generated ${stale.length} of ${selected.length} APIs in ${Math.round(performance.now() - started)} ms`));
}

main().catch((error: unknown) => {
  console.error(`pnpm generate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
