import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiNames, loadApi } from '@contracts/bundles';
import { type Change, diffContracts } from '@contracts/diff';
import { bold, green } from '../lib/output';

/** One API at a release: its last release (if any), the version being released and its contract's changes since. */
export interface ReleaseCheck {
  api: string;
  last: { tag: string; version: string } | undefined;
  version: string;
  changes: Change[];
}

const major = (version: string) => Number(version.split('.')[0]);

/**
 * Why a release may not go out: a contract change that pnpm diff calls breaking must come with a new major version of
 * the packages that carry it. One line per API that breaks without one; none when the release may go out.
 */
export function majorVersionProblems(checks: ReleaseCheck[]): string[] {
  return checks.flatMap(({ api, last, version, changes }) => {
    const breaking = changes.filter((change) => change.classification === 'breaking');
    if (!last || breaking.length === 0 || major(version) > major(last.version)) return [];
    return [
      `${api}: ${breaking.length} breaking change(s) since ${last.tag} (\`pnpm diff --base ${last.tag}\` lists them) need a major version, ` +
        `${major(last.version) + 1}.0.0 or later, not ${version}: mark the changeset "major"`,
    ];
  });
}

export const git = (repoRoot: string, args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

/** Runs a command of the release in `repoRoot`, showing it and its output; throws when it fails. */
export function step(repoRoot: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(bold(`\n$ ${[command, ...args].join(' ')}`));
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * changeset's own script, for node to run: the bin in node_modules/.bin is a /bin/sh script, and sh drops environment
 * variables whose names are not shell names, such as npm_config_@contracts:registry, which says where to publish.
 */
export const changesetBin = require.resolve('@changesets/cli/bin.js');

export const pendingChangesets = (repoRoot: string) => readdirSync(join(repoRoot, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');

/** The version every published package now has (one version for all: the changesets config's fixed group). */
const releasedVersion = (repoRoot: string) =>
  (JSON.parse(readFileSync(join(repoRoot, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;

/** The API's latest release tag, `<api>@<semver>`, if it has one. */
function lastRelease(repoRoot: string, api: string): { tag: string; version: string } | undefined {
  const tag = git(repoRoot, ['tag', '--list', `${api}@*`, '--sort=-version:refname'])
    .split('\n')
    .find((candidate) => /@\d+\.\d+\.\d+(-[\w.-]+)?$/.test(candidate));
  return tag ? { tag, version: tag.slice(api.length + 1) } : undefined;
}

/** Each API's changes since its last release, as pnpm diff classifies them. */
async function checksSince(repoRoot: string, version: string): Promise<ReleaseCheck[]> {
  const checks: ReleaseCheck[] = [];
  for (const api of apiNames()) {
    const last = lastRelease(repoRoot, api);
    if (!last) {
      checks.push({ api, last: undefined, version, changes: [] });
      continue;
    }
    const report = await diffContracts({ repoRoot, base: last.tag, apis: [api], progress: (line) => console.log(`  diff: ${line}`) });
    checks.push({ api, last, version, changes: report.apis.flatMap((diff) => diff.changes) });
  }
  return checks;
}

/**
 * Steps 1 to 3 of pnpm release in `repoRoot`: the new version and changelogs from the pending changesets, refused (and
 * undone) when a breaking contract change lacks a major version, then the commit `Release <version>` and a tag
 * `<api>@<version>` for each API whose contract changed since its last release. Resolves with the version and the tags.
 */
export async function cutRelease(repoRoot: string): Promise<{ version: string; tags: string[] }> {
  step(repoRoot, process.execPath, [changesetBin, 'version']);
  const version = releasedVersion(repoRoot);
  const checks = await checksSince(repoRoot, version);
  const problems = majorVersionProblems(checks);
  if (problems.length > 0) {
    git(repoRoot, ['reset', '--hard', 'HEAD']);
    git(repoRoot, ['clean', '-fd', '--', 'packages', '.changeset']);
    throw new Error(`release ${version} refused, and its version changes undone:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  git(repoRoot, ['add', '-A']);
  git(repoRoot, ['commit', '-m', `Release ${version}`]);
  const tags: string[] = [];
  for (const { api } of checks.filter((check) => !check.last || check.changes.length > 0)) {
    const { title, version: apiVersion } = loadApi(api);
    const tag = `${api}@${version}`;
    git(repoRoot, ['tag', '-a', tag, '-m', `${title} ${apiVersion}, packages ${version}`]);
    console.log(`${green('✓')} tagged ${tag} (API ${apiVersion})`);
    tags.push(tag);
  }
  return { version, tags };
}
