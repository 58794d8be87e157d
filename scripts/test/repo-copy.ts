import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './bundles';

const run = promisify(execFile);
const skipped = new Set(['node_modules', '.git', 'dist', 'coverage', 'test-artifacts']);

/**
 * Links the installed packages of `from` into `to`: third-party ones to the installed copies, the workspace's own
 * (`@contracts/*`) to the copy's packages, so that code run in the copy imports the copy, never the real repo.
 */
function linkModules(from: string, to: string, copy: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === '@contracts') {
      mkdirSync(join(to, entry));
      for (const pkg of readdirSync(join(from, entry))) symlinkSync(join(copy, 'packages', pkg), join(to, entry, pkg));
    } else {
      symlinkSync(join(from, entry), join(to, entry));
    }
  }
}

/** A copy of the repo in a temporary folder, sharing the installed third-party packages; the real repo is never edited. */
export function copyRepo(): string {
  const copy = mkdtempSync(join(tmpdir(), 'contracts-copy-'));
  cpSync(repoRoot, copy, { recursive: true, filter: (source) => !skipped.has(basename(source)) });
  linkModules(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), copy);
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
    if (existsSync(join(copy, 'packages', pkg)))
      linkModules(join(repoRoot, 'packages', pkg, 'node_modules'), join(copy, 'packages', pkg, 'node_modules'), copy);
  }
  return copy;
}

/** Runs a TypeScript file of the copy with tsx; resolves with its exit code and output, whatever the code. */
export async function runIn(copy: string, file: string, args: string[] = []): Promise<{ code: number; output: string }> {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout, stderr } = await run(tsx, [join(copy, file), ...args], { cwd: copy, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
