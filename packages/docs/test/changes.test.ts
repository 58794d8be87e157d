import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApi } from '@contracts/bundles';
import { type ContractHistory, contractHistory, readContractHistories } from '@contracts/diff';
import { createContractRepo, type TempRepo } from '../../diff/test/temp-repo';
import { renderChangesPage } from '../src/changes';
import { externalLoads } from '../src/self-contained';

jest.setTimeout(60_000);

const truto = loadApi('truto');
const schemas = 'spec/truto/components/schemas';
let repo: TempRepo;
let shallow: string;
let notAClone: string;
let tagged: ContractHistory;
let shallowHistory: ContractHistory;

beforeAll(async () => {
  repo = createContractRepo('truto');
  repo.git(['tag', 'truto@1.0.0']);
  repo.editYaml(`${schemas}/EnvironmentIntegration.yaml`, (schema) => {
    delete schema.properties.override;
    schema.properties.region = { type: 'string', description: 'Data region.' };
  });
  repo.editYaml('spec/truto/openapi.yaml', (document) => (document.info.version = '1.1'));
  repo.commit('Truto 1.1: override moved out of the response, region added');
  repo.git(['tag', '-a', 'truto@2.0.0', '-m', 'Truto Admin API 1.1, packages 2.0.0']);
  // A later release of the packages that leaves this contract as it was.
  repo.git(['tag', 'truto@2.1.0']);
  // Not a release tag: named after info.version, as tags were before releases had versions of their own.
  repo.git(['tag', 'truto@1.1']);
  shallow = mkdtempSync(join(tmpdir(), 'contracts-shallow-'));
  execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, shallow]);
  notAClone = mkdtempSync(join(tmpdir(), 'contracts-no-git-'));
  // As the docs build reads them: `pnpm diff --history --json` in a child process (Redocly cannot load under jest).
  const histories = await Promise.all([readContractHistories(repo.dir, ['truto']), readContractHistories(shallow, ['truto'])]);
  [tagged, shallowHistory] = histories.map(([history]) => history) as [ContractHistory, ContractHistory];
});

afterAll(() => {
  repo?.remove();
  for (const dir of [shallow, notAClone]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('given a contract released as truto@1.0.0, truto@2.0.0 and truto@2.1.0', () => {
  test('the history lists the versions in version order and compares each with the next, newest first', () => {
    expect(tagged.versions.map((version) => `${version.tag} ${version.apiVersion}`)).toEqual(['truto@1.0.0 1.0', 'truto@2.0.0 1.1', 'truto@2.1.0 1.1']);
    expect(tagged.steps.map((step) => `${step.from.tag} → ${step.to.tag}`)).toEqual(['truto@2.0.0 → truto@2.1.0', 'truto@1.0.0 → truto@2.0.0']);
    expect(tagged.steps[0]?.changes).toEqual([]);
  });

  test('the Changes page shows each step with its breaking and non-breaking changes, linked to the operation', () => {
    const html = renderChangesPage(truto, tagged);
    expect(html).toContain('<h2>truto@1.0.0 (API 1.0) → truto@2.0.0 (API 1.1)</h2>');
    expect(html).toContain('<p>9 changes, 4 breaking.</p>');
    expect(html).toMatch(
      /<td class="breaking">breaking<\/td>\s*<td><a href="truto\.html#\/[^"]+\/updateenvironmentintegration"><code>PATCH \/environment-integration\/\{id\}/,
    );
    expect(html).toContain('<td>response 200 application/json › override</td>');
    expect(html).toContain('cannot remove response property &#39;override&#39;');
    expect(html).toMatch(/<td class="non-breaking">non-breaking<\/td>[\s\S]*response 200 application\/json › region/);
    expect(html).toMatch(/<td class="annotation">annotation<\/td>\s*<td>document<\/td>\s*<td>info\.version<\/td>/);
    expect(html).toContain('<h2>truto@2.0.0 (API 1.1) → truto@2.1.0 (API 1.1)</h2>\n      <p>No changes to the contract.</p>');
    expect(externalLoads(html)).toEqual([]);
  });

  test('a tag that is not a release version gets a note that says how releases are tagged', () => {
    expect(tagged.problems).toEqual(['truto@1.1: not a release tag (truto@<major.minor.patch>, which pnpm release creates); left out']);
    expect(renderChangesPage(truto, tagged)).toContain('<h2>Notes</h2>');
  });
});

describe('given a clone without tags', () => {
  test('the page says no version is released yet and gives the command that releases one', async () => {
    const untagged = createContractRepo('truto');
    try {
      const history = await contractHistory(untagged.dir, 'truto');
      expect(history).toEqual({ api: 'truto', versions: [], steps: [], problems: [] });
      const html = renderChangesPage(truto, history);
      expect(html).toContain('<h2>No tagged versions yet</h2>');
      expect(html).toContain('<code>truto@&lt;version of the packages&gt;</code>');
      expect(html).toContain('<pre><code>pnpm release</code></pre>');
    } finally {
      untagged.remove();
    }
  });
});

describe('given a shallow clone (depth 1)', () => {
  test('the history reads the tags on the commit it has and leaves out the older one without failing', () => {
    expect(shallowHistory.versions.map((version) => version.tag)).toEqual(['truto@2.0.0', 'truto@2.1.0']);
    expect(shallowHistory.steps.map((step) => step.changes)).toEqual([[]]);
  });
});

describe('given a single tagged version', () => {
  test('the page names it and says changes appear once the next version is tagged', () => {
    const html = renderChangesPage(truto, { api: 'truto', versions: tagged.versions.slice(0, 1), steps: [], problems: [] });
    expect(html).toContain('<h2>One tagged version: truto@1.0.0 (API 1.0)</h2>');
    expect(html).toContain('Changes appear here once the next version is tagged.');
  });
});

describe('given a folder that is not a git clone', () => {
  test('the history is empty and says why instead of failing the docs build', async () => {
    const history = await contractHistory(notAClone, 'truto');
    expect(history.versions).toEqual([]);
    expect(history.problems).toEqual([`${notAClone} is not a git clone, so it has no tags to read`]);
    expect(renderChangesPage(truto, history)).toContain('No tagged versions yet');
  });
});

describe('given a history read that is stopped (a docs build that failed meanwhile)', () => {
  test('its child process is stopped and the read rejects at once instead of answering', async () => {
    const stop = new AbortController();
    const reading = readContractHistories(repo.dir, ['truto'], stop.signal);
    stop.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
