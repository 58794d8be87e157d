import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Change, compareDocuments } from './compare';
import { contractPaths } from './diff';
import { apisIn, bundleContracts, type Contract } from './documents';
import { existingPaths, git, materialise } from './git';

/**
 * The tag of a release of an API's contract: `<api>@<version>`, the semver of the packages that carry it (`looker@1.2.0`).
 * The vendor's own version (`info.version`, `4.0.26.12`) does not change when we revise a contract, so it is shown
 * beside the tag, never in it. `pnpm release` creates these tags.
 */
export function versionTag(api: string, version: string): string {
  return `${api}@${version}`;
}

/** A release version: major.minor.patch, maybe with a pre-release part. */
const releaseVersion = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export interface TaggedVersion {
  tag: string;
  /** The part after `@`: the packages' semver. */
  version: string;
  /** The contract's `info.version` at that tag: the vendor's version of the API. */
  apiVersion: string;
  commit: string;
}

/** The changes from one tagged version to the next. */
export interface VersionStep {
  from: TaggedVersion;
  to: TaggedVersion;
  changes: Change[];
}

export interface ContractHistory {
  api: string;
  /** Every usable tag of the API, oldest first (git's version order of the part after `@`). */
  versions: TaggedVersion[];
  /** Consecutive versions compared, newest first. */
  steps: VersionStep[];
  /** What could not be read (a tag whose commit a shallow clone lacks, a contract that does not bundle); never thrown. */
  problems: string[];
}

type ListedTag = Omit<TaggedVersion, 'apiVersion'>;

/** The API's release tags in version order; another tag under `<api>@` gets a note and is left out. */
function listTags(repoRoot: string, api: string, problems: string[]): ListedTag[] {
  const lines = git(repoRoot, ['for-each-ref', '--sort=version:refname', '--format=%(refname:strip=2)%09%(objectname)%09%(*objectname)', `refs/tags/${api}@*`]);
  return lines
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [tag = '', object = '', peeled = ''] = line.split('\t');
      return { tag, version: tag.slice(api.length + 1), commit: peeled || object };
    })
    .filter((tag) => {
      if (releaseVersion.test(tag.version)) return true;
      problems.push(`${tag.tag}: not a release tag (${versionTag(api, '<major.minor.patch>')}, which pnpm release creates); left out`);
      return false;
    });
}

async function contractAt(repoRoot: string, api: string, version: ListedTag, problems: string[]): Promise<Contract | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-history-'));
  try {
    const present = existingPaths(repoRoot, version.commit, contractPaths);
    if (present.length > 0) materialise(repoRoot, version.commit, present, dir);
    const entry = apisIn(dir).get(api);
    if (!entry) {
      problems.push(`${version.tag}: redocly.yaml at that commit declares no API "${api}"`);
      return undefined;
    }
    return (await bundleContracts(dir, [entry], version.tag)).get(api);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The tagged versions of one API's contract and the changes between consecutive ones, for the
 * docs' Changes page. Outside a git clone, or in one without tags, it returns no versions and
 * says why in `problems` instead of failing.
 */
export async function contractHistory(repoRoot: string, api: string): Promise<ContractHistory> {
  const history: ContractHistory = { api, versions: [], steps: [], problems: [] };
  let tags: ListedTag[];
  try {
    tags = listTags(repoRoot, api, history.problems);
  } catch {
    history.problems.push(`${repoRoot} is not a git clone, so it has no tags to read`);
    return history;
  }
  const contracts: Array<{ version: TaggedVersion; contract: Contract }> = [];
  for (const version of tags) {
    const contract = await contractAt(repoRoot, api, version, history.problems);
    if (contract) contracts.push({ version: { ...version, apiVersion: contract.version }, contract });
  }
  history.versions = contracts.map(({ version }) => version);
  for (let index = contracts.length - 1; index > 0; index--) {
    const [from, to] = [contracts[index - 1], contracts[index]] as [(typeof contracts)[number], (typeof contracts)[number]];
    history.steps.push({ from: from.version, to: to.version, changes: await compareDocuments(from.contract.document, to.contract.document) });
  }
  return history;
}

/** The diff CLI as a process of its own: from source (the workspace, jest) TypeScript run by tsx, once built plain JavaScript. */
function diffProcess(): string[] {
  return __filename.endsWith('.ts') ? [require.resolve('tsx/cli'), join(__dirname, 'bin.ts')] : [join(__dirname, 'bin.js')];
}

/**
 * contractHistory of each API in `apis`, computed by a child process (`contracts diff --history --json`)
 * in `repoRoot`: Redocly is ESM-only, and the docs build that calls this also runs under jest,
 * which cannot import it in-process. Aborting `signal` stops the child.
 */
export async function readContractHistories(repoRoot: string, apis: string[], signal?: AbortSignal): Promise<ContractHistory[]> {
  const args = [...diffProcess(), '--history', '--json', ...apis.flatMap((api) => ['--api', api])];
  const output = { stdout: '', stderr: '' };
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], signal });
    child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`pnpm diff --history failed in ${repoRoot} (exit ${code}): ${output.stderr.trim()}`);
  return JSON.parse(output.stdout) as ContractHistory[];
}
