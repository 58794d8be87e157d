import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Change, compareDocuments } from './compare';
import { type ApiEntry, apisIn, bundleContracts } from './documents';
import { type Base, changedFiles, existingPaths, materialise, resolveBase } from './git';

/** What a contract's version is made of: everything `pnpm generate` bundles from. */
export const contractPaths = ['spec', 'redocly.yaml'];

export interface ApiDiff {
  /** Short name from redocly.yaml (`looker`). */
  name: string;
  /** info.title, where the API was bundled (not for an unchanged API, which is not). */
  title?: string;
  /** `changed` and `unchanged` compare both versions; `added` and `removed` mean the API is in redocly.yaml on one side only. */
  status: 'changed' | 'unchanged' | 'added' | 'removed';
  /** info.version at the base and in the working tree. */
  baseVersion?: string;
  headVersion?: string;
  changes: Change[];
}

export interface DiffReport {
  base: Base;
  apis: ApiDiff[];
  /** How many changes are breaking, over every API. */
  breaking: number;
}

export interface DiffOptions {
  repoRoot: string;
  /** `--base`: a git ref; the merge base of HEAD and it is compared. Default: see resolveBase. */
  base?: string;
  /** `--api`: compare only these APIs (short names from redocly.yaml). */
  apis?: string[];
  env?: NodeJS.ProcessEnv;
  /** Receives one line per step, with its time; the CLI prints them on stderr. */
  progress?: (line: string) => void;
}

/** The change that stands for a whole API appearing in or disappearing from redocly.yaml. */
function wholeApiChange(name: string, action: 'added' | 'removed'): Change {
  return {
    classification: action === 'removed' ? 'breaking' : 'non-breaking',
    action,
    location: 'API',
    pointer: '',
    description: action === 'removed' ? `API ${name} removed: it is no longer in redocly.yaml` : `API ${name} added to redocly.yaml`,
    reasons: [],
  };
}

/** Whether a changed file can alter this API's bundle: its own folder, redocly.yaml, or a spec file outside every API's folder. */
function touches(file: string, api: ApiEntry, specDirs: string[]): boolean {
  const within = (dir: string) => file.startsWith(`${dir}/`);
  return file === 'redocly.yaml' || within(api.specDir) || !specDirs.some(within);
}

async function timed<T>(progress: (line: string) => void, label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  progress(`${label} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

/**
 * Compares each API's contract at the base commit with the working tree (so an edit not yet
 * regenerated or committed counts). The base's spec/ and redocly.yaml are written to a temporary
 * folder with `git archive`; both sides are bundled by Redocly and compared by compareDocuments.
 */
export async function diffContracts(options: DiffOptions): Promise<DiffReport> {
  const { repoRoot, progress = () => {} } = options;
  const base = resolveBase({ repoRoot, requested: options.base, env: options.env, progress });
  progress(`base: ${base.ref}, merge base ${base.commit.slice(0, 12)}; head: the working tree`);
  const changed = changedFiles(repoRoot, base.commit, contractPaths);
  const headApis = apisIn(repoRoot);
  const baseDir = mkdtempSync(join(tmpdir(), 'contracts-diff-base-'));
  try {
    let baseApis = headApis;
    if (changed.length > 0) {
      const present = existingPaths(repoRoot, base.commit, contractPaths);
      if (present.length > 0) materialise(repoRoot, base.commit, present, baseDir);
      baseApis = apisIn(baseDir);
    }
    const names = [...new Set([...baseApis.keys(), ...headApis.keys()])].sort();
    const unknown = options.apis?.filter((api) => !names.includes(api)) ?? [];
    if (unknown.length > 0) {
      throw new Error(`Unknown API "${unknown.join('", "')}"; redocly.yaml names ${names.join(', ') || 'none'} (at the base or in the working tree)`);
    }
    const specDirs = [...baseApis.values(), ...headApis.values()].map((api) => api.specDir);
    const apis: ApiDiff[] = [];
    for (const name of options.apis?.length ? options.apis : names) {
      const before = baseApis.get(name);
      const after = headApis.get(name);
      if (!before || !after) {
        const present = (after ?? before) as ApiEntry;
        const side = after ? repoRoot : baseDir;
        const [contract] = (await bundleContracts(side, [present], after ? 'the working tree' : `base ${base.ref}`)).values();
        const action = after ? 'added' : 'removed';
        const version = after ? { headVersion: contract?.version } : { baseVersion: contract?.version };
        apis.push({ name, title: contract?.title, status: action, ...version, changes: [wholeApiChange(name, action)] });
        continue;
      }
      if (!changed.some((file) => touches(file, before, specDirs) || touches(file, after, specDirs))) {
        apis.push({ name, status: 'unchanged', changes: [] });
        continue;
      }
      const [baseContract] = (await timed(progress, `bundled ${name} at ${base.ref}`, () => bundleContracts(baseDir, [before], `base ${base.ref}`))).values();
      const [headContract] = (
        await timed(progress, `bundled ${name} in the working tree`, () => bundleContracts(repoRoot, [after], 'the working tree'))
      ).values();
      if (!baseContract || !headContract) throw new Error(`${name}: bundling returned no document`);
      const changes = await timed(progress, `compared ${name}`, () => compareDocuments(baseContract.document, headContract.document));
      apis.push({
        name,
        title: headContract.title,
        status: changes.length > 0 ? 'changed' : 'unchanged',
        baseVersion: baseContract.version,
        headVersion: headContract.version,
        changes,
      });
    }
    const breaking = apis.reduce((sum, api) => sum + api.changes.filter((change) => change.classification === 'breaking').length, 0);
    return { base, apis, breaking };
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
}
