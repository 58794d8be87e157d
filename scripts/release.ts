import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bold, red } from './lib/output';
import { type Registry, startRegistry } from './release/registry';
import { changesetBin, cutRelease, git, pendingChangesets, step } from './release/release';

const usage = `Usage: pnpm release [--registry <url>] [--public-registry] [--push]
       pnpm release:local

Cuts a release of every published package from the pending changesets (.changeset/*.md, written
with \`pnpm changeset\`), on a clean working tree:
  1. changeset version: one new version for every package, and each package's CHANGELOG.md;
  2. refuses the release (and undoes step 1) when a contract change that pnpm diff calls breaking
     comes without a new major version;
  3. commits "Release <version>" and tags each API whose contract changed since its last release
     <api>@<version> (annotated with the API's own info.version): the tags pnpm diff --history and
     the docs' Changes pages read;
  4. builds the packages (pnpm build) and publishes them (changeset publish) to the registry that the
     @contracts scope maps to in .npmrc;
  5. with --push, pushes the commit and its tags.
Nothing pending: says so and exits 0.

Options:
  --registry <url>    publish to this registry instead of the one .npmrc maps the scope to
  --public-registry   allow publishing to the public npm registry (refused without it)
  --local             publish to a local Verdaccio started for the release (pnpm release:local)
  --push              push the release commit and tags to origin (CI)
  -h, --help          show this help`;

const repoRoot = join(__dirname, '..');
const publicRegistry = /^https?:\/\/registry\.(npmjs\.org|yarnpkg\.com)\/?$/;

/** The registry the @contracts scope maps to: --registry, else .npmrc's mapping. */
function scopeRegistry(flag: string | undefined): string {
  return flag ?? execFileSync('pnpm', ['config', 'get', '@contracts:registry'], { cwd: repoRoot, encoding: 'utf8' }).trim();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      registry: { type: 'string' },
      'public-registry': { type: 'boolean', default: false },
      local: { type: 'boolean', default: false },
      push: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  if (git(repoRoot, ['status', '--porcelain']) !== '') throw new Error('the working tree has uncommitted changes; commit or stash them first');
  if (pendingChangesets(repoRoot).length === 0) return console.log('Nothing to release: no pending changesets (.changeset/*.md). `pnpm changeset` writes one.');

  let registry: Registry | undefined;
  if (values.local) {
    registry = await startRegistry(mkdtempSync(join(tmpdir(), 'contracts-release-registry-')));
    console.log(`A local registry (Verdaccio) for this release: ${registry.url}`);
  }
  try {
    const target = registry?.url ?? scopeRegistry(values.registry);
    if (!/^https?:\/\//.test(target)) throw new Error('the @contracts scope maps to no registry: set @contracts:registry in .npmrc or pass --registry <url>');
    // Safe by default: the public registry has other owners of names like ours; publishing there is a deliberate act.
    if (publicRegistry.test(target) && !values['public-registry']) {
      throw new Error(`${target} is the public npm registry; pass --public-registry to publish there on purpose`);
    }
    // The scope's registry for changeset publish and the npm and pnpm it runs: set in the environment, it outranks .npmrc.
    // The local registry's own .npmrc (as the user config) holds the token to publish there.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      'npm_config_@contracts:registry': target,
      ...(registry && { npm_config_userconfig: registry.publisherConfig }),
    };

    const { version, tags } = await cutRelease(repoRoot);
    step(repoRoot, 'pnpm', ['build'], env);
    step(repoRoot, process.execPath, [changesetBin, 'publish', '--no-git-tag'], env);
    if (values.push) step(repoRoot, 'git', ['push', '--follow-tags', 'origin', 'HEAD']);
    console.log(bold(`\nReleased ${version} to ${target}${tags.length > 0 ? `; contract releases ${tags.join(', ')}` : ''}`));
  } finally {
    await registry?.stop();
    if (registry) rmSync(join(registry.publisherConfig, '..'), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(red(`pnpm release failed: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 1;
});
