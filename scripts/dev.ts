import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { type Api, loadApis, loadControlApi } from '@contracts/bundles';
import { type Change, compareDocuments } from '@contracts/diff';
import { buildDocs, serveDocs, stageApiPages } from '@contracts/docs';
import { startMock } from '@contracts/mock';
import { startStubs } from '@contracts/server';
import { watch } from 'chokidar';
import { bundleEdit, type Edit } from './dev/regenerate';
import { offContractResources, responsesChanged } from './dev/stored-resources';
import { loadRenderers } from './lib/artifacts';
import { type ApiEntry, readApiEntries } from './lib/entries';
import { bold, dim, green, red } from './lib/output';
import { printUrls, runStep, stopOnSignals } from './lib/serve';

const usage = `Usage: pnpm dev

Everything \`pnpm start\` serves (the stubs on 3010-3012, the mocks on 4010-4012, the docs on 8080, after
pnpm generate and pnpm check), kept in step with the spec while you edit it: on every save under spec/ (or of
redocly.yaml) the API that changed is generated again (bundle, types, client, handler map, MSW entry, a 501
handler for a new operation) and linted, then swapped into the running stub and mock on the same ports (the
stub keeps its store; requests under way finish on the contract they started on), its docs page is built
again and open browser tabs reload by themselves. One line per swap: the API, what changed (as pnpm diff
classifies it, breaking changes in red) and how long it took. An edit that does not bundle or lint keeps the
last good contract serving and prints each problem with its file and line; the next good save recovers.
A handler module you write is served after a restart. Ctrl-C (or SIGTERM) stops everything.

Ports, credentials and other settings come from the same variables as pnpm start (see README.md).

Options:
  -h, --help   show this help`;

const repoRoot = join(__dirname, '..');
const site = join(repoRoot, 'packages', 'docs', 'site');

/** `3 changes, 1 breaking: the response of GET /integration_hubs lost label`: what a swap changed, breaking first. */
function describeChanges(changes: Change[]): string {
  if (changes.length === 0) return 'no change clients see';
  const breaking = changes.filter((change) => change.classification === 'breaking');
  const counted = `${changes.length} change${changes.length === 1 ? '' : 's'}`;
  if (breaking.length === 0) return `${counted}, none breaking`;
  return red(`${counted}, ${breaking.length} breaking: ${breaking.map((change) => change.description).join('; ')}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  runStep(repoRoot, 'generate', 'pnpm dev');
  runStep(repoRoot, 'check', 'pnpm dev');

  console.log(bold('\nStarting the stubs, the mocks and the docs…'));
  const entries = readApiEntries(repoRoot);
  const current = new Map<string, Api>([...loadApis(), loadControlApi()].map((api) => [api.name, api]));
  const [renderers, stubs, mocks] = await Promise.all([loadRenderers(repoRoot), startStubs(), startMock()]);
  await buildDocs({ outDir: site, liveReload: true, log: () => {} });
  const docs = await serveDocs({ dir: site, liveReload: true, port: process.env.DOCS_PORT ? Number(process.env.DOCS_PORT) : undefined });

  printUrls(stubs.stubs, mocks.mocks, docs.url);
  console.log(`\nWatching spec/ and redocly.yaml. Press Ctrl-C to stop.`);

  /** Stored resources already reported, so each is reported once. */
  const reported = new Set<string>();
  /** The APIs being swapped, and those edited again meanwhile (swapped once more when the first swap ends). */
  const running = new Set<string>();
  const again = new Set<string>();

  async function swap(entry: ApiEntry): Promise<void> {
    if (running.has(entry.name)) {
      again.add(entry.name);
      return;
    }
    running.add(entry.name);
    try {
      const began = performance.now();
      const refused = (problems: string[]) => {
        console.log(`${red('✗')} ${entry.name.padEnd(8)} the edit does not bundle or lint; still serving the last good contract:`);
        for (const problem of problems) console.log(`    ${problem}`);
      };
      let edit: Edit;
      try {
        edit = await bundleEdit(repoRoot, entry, renderers);
      } catch (error) {
        return refused([error instanceof Error ? error.message : String(error)]);
      }
      const { api } = edit;
      const previous = current.get(entry.name);
      const apis = [...current.values()].map((known) => (known.name === api.name ? api : known));
      // The docs page renders while the edit lints; it is dropped if the edit does not.
      const staging = stageApiPages({ outDir: site, api, bundleYaml: edit.bundleYaml, apis, liveReload: true });
      const problems = await edit.problems;
      if (problems.length > 0) {
        await staging.then(
          (staged) => staged.discard(),
          () => undefined,
        );
        return refused(problems);
      }
      current.set(entry.name, api);
      const stub = stubs.stubs.find((candidate) => candidate.api.name === entry.name);
      const mock = mocks.mocks.find((candidate) => candidate.api.name === entry.name);
      await Promise.all([stub?.swap(api), mock?.swap(api)]);
      // Redocly renders the page in a process of its own: this one writes the generated files and classifies the
      // change meanwhile, so that they do not compete with the open tabs' reload after.
      const { scaffolded } = await edit.write();
      const changes = previous ? await compareDocuments(previous.document, api.document) : [];
      const staged = await staging;
      await staged.publish();
      docs.announce(staged.files);
      const ms = performance.now() - began;
      console.log(`${green('✓')} ${entry.name.padEnd(8)} swapped in ${Math.round(ms)} ms: ${describeChanges(changes)}`);
      for (const path of scaffolded) console.log(`    ${dim(`handler scaffolded: ${path} answers 501 until you implement it (restart pnpm dev to serve it)`)}`);
      // Only a change of the responses can put a stored resource off its contract.
      const offContract = stub && (!previous || responsesChanged(previous.document, api.document)) ? await offContractResources(api, stub.url) : [];
      for (const resource of offContract) {
        if (reported.has(resource)) continue;
        reported.add(resource);
        console.log(`    ${red('stored resource off the new contract')} ${resource}`);
      }
    } catch (error) {
      console.log(`${red('✗')} ${entry.name.padEnd(8)} the swap failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running.delete(entry.name);
      if (again.delete(entry.name)) await swap(entry);
    }
  }

  const watcher = watch(['spec', 'redocly.yaml'], { cwd: repoRoot, ignoreInitial: true });
  watcher.on('all', (_event, path) => {
    const file = relative('.', path).split(sep).join('/');
    const edited = file === 'redocly.yaml' ? entries : entries.filter((entry) => file.startsWith(`${entry.specDir}/`) && /\.ya?ml$/.test(file));
    for (const entry of edited) void swap(entry);
  });

  stopOnSignals(() => Promise.all([watcher.close(), stubs.close(), mocks.close(), docs.close()]));
}

main().catch((error: unknown) => {
  console.error(`pnpm dev failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
