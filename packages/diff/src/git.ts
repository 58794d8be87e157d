import { spawnSync } from 'node:child_process';

/** A git command that failed, with git's own message and what to do next. */
export class GitError extends Error {}

/** Runs git in `cwd` and returns its trimmed stdout; throws GitError with git's stderr. */
export function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new GitError(`git ${args[0]} could not run (${result.error.message}); install git and run pnpm diff inside a clone`);
  if (result.status !== 0) throw new GitError(`git ${args.join(' ')}: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout.trim();
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The top folder of the clone that holds `cwd`, if it is in one. */
export function tryRepoRootOf(cwd: string): string | undefined {
  return tryGit(cwd, ['rev-parse', '--show-toplevel']);
}

/** The top folder of the clone that holds `cwd`. */
export function repoRootOf(cwd: string): string {
  const root = tryRepoRootOf(cwd);
  if (!root) throw new GitError(`${cwd} is not inside a git clone; pnpm diff compares the working tree with a commit of its history`);
  return root;
}

/** The commit a ref names, or undefined when this clone does not have it. */
export function resolveCommit(repoRoot: string, ref: string): string | undefined {
  return tryGit(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}

/** The commit the diff compares the working tree with, and how it was found (for the report's first line). */
export interface Base {
  /** The ref as named: `main`, `origin/main`, `looker@4.0.25.14`. */
  ref: string;
  /** The merge base of HEAD and `ref`. */
  commit: string;
}

export interface ResolveBaseOptions {
  repoRoot: string;
  /** `--base`; when absent, `main`, then `origin/main` (in a GitHub pull request: `origin/$GITHUB_BASE_REF`). */
  requested?: string;
  env?: NodeJS.ProcessEnv;
  /** Receives one line per slow step (a fetch). */
  progress?: (line: string) => void;
}

function isShallow(repoRoot: string): boolean {
  return tryGit(repoRoot, ['rev-parse', '--is-shallow-repository']) === 'true';
}

/** In GitHub Actions a pull request's base branch may be missing from a shallow checkout: fetch it (and the history a merge base needs). */
function fetchBranch(repoRoot: string, branch: string, progress: (line: string) => void): void {
  const shallow = isShallow(repoRoot);
  progress(`fetching origin/${branch}${shallow ? ' and the full history (the clone is shallow)' : ''}`);
  git(repoRoot, ['fetch', '--no-tags', ...(shallow ? ['--unshallow'] : []), 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
}

function fetchHint(ref: string): string {
  const branch = ref.replace(/^origin\//, '');
  return `run \`git fetch origin ${branch}\` (in a shallow clone: \`git fetch --unshallow origin ${branch}\`), or pass another --base <git ref>`;
}

/**
 * Finds the base commit: the merge base of HEAD and `--base`, else of HEAD and `main` (or
 * `origin/main`); in a GitHub Actions pull request, of HEAD and `origin/$GITHUB_BASE_REF`, fetched
 * when the checkout lacks it. Throws a GitError that says what to run when none can be found.
 */
export function resolveBase(options: ResolveBaseOptions): Base {
  const { repoRoot, requested, env = process.env, progress = () => {} } = options;
  if (tryGit(repoRoot, ['rev-parse', '--is-inside-work-tree']) !== 'true') {
    throw new GitError(`${repoRoot} is not inside a git clone; pnpm diff compares the working tree with a commit of its history`);
  }
  if (!resolveCommit(repoRoot, 'HEAD')) throw new GitError('HEAD has no commit yet; commit once, then pass --base <git ref>');
  const inPullRequest = env.GITHUB_ACTIONS === 'true' && Boolean(env.GITHUB_BASE_REF);
  const candidates = requested ? [requested] : inPullRequest ? [`origin/${env.GITHUB_BASE_REF}`] : ['main', 'origin/main'];
  let ref = candidates.find((candidate) => resolveCommit(repoRoot, candidate));
  if (!ref && env.GITHUB_ACTIONS === 'true' && candidates[0]?.startsWith('origin/')) {
    fetchBranch(repoRoot, candidates[0].slice('origin/'.length), progress);
    ref = resolveCommit(repoRoot, candidates[0]) ? candidates[0] : undefined;
  }
  if (!ref) {
    const tried = candidates.map((candidate) => `\`${candidate}\``).join(' or ');
    throw new GitError(`Cannot find the base ${tried} in this clone; ${fetchHint(candidates.at(-1) ?? 'main')}`);
  }
  let commit = tryGit(repoRoot, ['merge-base', 'HEAD', ref]);
  if (!commit && env.GITHUB_ACTIONS === 'true' && ref.startsWith('origin/') && isShallow(repoRoot)) {
    fetchBranch(repoRoot, ref.slice('origin/'.length), progress);
    commit = tryGit(repoRoot, ['merge-base', 'HEAD', ref]);
  }
  if (!commit) throw new GitError(`HEAD and \`${ref}\` share no history in this clone (is it shallow?); ${fetchHint(ref)}`);
  return { ref, commit };
}

/** Repo-relative paths under `paths` that differ between `commit` and the working tree, untracked files included. */
export function changedFiles(repoRoot: string, commit: string, paths: string[]): string[] {
  const changed = git(repoRoot, ['diff', '--name-only', '--no-renames', commit, '--', ...paths]);
  const untracked = git(repoRoot, ['ls-files', '--others', '--exclude-standard', '--', ...paths]);
  return [...new Set([...changed.split('\n'), ...untracked.split('\n')].filter(Boolean))];
}

/** Which of `paths` exist in `commit`. */
export function existingPaths(repoRoot: string, commit: string, paths: string[]): string[] {
  return git(repoRoot, ['ls-tree', '--name-only', commit, '--', ...paths])
    .split('\n')
    .filter(Boolean);
}

/** Writes the files under `paths` as they are in `commit` into `dir` (`git archive | tar -x`): the working tree is not touched. */
export function materialise(repoRoot: string, commit: string, paths: string[], dir: string): void {
  const archive = spawnSync('git', ['archive', '--format=tar', commit, '--', ...paths], { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024 });
  if (archive.status !== 0) throw new GitError(`git archive ${commit}: ${archive.stderr.toString().trim()}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new GitError(`tar -x into ${dir}: ${untar.stderr?.toString().trim() || untar.error?.message}`);
}
