import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadApi, operationsOf } from '@contracts/bundles';
import { operationAnchor } from '@contracts/docs';
import type { Browser } from 'playwright-core';
import { launchChromium, requireChromium } from './chromium';
import { copyRepo } from './repo-copy';

// `pnpm dev` in a copy of the repo (the real spec is never edited), every server on a free port, edited as a person
// would: save a file, then ask the running servers and an open browser tab.

jest.setTimeout(90_000);

let copy: string;
let dev: ChildProcess;
let output = '';
let browser: Browser;
const urls: Record<string, string> = {};
const truto = { authorization: 'Bearer truto-local-api-token', 'content-type': 'application/json' };
const zendesk = '/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9';

/** Waits until the output after `from` holds `pattern`; resolves with the match and where the output ended. */
async function outputAfter(from: number, pattern: RegExp, timeoutMs = 30_000): Promise<{ match: RegExpExecArray; end: number }> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const match = pattern.exec(output.slice(from));
    if (match) return { match, end: output.length };
    if (Date.now() > deadline) throw new Error(`pnpm dev printed no ${pattern} within ${timeoutMs} ms:\n${output.slice(from)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Saves a spec file of the copy with `edit` applied (which must change it); resolves with where the output stood. */
function save(file: string, edit: (text: string) => string): number {
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  const at = output.length;
  writeFileSync(path, after);
  return at;
}

/** Saves an edit and waits for the line that says the API was swapped in. */
async function swapped(file: string, api: string, edit: (text: string) => string): Promise<string> {
  const at = save(file, edit);
  const { match } = await outputAfter(at, new RegExp(`✓ ${api} +swapped in \\d+ ms: [^\\n]*`));
  return match[0];
}

const send = (url: string, init: RequestInit = {}) =>
  fetch(url, init).then(async (response) => ({ status: response.status, body: await response.json().catch(() => undefined) }));

beforeAll(async () => {
  requireChromium();
  copy = copyRepo();
  const ports = Object.fromEntries(['LOOKER', 'TRUTO', 'VERSORI'].flatMap((api) => [`${api}_STUB_PORT`, `${api}_MOCK_PORT`]).map((name) => [name, '0']));
  // Started as `contracts dev`, which runs the clone's pnpm dev: one run proves both.
  dev = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'dev'], {
    cwd: copy,
    env: { ...process.env, ...ports, DOCS_PORT: '0', NO_COLOR: '1' },
  });
  dev.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  dev.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await outputAfter(0, /Watching spec\//, 60_000);
  for (const [, kind, api, url] of output.matchAll(/● (stub|mock|docs) +(\w*) +(http:\S+)/g)) urls[`${kind}${api ? ` ${api}` : ''}`] = url as string;
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('given contracts dev (pnpm dev of the clone) serving the stubs, the mocks and the docs', () => {
  test('it prints every URL: three stubs, three mocks and the docs', () => {
    expect(Object.keys(urls).sort()).toEqual(['docs', 'mock looker', 'mock truto', 'mock versori', 'stub looker', 'stub truto', 'stub versori']);
  });

  test('a summary edit shows up in a docs tab that was open before it, which reloads by itself', async () => {
    const update = operationsOf(loadApi('looker').document).find((operation) => operation.operationId === 'update_integration_hub');
    if (!update) throw new Error('Looker has no update_integration_hub');
    const page = await browser.newPage();
    await page.goto(`${urls.docs}looker.html${operationAnchor(update)}`);
    const heading = (text: string) => page.locator('h1, h2').filter({ hasText: new RegExp(`^${text}$`) });
    await heading('Update Integration Hub').first().waitFor();
    const line = await swapped('spec/looker/paths/integration_hubs_{integration_hub_id}.yaml', 'looker', (text) =>
      text.replace('summary: Update Integration Hub\n', 'summary: Update Integration Hub, renamed live\n'),
    );
    expect(line).toMatch(/1 change, none breaking/);
    await heading('Update Integration Hub, renamed live').first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  test('a field added to a response schema and its example is answered by the running mock', async () => {
    const before = await send(`${urls['mock truto']}${zendesk}`, { headers: truto });
    expect(before).toMatchObject({ status: 200, body: { id: '3fda2b4c-0516-41bc-8ae6-4927e42ecce9' } });
    expect(before.body).not.toHaveProperty('region');
    save('spec/truto/components/schemas/EnvironmentIntegration.yaml', (text) =>
      text.replace(/\nproperties:\n/, '\nproperties:\n  region:\n    type: string\n    description: Where the integration runs (added while pnpm dev runs).\n'),
    );
    await swapped('spec/truto/paths/environment-integration_{id}.yaml', 'truto', (text) =>
      text.replace(
        '                id: 3fda2b4c-0516-41bc-8ae6-4927e42ecce9\n',
        '                id: 3fda2b4c-0516-41bc-8ae6-4927e42ecce9\n                region: eu-west-1\n',
      ),
    );
    expect(await send(`${urls['mock truto']}${zendesk}`, { headers: truto })).toMatchObject({ status: 200, body: { region: 'eu-west-1' } });
  });

  test('a request field made required is refused by the running stub, whose store is kept', async () => {
    const body = JSON.stringify({ is_enabled: true });
    expect((await send(`${urls['stub truto']}${zendesk}`, { method: 'PATCH', headers: truto, body })).status).toBe(200);
    save('spec/truto/paths/environment-integration_{id}.yaml', (text) =>
      text.replace(
        '            value:\n              is_enabled: true\n',
        '            value:\n              is_enabled: true\n              show_in_catalog: true\n',
      ),
    );
    const line = await swapped('spec/truto/components/schemas/EnvironmentIntegrationUpdate.yaml', 'truto', (text) =>
      text.replace('type: object\n', 'type: object\nrequired: [show_in_catalog]\n'),
    );
    expect(line).toMatch(/breaking/);
    const refused = await send(`${urls['stub truto']}${zendesk}`, { method: 'PATCH', headers: truto, body });
    expect(refused).toMatchObject({ status: 400, body: { message: expect.stringContaining('show_in_catalog') } });
    // The update before the swap is still stored: the store outlived it.
    expect(await send(`${urls['stub truto']}${zendesk}`, { headers: truto })).toMatchObject({ status: 200, body: { is_enabled: true } });
  });

  test('a stored resource the new schema no longer accepts is reported once, and not served off the contract', async () => {
    const login = await send(`${urls['stub looker']}/login`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
    });
    const looker = { authorization: `Bearer ${(login.body as { access_token: string }).access_token}`, 'content-type': 'application/json' };
    const url = 'https://actions.an-integration-hub-with-a-rather-long-name.example.com/looker/actions';
    expect((await send(`${urls['stub looker']}/integration_hubs`, { method: 'POST', headers: looker, body: JSON.stringify({ url }) })).status).toBe(200);
    const at = save('spec/looker/components/schemas/IntegrationHub.yaml', (text) =>
      text.replace('  url:\n    type: string\n', '  url:\n    type: string\n    maxLength: 60\n'),
    );
    await outputAfter(at, /✓ looker +swapped/);
    const { end } = await outputAfter(
      at,
      /stored resource off the new contract all_integration_hubs: [^\n]*maxLength|stored resource off the new contract all_integration_hubs: [^\n]*60/,
    );
    const listed = await send(`${urls['stub looker']}/integration_hubs`, { headers: looker });
    expect(listed).toMatchObject({ status: 500, body: { message: expect.stringContaining('broke its contract') } });
    // Another swap of Looker does not report it again.
    await swapped('spec/looker/paths/integration_hubs_{integration_hub_id}.yaml', 'looker', (text) =>
      text.replace(/summary: Update Integration Hub[^\n]*\n/, 'summary: Update Integration Hub, renamed again\n'),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(output.slice(end)).not.toMatch(/stored resource off the new contract all_integration_hubs/);
  });

  test('a broken edit keeps the last good contract serving and says where; the next good save recovers', async () => {
    const file = 'spec/truto/paths/environment-integration.yaml';
    const good = readFileSync(join(copy, file), 'utf8');
    const at = save(file, (text) => `${text}broken: [\n`);
    const { match } = await outputAfter(at, /✗ truto +the edit does not bundle or lint[^\n]*\n +([^\n]*)/);
    expect(match[1]).toMatch(/environment-integration\.yaml[^\n]*\d+:\d+/);
    expect((await send(`${urls['stub truto']}/environment-integration`, { headers: truto })).status).toBe(200);
    expect((await send(`${urls['mock truto']}/environment-integration`, { headers: truto })).status).toBe(200);
    await swapped(file, 'truto', () => good);
    expect((await send(`${urls['stub truto']}/environment-integration`, { headers: truto })).status).toBe(200);
  });

  test('a new operation answers 501 from the stub until its handler exists, and its example from the mock', async () => {
    writeFileSync(
      join(copy, 'spec/truto/paths/environment-integration_{id}_ping.yaml'),
      [
        'get:',
        '  operationId: pingEnvironmentIntegration',
        '  summary: Ping Environment Integration',
        '  description: Checks that an environment integration answers (an operation added while pnpm dev runs).',
        '  tags: [Environment Integrations]',
        '  parameters:',
        '    - $ref: ../components/parameters/EnvironmentIntegrationId.yaml',
        '  responses:',
        "    '204':",
        '      description: The environment integration answers.',
        "    '401':",
        '      $ref: ../components/responses/Unauthorized.yaml',
        '',
      ].join('\n'),
    );
    const at = save('spec/truto/openapi.yaml', (text) =>
      text.replace('\ncomponents:\n', '\n  /environment-integration/{id}/ping:\n    $ref: paths/environment-integration_{id}_ping.yaml\ncomponents:\n'),
    );
    await outputAfter(
      at,
      /✓ truto +swapped in \d+ ms: 1 change, none breaking\n +handler scaffolded: packages\/vendors\/truto\/handlers\/pingEnvironmentIntegration\.ts answers 501/,
    );
    const fromStub = await send(`${urls['stub truto']}${zendesk}/ping`, { headers: truto });
    expect(fromStub).toMatchObject({ status: 501, body: { message: expect.stringContaining('pingEnvironmentIntegration is not implemented yet') } });
    expect((await fetch(`${urls['mock truto']}${zendesk}/ping`, { headers: truto })).status).toBe(204);
    expect(existsSync(join(copy, 'packages/vendors/truto/handlers/pingEnvironmentIntegration.ts'))).toBe(true);
  });
});
