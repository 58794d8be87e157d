import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apiNames, loadApi } from '@contracts/bundles';
import { diffContracts } from '@contracts/diff';
import { bold, green, red } from './lib/output';
import { type Registry, startRegistry } from './release/registry';
import { majorVersionProblems, type ReleaseCheck } from './release/release';

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
const changeset = join(repoRoot, 'node_modules', '.bin', 'changeset');
const publicRegistry = /^https?:\/\/registry\.(npmjs\.org|yarnpkg\.com)\/?$/;

const git = (args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

function step(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(bold(`\n$ ${command} ${args.join(' ')}`));
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** The version every published package now has (one version for all: the changesets config's fixed group). */
const releasedVersion = () => (JSON.parse(readFileSync(join(repoRoot, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;

const pendingChangesets = () => readdirSync(join(repoRoot, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');

/** The API's latest release tag, `<api>@<semver>`, if it has one. */
function lastRelease(api: string): { tag: string; version: string } | undefined {
  const tag = git(['tag', '--list', `${api}@*`, '--sort=-version:refname'])
    .split('\n')
    .find((candidate) => /@\d+\.\d+\.\d+(-[\w.-]+)?$/.test(candidate));
  return tag ? { tag, version: tag.slice(api.length + 1) } : undefined;
}

/** Each API's changes since its last release, as pnpm diff classifies them. */
async function checksSince(version: string): Promise<ReleaseCheck[]> {
  const checks: ReleaseCheck[] = [];
  for (const api of apiNames()) {
    const last = lastRelease(api);
    if (!last) {
      checks.push({ api, last: undefined, version, changes: [] });
      continue;
    }
    const report = await diffContracts({ repoRoot, base: last.tag, apis: [api], progress: (line) => console.log(`  diff: ${line}`) });
    checks.push({ api, last, version, changes: report.apis.flatMap((diff) => diff.changes) });
  }
  return checks;
}

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
  if (git(['status', '--porcelain']) !== '') throw new Error('the working tree has uncommitted changes; commit or stash them first');
  if (pendingChangesets().length === 0) return console.log('Nothing to release: no pending changesets (.changeset/*.md). `pnpm changeset` writes one.');

  let registry: Registry | undefined;
  let userconfig: string | undefined;
  if (values.local) {
    const dir = mkdtempSync(join(tmpdir(), 'contracts-release-registry-'));
    registry = await startRegistry(dir);
    userconfig = registry.publisherConfig;
    console.log(`A local registry (Verdaccio) for this release: ${registry.url}`);
  }
  try {
    const target = registry?.url ?? scopeRegistry(values.registry);
    if (!/^https?:\/\//.test(target)) throw new Error('the @contracts scope maps to no registry: set @contracts:registry in .npmrc or pass --registry <url>');
    // Safe by default: the public registry has other owners of names like ours; publishing there is a deliberate act.
    if (publicRegistry.test(target) && !values['public-registry']) {
      throw new Error(`${target} is the public npm registry; pass --public-registry to publish there on purpose`);
    }
    const env: NodeJS.ProcessEnv = { ...process.env, 'npm_config_@contracts:registry': target, ...(userconfig && { npm_config_userconfig: userconfig }) };

    // changeset itself, not through pnpm exec, which would put .npmrc's scope registry back into the environment.
    step(changeset, ['version'], env);
    const version = releasedVersion();
    const checks = await checksSince(version);
    const problems = majorVersionProblems(checks);
    if (problems.length > 0) {
      git(['reset', '--hard', 'HEAD']);
      git(['clean', '-fd', '--', 'packages', '.changeset']);
      throw new Error(`release ${version} refused, and its version changes undone:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }

    git(['add', '-A']);
    git(['commit', '-m', `Release ${version}`]);
    const tagged = checks.filter((check) => !check.last || check.changes.length > 0);
    for (const { api } of tagged) {
      const { title, version: apiVersion } = loadApi(api);
      git(['tag', '-a', `${api}@${version}`, '-m', `${title} ${apiVersion}, packages ${version}`]);
      console.log(`${green('✓')} tagged ${api}@${version} (API ${apiVersion})`);
    }

    step('pnpm', ['build'], env);
    step(changeset, ['publish', '--no-git-tag'], env);
    if (values.push) step('git', ['push', '--follow-tags', 'origin', 'HEAD']);
    console.log(
      bold(`\nReleased ${version} to ${target}${tagged.length > 0 ? `; contract releases ${tagged.map(({ api }) => `${api}@${version}`).join(', ')}` : ''}`),
    );
  } finally {
    await registry?.stop();
    if (registry) rmSync(join(userconfig ?? '', '..'), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(red(`pnpm release failed: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 1;
});
