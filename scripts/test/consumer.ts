import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Ran, run } from '../release/processes';

// What the consumer test drives: the build, the packed packages, npm as a team runs it.

export const repoRoot = join(__dirname, '..', '..');
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/**
 * The packages npm has downloaded for the consumer test (npm keeps them in `_cacache` inside its cache folder): kept
 * between runs, so that a re-run installs from it, not the network, and of its own, apart from the user's.
 */
const downloads = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'contracts-consumer-test', 'npm', '_cacache');

/** The workspace's published packages (those not private), by folder. */
export function publishedPackages(): Array<{ dir: string; name: string }> {
  return readdirSync(join(repoRoot, 'packages'))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ dir, name: manifest.name as string }));
}

/** Builds every package (`pnpm build`) and packs each published one into `destination`; resolves with the tarballs. */
export async function buildAndPack(destination: string): Promise<{ tarballs: string[]; build: Ran; pack: Ran }> {
  const build = await run(bin('tsdown'), [], { cwd: repoRoot });
  if (build.code !== 0) throw new Error(`pnpm build failed:\n${build.output}`);
  const filters = publishedPackages().flatMap(({ name }) => ['--filter', name]);
  const pack = await run('pnpm', ['-r', ...filters, 'pack', '--pack-destination', destination], { cwd: repoRoot });
  if (pack.code !== 0) throw new Error(`pnpm pack failed:\n${pack.output}`);
  const tarballs = readdirSync(destination)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => join(destination, file));
  return { tarballs, build, pack };
}

/**
 * npm as the consumer runs it, with `folder` as its cache folder: the downloads shared between runs, and the rest of the
 * folder this run's alone, removed with it: what npx installs (a run publishes the same version with new contents, so
 * it must install again) and npm's logs. No install scripts (msw's copies a file; Optic's sends analytics).
 */
export function npmEnvIn(folder: string): NodeJS.ProcessEnv {
  mkdirSync(downloads, { recursive: true });
  mkdirSync(folder, { recursive: true });
  symlinkSync(downloads, join(folder, '_cacache'));
  return {
    npm_config_cache: folder,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_ignore_scripts: 'true',
  };
}
