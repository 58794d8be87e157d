import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export const repoRoot = resolve(__dirname, '..', '..', '..');

/** A throwaway git repository holding one API's contract: redocly.yaml (that API only) and spec/<api>/. */
export interface TempRepo {
  dir: string;
  git(args: string[], cwd?: string): string;
  /** Edits a YAML file of `cwd` (default the main checkout) in place. */
  // biome-ignore lint/suspicious/noExplicitAny: a test reaches into the parsed YAML wherever its edit needs.
  editYaml(file: string, edit: (document: Record<string, any>) => void, cwd?: string): void;
  commit(message: string, cwd?: string): void;
  /** A new branch off main, checked out in a worktree of its own, so several versions can be diffed at once. */
  worktree(branch: string): string;
  remove(): void;
}

const identity = ['-c', 'user.name=Contract Test', '-c', 'user.email=contract-test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];

/** Copies redocly.yaml (trimmed to `api`) and spec/<api>/ of this repo into a new repository and commits them on `main`. */
export function createContractRepo(api: string): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), `contracts-${api}-repo-`));
  const config = parse(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8'));
  config.apis = Object.fromEntries(Object.entries(config.apis).filter(([alias]) => alias.split('@')[0] === api));
  writeFileSync(join(dir, 'redocly.yaml'), stringify(config));
  cpSync(join(repoRoot, 'spec', api), join(dir, 'spec', api), { recursive: true });
  const git = (args: string[], cwd = dir) => execFileSync('git', [...identity, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git(['init', '--quiet', '--initial-branch=main']);
  const repo: TempRepo = {
    dir,
    git,
    editYaml(file, edit, cwd = dir) {
      const path = join(cwd, file);
      const document = parse(readFileSync(path, 'utf8'));
      edit(document);
      writeFileSync(path, stringify(document));
    },
    commit(message, cwd = dir) {
      git(['add', '--all'], cwd);
      git(['commit', '--quiet', '-m', message], cwd);
    },
    worktree(branch) {
      const path = join(dir, '..', `${branch}-${process.pid}-${Date.now()}`);
      git(['worktree', 'add', '--quiet', '-b', branch, path, 'main']);
      return path;
    },
    remove() {
      for (const line of git(['worktree', 'list', '--porcelain']).split('\n')) {
        const path = line.startsWith('worktree ') ? line.slice('worktree '.length) : undefined;
        if (path && path !== dir) rmSync(path, { recursive: true, force: true });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  repo.commit('The contract as the vendor publishes it');
  return repo;
}
