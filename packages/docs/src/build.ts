import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { type Api, type LoadedApi, loadApis, loadControlApi, type OpenApiDocument, operationsOf } from '@contracts/bundles';
import { type ContractHistory, readContractHistories } from '@contracts/diff';
import { renderChangesPage } from './changes';
import { generatorMeta, renderLanding, siteFiles } from './landing';
import { formatBytes, formatMs } from './output';
import { renderReference } from './redoc';
import { codeSamples, sampleLanguages } from './samples';
import { externalLoads, inlineRedocAssets, insertIntoHead, noFavicon, withContentSecurityPolicy } from './self-contained';

/** Where a build writes the site unless told otherwise: `docs-site` in the current directory. */
export const defaultOutDir = 'docs-site';

export interface BuildOptions {
  /** Output directory; replaced as a whole. Default `docs-site` in the current directory. */
  outDir?: string;
  /** The APIs to document. Default: every bundle, the vendors' (`loadApis()`) and the control API's (`loadControlApi()`). */
  apis?: LoadedApi[];
  /** Receives one progress line per page; default prints to stdout. Pass `() => {}` for silence. */
  log?: (line: string) => void;
  /** The git clone whose tags make each API's Changes page. Default: the one the current directory is in, if any. */
  historyRepo?: string;
}

export interface BuiltFile {
  /** Path relative to the output directory. */
  file: string;
  bytes: number;
  ms: number;
}

export interface BuildResult {
  outDir: string;
  files: BuiltFile[];
  ms: number;
}

/** A copy of the bundle with generated `x-codeSamples` on every operation; the spec itself is untouched. */
export function docsDocument(api: Api): OpenApiDocument {
  const copy = structuredClone(api.document);
  for (const operation of operationsOf(copy)) operation.object['x-codeSamples'] = codeSamples({ ...api, document: copy }, operation);
  return copy;
}

/** The `x-` keys the spec sets on its operations (not the code samples this package adds). */
function operationExtensions(api: Api): string[] {
  const keys = operationsOf(api.document).flatMap((operation) => Object.keys(operation.object).filter((key) => key.startsWith('x-')));
  return [...new Set(keys)].filter((key) => key !== 'x-codeSamples').sort();
}

/** Refuses to replace a directory this package did not write (say, `--out ~`): it must be new, empty or a finished site. */
async function checkOutDir(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch(() => [] as string[]);
  if (entries.length === 0) return;
  const index = await readFile(join(outDir, 'index.html'), 'utf8').catch(() => '');
  if (!index.includes(generatorMeta)) throw new Error(`${outDir} is not empty and holds no site built by @contracts/docs; choose an empty or new directory`);
}

async function buildReference(api: Api, outDir: string, workDir: string): Promise<BuiltFile> {
  const started = performance.now();
  const files = siteFiles(api);
  const specPath = join(workDir, `${api.name}.json`);
  await writeFile(specPath, JSON.stringify(docsDocument(api)));
  const outputPath = join(outDir, files.reference);
  const rendered = await renderReference({
    specPath,
    outputPath,
    title: `${api.title} (${api.version}) reference`,
    cwd: workDir,
    redoc: {
      codeSamples: { languages: sampleLanguages },
      // Vendor extensions on operations say something to readers (e.g. `x-looker-rate-limited`).
      showExtensions: operationExtensions(api),
      downloadUrls: [
        { title: 'Download YAML', url: files.yaml },
        { title: 'Download JSON', url: files.json },
      ],
    },
  });
  const html = withContentSecurityPolicy(insertIntoHead(inlineRedocAssets(rendered), generatorMeta, noFavicon));
  const loads = externalLoads(html);
  if (loads.length > 0) throw new Error(`${files.reference} would load from other hosts: ${loads.join(', ')}`);
  await writeFile(outputPath, html);
  return { file: files.reference, bytes: Buffer.byteLength(html), ms: performance.now() - started };
}

/** The Changes page: the diffs between the API's tagged versions (a clone without tags gets a page that says how to tag). */
async function buildChanges(api: Api, outDir: string, histories: Promise<ContractHistory[]>): Promise<BuiltFile> {
  const started = performance.now();
  const file = siteFiles(api).changes;
  const history = (await histories).find((candidate) => candidate.api === api.name);
  if (!history) throw new Error(`pnpm diff --history returned nothing for ${api.name}`);
  const html = withContentSecurityPolicy(renderChangesPage(api, history));
  const loads = externalLoads(html);
  if (loads.length > 0) throw new Error(`${file} would load from other hosts: ${loads.join(', ')}`);
  await writeFile(join(outDir, file), html);
  return { file, bytes: Buffer.byteLength(html), ms: performance.now() - started };
}

async function writeDownloads(api: LoadedApi, outDir: string): Promise<BuiltFile[]> {
  const started = performance.now();
  const files = siteFiles(api);
  // The YAML is the bundle byte for byte; the JSON is the same document.
  await copyFile(api.bundlePath, join(outDir, files.yaml));
  const json = `${JSON.stringify(api.document, null, 2)}\n`;
  await writeFile(join(outDir, files.json), json);
  const ms = performance.now() - started;
  return [
    { file: files.yaml, bytes: (await stat(join(outDir, files.yaml))).size, ms },
    { file: files.json, bytes: Buffer.byteLength(json), ms },
  ];
}

/**
 * Builds the static site: `index.html`, one Redoc page and one Changes page per API (rendered in
 * parallel) and each bundle as YAML and JSON. Throws, naming the page, when a page would load anything from another host.
 */
export async function buildDocs(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const outDir = resolve(options.outDir ?? defaultOutDir);
  const log = options.log ?? ((line: string) => console.log(line));
  const apis = options.apis ?? [...loadApis(), loadControlApi()];
  if (apis.length === 0) throw new Error('No bundled APIs found; run `pnpm generate`');
  await checkOutDir(outDir);
  // Build beside the output and swap it in at the end: a failed build leaves the previous site as it was.
  await mkdir(dirname(outDir), { recursive: true });
  const stage = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-building-`));
  const workDir = await mkdtemp(join(tmpdir(), 'contracts-docs-'));
  // One child process compares every API's tagged versions while the reference pages render; a failed build stops it.
  const stopHistories = new AbortController();
  const histories = readContractHistories(
    options.historyRepo ?? process.cwd(),
    apis.map((api) => api.name),
    stopHistories.signal,
  );
  histories.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const report = (built: BuiltFile, api?: Api) => {
    log(`  ✓ ${built.file.padEnd(20)} ${formatBytes(built.bytes).padStart(9)} ${formatMs(built.ms).padStart(8)}${api ? `  ${api.title} ${api.version}` : ''}`);
    return built;
  };
  try {
    const files = (
      await Promise.all(
        apis.map(async (api) => {
          const downloads = await writeDownloads(api, stage);
          const reference = report(await buildReference(api, stage, workDir), api);
          const changes = report(await buildChanges(api, stage, histories), api);
          return [reference, changes, ...downloads];
        }),
      )
    ).flat();
    const landingStarted = performance.now();
    const landing = withContentSecurityPolicy(renderLanding(apis));
    await writeFile(join(stage, 'index.html'), landing);
    files.unshift(report({ file: 'index.html', bytes: Buffer.byteLength(landing), ms: performance.now() - landingStarted }));
    // mkdtemp makes the directory private (0700); a site is for anyone to read.
    await chmod(stage, 0o755);
    await rm(outDir, { recursive: true, force: true });
    await rename(stage, outDir);
    const ms = performance.now() - started;
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    log(`  docs built in ${formatMs(ms)}: ${apis.length} reference pages, ${files.length} files, ${formatBytes(total)} in ${outDir}`);
    return { outDir, files, ms };
  } catch (error) {
    stopHistories.abort();
    throw error;
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await rm(stage, { recursive: true, force: true });
  }
}
