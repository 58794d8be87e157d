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
  /** Pages that reload themselves when the server says they changed (`pnpm dev`); never in a published site. */
  liveReload?: boolean;
}

/**
 * What a page of `pnpm dev` runs: it listens to the docs server's events and reloads when its own file changed. It sits
 * in the page before the Content-Security-Policy is computed, so the policy allows it by its hash.
 */
const liveReloadScript = `<script>new EventSource('/__live/events').addEventListener('reload', function (event) {
  var page = location.pathname.split('/').pop() || 'index.html';
  if (JSON.parse(event.data).indexOf(page) >= 0) location.reload();
});</script>`;

/** The finished page: self-contained, with the live-reload script when asked, under a policy that allows only its own scripts. */
const finishPage = (html: string, liveReload: boolean | undefined) => withContentSecurityPolicy(liveReload ? insertIntoHead(html, liveReloadScript) : html);

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

async function buildReference(api: Api, outDir: string, workDir: string, liveReload?: boolean): Promise<BuiltFile> {
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
  const html = finishPage(insertIntoHead(inlineRedocAssets(rendered), generatorMeta, noFavicon), liveReload);
  const loads = externalLoads(html);
  if (loads.length > 0) throw new Error(`${files.reference} would load from other hosts: ${loads.join(', ')}`);
  await writeFile(outputPath, html);
  return { file: files.reference, bytes: Buffer.byteLength(html), ms: performance.now() - started };
}

/** The Changes page: the diffs between the API's tagged versions (a clone without tags gets a page that says how to tag). */
async function buildChanges(api: Api, outDir: string, histories: Promise<ContractHistory[]>, liveReload?: boolean): Promise<BuiltFile> {
  const started = performance.now();
  const file = siteFiles(api).changes;
  const history = (await histories).find((candidate) => candidate.api === api.name);
  if (!history) throw new Error(`pnpm diff --history returned nothing for ${api.name}`);
  const html = finishPage(renderChangesPage(api, history), liveReload);
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
          const reference = report(await buildReference(api, stage, workDir, options.liveReload), api);
          const changes = report(await buildChanges(api, stage, histories, options.liveReload), api);
          return [reference, changes, ...downloads];
        }),
      )
    ).flat();
    const landingStarted = performance.now();
    const landing = finishPage(renderLanding(apis), options.liveReload);
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

export interface StageOptions {
  /** The built site the pages are for. */
  outDir: string;
  /** The API whose contract changed, and the text of its bundle (its YAML download). */
  api: Api;
  bundleYaml: string;
  /** Every API of the site (the landing page lists them all), the changed one in its new revision. */
  apis: Api[];
  liveReload?: boolean;
}

/** Pages rendered beside a site, to put into it or to drop. */
export interface StagedPages {
  /** The files, relative to the site. */
  files: string[];
  /** Puts them into the site, each file replaced whole so that a reader never gets half of one. */
  publish(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Renders the pages one API's contract makes, for a site built before (`pnpm dev`): its reference page, its downloads
 * and the landing page (its Changes page follows the tags, which an edit does not move). They wait beside the site
 * until published, so the rendering can start before the contract is known to lint clean.
 */
export async function stageApiPages(options: StageOptions): Promise<StagedPages> {
  const outDir = resolve(options.outDir);
  const stage = await mkdtemp(join(outDir, '.staging-'));
  const workDir = await mkdtemp(join(tmpdir(), 'contracts-docs-'));
  const discard = () => rm(stage, { recursive: true, force: true });
  try {
    const files = siteFiles(options.api);
    await buildReference(options.api, stage, workDir, options.liveReload);
    await writeFile(join(stage, files.yaml), options.bundleYaml);
    await writeFile(join(stage, files.json), `${JSON.stringify(options.api.document, null, 2)}\n`);
    await writeFile(join(stage, 'index.html'), finishPage(renderLanding(options.apis), options.liveReload));
    const written = [files.reference, files.yaml, files.json, 'index.html'];
    return {
      files: written,
      async publish() {
        for (const file of written) await rename(join(stage, file), join(outDir, file));
        await discard();
      },
      discard,
    };
  } catch (error) {
    await discard();
    throw error;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
