import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './bundles';
import { copyRepo, runIn } from './repo-copy';

const exec = promisify(execFile);

// Adding a vendor touches redocly.yaml and one spec folder; `pnpm generate` alone does the rest. This proves it on a
// throw-away API (a copy of Truto's spec under another name and ports) in a temporary copy of the repo.
const probe = `
import { loadApi } from '@contracts/bundles';
import { buildDocs } from '@contracts/docs';
import { startMock } from '@contracts/mock';
import { startStubs } from '@contracts/server';

async function main() {
  const path = '/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9';
  const request = { method: 'PATCH', headers: { authorization: 'Bearer acme-local-api-token', 'content-type': 'application/json' }, body: '{"is_enabled":true}' };
  const stubs = await startStubs({ apis: ['acme'], ports: { acme: 0 } });
  const mocks = await startMock({ apis: ['acme'], ports: { acme: 0 }, env: {} });
  try {
    const stub = await fetch(stubs.urls.acme + path, request);
    const unauthenticated = await fetch(stubs.urls.acme + path, { ...request, headers: { 'content-type': 'application/json' } });
    const mock = await fetch(mocks.urls.acme + path, request);
    const docs = await buildDocs({ apis: [loadApi('acme')], outDir: process.argv[2], log: () => {} });
    console.log(JSON.stringify({
      stub: { status: stub.status, body: await stub.json() },
      unauthenticated: { status: unauthenticated.status, body: await unauthenticated.json() },
      mock: { status: mock.status, body: await mock.json() },
      docs: docs.files.map((file) => file.file),
    }));
  } finally {
    await stubs.close();
    await mocks.close();
  }
}
main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
`;

// The same request answered in-process by the API's generated MSW entry (run from packages/msw, where msw is installed).
const mswProbe = `
import { setupServer } from 'msw/node';
import { handlers } from './generated/acme';

async function main() {
  const url = 'https://api.acme-widgets.io/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9';
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const headers = { 'content-type': 'application/json' };
    const answered = await fetch(url, { method: 'PATCH', headers: { ...headers, authorization: 'Bearer acme-local-api-token' }, body: '{"is_enabled":true}' });
    const unauthenticated = await fetch(url, { method: 'PATCH', headers, body: '{"is_enabled":true}' });
    console.log(JSON.stringify({ msw: { status: answered.status, body: await answered.json() }, unauthenticated: unauthenticated.status }));
  } finally {
    server.close();
  }
}
main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
`;

describe('given a new API added to redocly.yaml with its spec folder, in a copy of the repo', () => {
  let copy: string;
  let generated: { code: number; output: string };
  beforeAll(async () => {
    copy = copyRepo();
    cpSync(join(copy, 'spec', 'truto'), join(copy, 'spec', 'acme'), { recursive: true });
    const root = join(copy, 'spec', 'acme', 'openapi.yaml');
    writeFileSync(
      root,
      readFileSync(root, 'utf8')
        .replace(/title: .*/, 'title: Acme Widgets API')
        .replace('https://api.truto.one', 'https://api.acme-widgets.io')
        .replace('http://127.0.0.1:4011', 'http://127.0.0.1:4013')
        .replace('http://127.0.0.1:3011', 'http://127.0.0.1:3013'),
    );
    const config = join(copy, 'redocly.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'apis:\n',
        'apis:\n  acme@1.0:\n    root: spec/acme/openapi.yaml\n    output: packages/bundles/generated/acme.yaml\n    x-openapi-ts:\n      output: packages/types/generated/acme.ts\n    x-openapi-fetch:\n      output: packages/client/generated/acme.ts\n',
      ),
    );
    writeFileSync(join(copy, 'probe.ts'), probe);
    writeFileSync(join(copy, 'packages', 'msw', 'probe.ts'), mswProbe);
    generated = await runIn(copy, 'scripts/generate.ts');
  }, 120_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('pnpm generate writes its bundle, types, client, handler map, MSW entry and a vendor folder with a 501 handler per operation', () => {
    expect(generated.code).toBe(0);
    for (const file of [
      'packages/bundles/generated/acme.yaml',
      'packages/bundles/generated/acme.json',
      'packages/msw/generated/acme.ts',
      'packages/types/generated/acme.ts',
      'packages/client/generated/acme.ts',
      'packages/vendors/generated/acme.ts',
      'packages/vendors/acme/index.ts',
      'packages/vendors/acme/context.ts',
      'packages/vendors/acme/handlers/updateEnvironmentIntegration.ts',
    ]) {
      expect([file, existsSync(join(copy, file))]).toEqual([file, true]);
    }
    expect(readFileSync(join(copy, 'packages/vendors/generated/index.ts'), 'utf8')).toContain("import { vendor as acme } from '../acme';");
  });

  test('the scaffolded vendor and its MSW entry compile as browser code, and pnpm check passes, listing the operation as unimplemented', async () => {
    const compile = (project: string) =>
      exec(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: copy }).then(
        () => '',
        (error: { stdout: string }) => error.stdout,
      );
    expect(await compile('packages/vendors/tsconfig.json')).toBe('');
    expect(await compile('packages/msw/tsconfig.json')).toBe('');
    const check = await runIn(copy, 'scripts/check.ts');
    expect(check.output).toMatch(
      /acme +handler 5 unimplemented \(answer 501\): listEnvironmentIntegrations in packages\/vendors\/acme\/handlers\/listEnvironmentIntegrations\.ts, createEnvironmentIntegration/,
    );
    expect(check.code).toBe(0);
  }, 120_000);

  test('its stub answers 501 (and 401 without a token), its mock answers the spec example, and its docs page is built', async () => {
    const { code, output } = await runIn(copy, 'probe.ts', [join(copy, 'docs-site')]);
    expect(code).toBe(0);
    const result = JSON.parse(output.trim().split('\n').pop() as string);
    expect(result.stub).toEqual({ status: 501, body: { message: expect.stringContaining('updateEnvironmentIntegration is not implemented yet') } });
    expect(result.unauthenticated.status).toBe(401);
    expect(result.mock.status).toBe(200);
    expect(result.mock.body).toMatchObject({ id: '3fda2b4c-0516-41bc-8ae6-4927e42ecce9' });
    expect(result.docs).toEqual(expect.arrayContaining(['index.html', 'acme.html', 'acme.yaml', 'acme.json']));
  }, 120_000);

  test('its generated MSW handlers answer the same 501 in-process, and 401 without a token', async () => {
    const { code, output } = await runIn(copy, 'packages/msw/probe.ts');
    expect(code).toBe(0);
    const result = JSON.parse(output.trim().split('\n').pop() as string);
    expect(result.msw).toEqual({ status: 501, body: { message: expect.stringContaining('updateEnvironmentIntegration is not implemented yet') } });
    expect(result.unauthenticated).toBe(401);
  }, 120_000);
});
