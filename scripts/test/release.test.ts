import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiNames, loadApi } from '@contracts/bundles';
import { type Change, type ContractHistory, readContractHistories } from '@contracts/diff';
import { renderChangesPage } from '../../packages/docs/src/changes';
import { cutRelease, git, majorVersionProblems } from '../release/release';
import { publishedPackages, repoRoot } from './consumer';

const change = (classification: Change['classification']) => ({ classification }) as Change;
const last = { tag: 'truto@1.4.2', version: '1.4.2' };

describe('given the changes to a contract since its last release', () => {
  test('a breaking change with a minor version refuses the release, naming the API, the tag and the version it needs', () => {
    expect(majorVersionProblems([{ api: 'truto', last, version: '1.5.0', changes: [change('non-breaking'), change('breaking')] }])).toEqual([
      'truto: 1 breaking change(s) since truto@1.4.2 (`pnpm diff --base truto@1.4.2` lists them) need a major version, 2.0.0 or later, not 1.5.0: mark the changeset "major"',
    ]);
  });

  test.each([
    ['a breaking change with a major version', '2.0.0', [change('breaking')]],
    ['non-breaking changes and annotations with a minor version', '1.5.0', [change('non-breaking'), change('annotation')]],
    ['no change with a patch version', '1.4.3', []],
  ])('%s may go out', (_, version, changes) => {
    expect(majorVersionProblems([{ api: 'truto', last, version, changes }])).toEqual([]);
  });

  test('the first release of an API has nothing to break', () => {
    expect(majorVersionProblems([{ api: 'looker', last: undefined, version: '1.0.0', changes: [change('breaking')] }])).toEqual([]);
  });
});

// What pnpm release does before it builds and publishes, in a new repository holding what the release reads and writes:
// the workspace's package.json files, the changesets config and the contracts.
let copy: string;
let released: { version: string; tags: string[] };
const current = (JSON.parse(readFileSync(join(repoRoot, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;
const nextMinor = current.replace(/^(\d+)\.(\d+)\.\d+.*$/, (_, major: string, minor: string) => `${major}.${Number(minor) + 1}.0`);
const packageJson = (dir: string) => JSON.parse(readFileSync(join(copy, 'packages', dir, 'package.json'), 'utf8')) as { version: string };

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'contracts-release-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'redocly.yaml']) cpSync(join(repoRoot, file), join(copy, file));
  cpSync(join(repoRoot, 'spec'), join(copy, 'spec'), { recursive: true });
  mkdirSync(join(copy, '.changeset'));
  cpSync(join(repoRoot, '.changeset', 'config.json'), join(copy, '.changeset', 'config.json'));
  writeFileSync(join(copy, '.changeset', 'quiet-release-test.md'), '---\n"@contracts/cli": minor\n---\n\nThe release test’s change.\n');
  for (const dir of readdirSync(join(repoRoot, 'packages'))) {
    mkdirSync(join(copy, 'packages', dir), { recursive: true });
    cpSync(join(repoRoot, 'packages', dir, 'package.json'), join(copy, 'packages', dir, 'package.json'));
  }
  // changeset loads its changelog writer (@changesets/cli/changelog) from the repository's node_modules.
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  writeFileSync(join(copy, '.gitignore'), 'node_modules\n');
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: copy });
  for (const [key, value] of Object.entries({
    'user.name': 'Release Test',
    'user.email': 'release-test@example.com',
    'commit.gpgsign': 'false',
    'tag.gpgsign': 'false',
  }))
    git(copy, ['config', key, value]);
  git(copy, ['add', '-A']);
  git(copy, ['commit', '--quiet', '-m', 'Before the release']);
  // The release's progress lines are for a person running it; the assertions below say what it did.
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    released = await cutRelease(copy);
  } finally {
    log.mockRestore();
  }
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('given a pending minor changeset and contracts never released', () => {
  test('every published package gets the one new version and a changelog entry with the changeset; private packages keep theirs', () => {
    expect(released.version).toBe(nextMinor);
    for (const { dir } of publishedPackages()) {
      expect(packageJson(dir).version).toBe(nextMinor);
      expect(readFileSync(join(copy, 'packages', dir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${nextMinor}`);
    }
    expect(readFileSync(join(copy, 'packages', 'cli', 'CHANGELOG.md'), 'utf8')).toContain('The release test’s change.');
    expect(packageJson('bench').version).toBe(JSON.parse(readFileSync(join(repoRoot, 'packages', 'bench', 'package.json'), 'utf8')).version);
    expect(existsSync(join(copy, '.changeset', 'quiet-release-test.md'))).toBe(false);
  });

  test('the changes are committed as `Release <version>` and every API is tagged `<api>@<version>` with its own version', () => {
    expect(git(copy, ['log', '-1', '--format=%s'])).toBe(`Release ${nextMinor}`);
    expect(git(copy, ['status', '--porcelain'])).toBe('');
    expect(released.tags).toEqual(apiNames().map((api) => `${api}@${nextMinor}`));
    const { title, version } = loadApi('looker');
    expect(git(copy, ['tag', '-l', '--format=%(contents:subject)', `looker@${nextMinor}`])).toBe(`${title} ${version}, packages ${nextMinor}`);
  });

  test('the docs’ Changes page reads the version from the tag', async () => {
    const [history] = (await readContractHistories(copy, ['truto'])) as [ContractHistory];
    expect(history.versions.map(({ tag }) => tag)).toEqual([`truto@${nextMinor}`]);
    expect(renderChangesPage(loadApi('truto'), history)).toContain(`One tagged version: truto@${nextMinor} (API ${loadApi('truto').version})`);
  });
});
