import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveBase } from '../src/git';
import { createContractRepo, type TempRepo } from './temp-repo';

let repo: TempRepo;
let feature: string;
let mainCommit: string;
const scratch: string[] = [];

const cloneInto = (args: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-clone-'));
  scratch.push(dir);
  execFileSync('git', ['clone', '--quiet', ...args, `file://${repo.dir}`, dir]);
  return dir;
};

beforeAll(() => {
  repo = createContractRepo('truto');
  mainCommit = repo.git(['rev-parse', 'HEAD']);
  feature = repo.worktree('feature');
  repo.editYaml('spec/truto/openapi.yaml', (document) => (document.info.summary = 'Changed on the branch.'), feature);
  repo.commit('A change on the branch', feature);
  // main moves on after the branch left it: the base is still where the branch started.
  repo.editYaml('spec/truto/openapi.yaml', (document) => (document.info.description = 'Changed on main later.'));
  repo.commit('A later change on main');
  repo.git(['tag', 'truto@1.0', mainCommit]);
});

afterAll(() => {
  repo?.remove();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('given a branch that left main before main moved on', () => {
  test.each([
    { title: 'no --base: the merge base with main', requested: undefined },
    { title: '--base main: the merge base, not the tip of main', requested: 'main' },
    { title: '--base a tag that HEAD contains: the tag itself', requested: 'truto@1.0' },
  ])('$title', ({ requested }) => {
    expect(resolveBase({ repoRoot: feature, requested, env: {} })).toEqual({ ref: requested ?? 'main', commit: mainCommit });
  });
});

describe('given a clone whose only main is origin/main', () => {
  test('the base is the merge base with origin/main', () => {
    const clone = cloneInto(['--branch', 'feature']);
    expect(resolveBase({ repoRoot: clone, env: {} })).toEqual({ ref: 'origin/main', commit: mainCommit });
  });
});

describe('given a shallow single-branch checkout of a pull request in GitHub Actions', () => {
  test('it fetches origin/$GITHUB_BASE_REF with the history a merge base needs, and says so', () => {
    const clone = cloneInto(['--depth', '1', '--single-branch', '--branch', 'feature']);
    const lines: string[] = [];
    const base = resolveBase({ repoRoot: clone, env: { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' }, progress: (line) => lines.push(line) });
    expect(base).toEqual({ ref: 'origin/main', commit: mainCommit });
    expect(lines).toEqual(['fetching origin/main and the full history (the clone is shallow)']);
  });
});

describe('given a base that cannot be found', () => {
  test.each([
    {
      title: 'no main and no origin/main',
      requested: undefined,
      message: 'Cannot find the base `main` or `origin/main` in this clone; run `git fetch origin main`',
    },
    { title: 'an unknown --base', requested: 'origin/release', message: 'Cannot find the base `origin/release` in this clone; run `git fetch origin release`' },
  ])('$title: it says what to fetch', ({ requested, message }) => {
    const clone = cloneInto(['--single-branch', '--branch', 'feature']);
    expect(() => resolveBase({ repoRoot: clone, requested, env: {} })).toThrow(message);
  });

  test('outside a git clone, it says pnpm diff needs one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contracts-no-git-'));
    scratch.push(dir);
    expect(() => resolveBase({ repoRoot: dir, env: {} })).toThrow(
      'is not inside a git clone; pnpm diff compares the working tree with a commit of its history',
    );
  });
});
