import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ApiEntry, readApiEntries } from '@contracts/bundles';
import { scaffoldHandlers } from '@contracts/server/scaffold';
import { artifactPaths, loadRenderers, renderApi } from './lib/artifacts';
import { fingerprint, recordedFingerprint } from './lib/fingerprint';
import { bold, dim, duration, green } from './lib/output';

const usage = `Usage: pnpm generate [--force] [--api <name>]

Regenerates everything derived from spec/: for each API in redocly.yaml, its bundle
(packages/bundles/generated), its types (packages/types/generated) and its client binding
(packages/client/generated), and scaffolds a stub handler (packages/server/src/handlers) for every
operation that has none; existing handlers are never touched. Prints one line per API and
artifact with the time it took.

An API whose spec, redocly.yaml and generator are unchanged since its files were
generated is skipped; --force renders it anyway.

Options:
  --force        render every API even when its inputs are unchanged
  --api <name>   only this API (looker, truto, versori); may be repeated
  -h, --help     show this help`;

const repoRoot = join(__dirname, '..');

function isCurrent(api: ApiEntry, expected: string): boolean {
  return artifactPaths(api).every(({ path }) => {
    try {
      return recordedFingerprint(readFileSync(join(repoRoot, path), 'utf8')) === expected;
    } catch {
      return false;
    }
  });
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
  // Every operation gets a stub handler module (answering 501 until implemented); existing ones are never touched.
  const scaffoldStarted = performance.now();
  const modules = scaffoldHandlers().filter((module) => selected.some((api) => api.name === module.api));
  for (const api of selected) {
    const own = modules.filter((module) => module.api === api.name);
    const created = own.filter((module) => module.created);
    const line =
      created.length > 0
        ? `${green('✓')} ${api.name.padEnd(8)} handler scaffolded ${created.map((module) => module.path).join(', ')}`
        : `${dim('·')} ${api.name.padEnd(8)} handler ${dim(`${own.length} of ${own.length} modules present`)}`;
    console.log(`${line}${duration(performance.now() - scaffoldStarted)}`);
  }
  console.log(bold(`generated ${stale.length} of ${selected.length} APIs in ${Math.round(performance.now() - started)} ms`));
}

main().catch((error: unknown) => {
  console.error(`pnpm generate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
