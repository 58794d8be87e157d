import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DiffReport } from '../src/diff';
import { formatMarkdown } from '../src/report';
import { createContractRepo, repoRoot, type TempRepo } from './temp-repo';

// A safety net for a busy machine, not a speed target: the runs take about 20 s of CPU in all.
jest.setTimeout(240_000);

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repoRoot, 'packages', 'diff', 'src', 'bin.ts');
const schemas = 'spec/truto/components/schemas';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in `cwd`, outside any GitHub Actions context, so the default base is `main`. */
function runCli(cwd: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_BASE_REF;
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Each run loads Redocly and the diff libraries (a few seconds of CPU): two at a time, one per core. */
async function twoAtATime<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

interface Case {
  branch: string;
  title: string;
  edit(repo: TempRepo, cwd: string): void;
  /** Left uncommitted: pnpm diff compares the working tree, not HEAD. */
  uncommitted?: boolean;
  args?: string[];
}

const cases: Case[] = [
  {
    branch: 'additive',
    title: 'a new optional response field, not yet committed',
    uncommitted: true,
    args: ['--json'],
    edit: (repo, cwd) =>
      repo.editYaml(`${schemas}/EnvironmentIntegration.yaml`, (schema) => (schema.properties.region = { type: 'string', description: 'Data region.' }), cwd),
  },
  {
    branch: 'response-field-removed',
    title: 'a response field removed',
    edit: (repo, cwd) => repo.editYaml(`${schemas}/EnvironmentIntegration.yaml`, (schema) => delete schema.properties.override, cwd),
  },
  {
    branch: 'request-type-changed',
    title: "a request field's type changed",
    edit: (repo, cwd) =>
      repo.editYaml(
        `${schemas}/EnvironmentIntegrationUpdate.yaml`,
        (schema) => (schema.properties.is_enabled = { type: 'string', description: 'on or off' }),
        cwd,
      ),
  },
  {
    branch: 'required-request-field',
    title: 'a new required request field',
    edit: (repo, cwd) =>
      repo.editYaml(
        `${schemas}/EnvironmentIntegrationUpdate.yaml`,
        (schema) => {
          schema.properties.region = { type: 'string', description: 'Data region.' };
          schema.required = ['region'];
        },
        cwd,
      ),
  },
  {
    branch: 'operation-removed',
    title: 'an operation removed',
    edit: (repo, cwd) => {
      repo.editYaml('spec/truto/openapi.yaml', (document) => (document.paths = {}), cwd);
      rmSync(join(cwd, 'spec/truto/paths/environment-integration_{id}.yaml'));
    },
  },
  {
    branch: 'api-renamed',
    title: 'the API renamed in redocly.yaml: one API removed, another added',
    args: ['--json'],
    edit: (repo, cwd) =>
      repo.editYaml(
        'redocly.yaml',
        (config) => {
          config.apis = { 'truto-admin@1.0': config.apis['truto@1.0'] };
        },
        cwd,
      ),
  },
];

let repo: TempRepo;
const runs = new Map<string, Run>();
let accepted: Run;
let unchanged: Run;
let unknownBase: Run;

beforeAll(async () => {
  repo = createContractRepo('truto');
  const checkouts = cases.map((testCase) => {
    const cwd = repo.worktree(testCase.branch);
    testCase.edit(repo, cwd);
    if (!testCase.uncommitted) repo.commit(testCase.title, cwd);
    return cwd;
  });
  const results = await twoAtATime([
    ...cases.map((testCase, index) => () => runCli(checkouts[index] as string, testCase.args ?? [])),
    () => runCli(checkouts[1] as string, ['--allow-breaking']),
    () => runCli(repo.dir, []),
    () => runCli(repo.dir, ['--base', 'origin/main']),
  ]);
  for (const [index, testCase] of cases.entries()) runs.set(testCase.branch, results[index] as Run);
  [accepted, unchanged, unknownBase] = results.slice(cases.length) as [Run, Run, Run];
});

afterAll(() => repo?.remove());

const run = (branch: string) => runs.get(branch) as Run;
const operation = 'PATCH /environment-integration/{id} (updateEnvironmentIntegration)';

describe('given a new optional response field (an additive change) and --json', () => {
  test('it exits 0 and lists the field as a non-breaking change of every operation that answers the schema, in a report that parses', () => {
    const { code, stdout } = run('additive');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ base: { ref: 'main' }, breaking: 0, exitCode: 0, allowBreaking: false });
    expect(report.apis).toHaveLength(1);
    expect(report.apis[0]).toMatchObject({ name: 'truto', status: 'changed', title: 'Truto Admin API' });
    expect(report.apis[0].changes).toEqual(
      [
        ['GET', '/environment-integration', 'listEnvironmentIntegrations', 'response 200 application/json', 'result[].region'],
        ['POST', '/environment-integration', 'createEnvironmentIntegration', 'response 201 application/json', 'region'],
        ['GET', '/environment-integration/{id}', 'getEnvironmentIntegration', 'response 200 application/json', 'region'],
        ['PATCH', '/environment-integration/{id}', 'updateEnvironmentIntegration', 'response 200 application/json', 'region'],
      ].map(([method, path, operationId, location, field]) =>
        expect.objectContaining({ classification: 'non-breaking', action: 'added', operation: { method, path, operationId }, location, field }),
      ),
    );
  });

  test('the same report renders as Markdown for a job summary, with a row per API', () => {
    const markdown = formatMarkdown(JSON.parse(run('additive').stdout) as DiffReport, false);
    expect(markdown).toContain('**4 changes, none breaking.**');
    expect(markdown).toContain('| truto | changed | 0 | 4 | 0 |');
    expect(markdown).toMatch(
      /\| \+ non-breaking \| `PATCH \/environment-integration\/\{id\} \(updateEnvironmentIntegration\)` \| response 200 application\/json › region \|/,
    );
  });
});

describe.each([
  { branch: 'response-field-removed', where: 'response 200 application/json › override', why: "cannot remove response property 'override'" },
  {
    branch: 'request-type-changed',
    where: 'request body application/json › is_enabled (type)',
    why: "expected request body property 'is_enabled' not to be narrowed",
  },
  { branch: 'required-request-field', where: 'request body application/json › region', why: "cannot add a required request property 'region'" },
  { branch: 'operation-removed', where: 'operation: [Removed] operation PATCH /environment-integration/{id}', why: 'cannot remove an operation' },
])('given $branch', ({ branch, where, why }) => {
  test('it exits 1 and names the operation, the field and why it breaks clients', () => {
    const { code, stdout } = run(branch);
    expect(code).toBe(1);
    expect(stdout).toContain(`✗ breaking     ${operation}\n`);
    expect(stdout).toContain(where);
    expect(stdout).toContain(`why: ${why}`);
    expect(stdout).toMatch(/breaking change(s)?: failing\. To accept a breaking change deliberately, run with --allow-breaking/);
  });
});

describe('given an API only at the base and another only in the working tree', () => {
  test('it exits 1 and reports the first as removed (breaking) and the second as added', () => {
    const { code, stdout } = run('api-renamed');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as DiffReport;
    expect(report.apis.map(({ name, status, title, changes }) => ({ name, status, title, changes: changes.map((change) => change.classification) }))).toEqual([
      { name: 'truto', status: 'removed', title: 'Truto Admin API', changes: ['breaking'] },
      { name: 'truto-admin', status: 'added', title: 'Truto Admin API', changes: ['non-breaking'] },
    ]);
  });
});

describe('given a breaking change and --allow-breaking', () => {
  test('it exits 0, still lists the change and says it was accepted', () => {
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('response 200 application/json › override');
    expect(accepted.stdout).toContain('4 breaking changes accepted with --allow-breaking');
  });
});

describe('given a checkout of main itself (a fresh clone)', () => {
  test('it exits 0 with a clear no-changes line, without bundling anything', () => {
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('truto: no changes');
    expect(unchanged.stdout).toContain('No changes to the contracts between main and the working tree.');
    expect(unchanged.stderr).not.toContain('bundled');
  });
});

describe('given a base this clone does not have', () => {
  test('it exits 2 and says what to fetch', () => {
    expect(unknownBase.code).toBe(2);
    expect(unknownBase.stderr).toContain('Cannot find the base `origin/main` in this clone; run `git fetch origin main`');
    expect(unknownBase.stdout).toBe('');
  });
});
