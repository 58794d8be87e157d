import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Ran, run, type Started, start, stopAll } from '../release/processes';
import { type Registry, scopeMapping, startRegistry } from '../release/registry';
import { launchChromium, requireChromium } from './chromium';
import { buildAndPack, npmEnvIn, publishedPackages, repoRoot } from './consumer';
import type { TarballLint } from './lint-tarballs.mjs';
import { serveWorkerPage } from './worker-page';

// A team's repository, as README.md "Use it from your repo" tells it: every package packed, published to a real
// local registry (Verdaccio), installed with npm into a folder outside this repo, and used there the way a team
// would, with nothing of this repo at run time. One pack, publish and install serves every check; every check starts
// as soon as what it needs is there (the image's install and the lint need only the tarballs), side by side.

const serverPorts = ['--looker-port', '0', '--truto-port', '0', '--versori-port', '0'];
const lookerMock = /Looker API 4\.0\s+(http:\/\/127\.0\.0\.1:\d+\/api\/4\.0)\n/;
const trutoUrl = /Truto Admin API\s+(http:\/\/127\.0\.0\.1:\d+)\n/;

// Building, three npm installs and the checks: about a minute on 2 cores with a warm npm cache, more beside other suites.
jest.setTimeout(420_000);

const scratch = mkdtempSync(join(tmpdir(), 'contracts-consumer-'));
const app = join(scratch, 'app');
const empty = join(scratch, 'empty');
const npmEnv = npmEnvIn(join(scratch, 'npm-cache'));
const began = performance.now();
const timings: Array<{ step: string; at: number; ms: number }> = [];
let registry: Registry | undefined;

/** Times one step (when it started, how long it took) for the report printed at the end. */
async function timed<T>(step: string, body: () => Promise<T>): Promise<T> {
  const stepBegan = performance.now();
  try {
    return await body();
  } finally {
    timings.push({ step, at: Math.round(stepBegan - began), ms: Math.round(performance.now() - stepBegan) });
  }
}

const npx = (args: string[], cwd: string) => ({ command: 'npx', args, options: { cwd, env: npmEnv } });

async function appAgainstMock() {
  const mock = await start('npx', ['contracts', 'mock', ...serverPorts], { cwd: app, env: npmEnv, ready: /Press Ctrl\+C/ });
  const baseUrl = lookerMock.exec(mock.output())?.[1] ?? '';
  const ran = await run(process.execPath, ['app.mjs', baseUrl], { cwd: app });
  await mock.stop();
  return ran;
}

async function cliFromEmptyFolder() {
  const { command, args, options } = npx(['--yes', '@contracts/cli', 'mock', ...serverPorts], empty);
  const mock = await start(command, args, { ...options, ready: /Press Ctrl\+C/ });
  const truto = trutoUrl.exec(mock.output())?.[1];
  const answer = await fetch(`${truto}/environment-integration`, { headers: { authorization: 'Bearer truto-local-api-token' } });
  await mock.stop();
  return { status: answer.status, body: (await answer.json()) as { result: unknown[] } };
}

/** The app's installed `contracts` command: what `npx contracts` runs, without npm's own start-up each time. */
const contracts = () => join(app, 'node_modules', '.bin', 'contracts');

async function contractAgainstStub() {
  const stub: Started = await start('npx', ['contracts', 'stub', ...serverPorts], { cwd: app, env: npmEnv, ready: /Press Ctrl-C/ });
  const baseUrl = trutoUrl.exec(stub.output())?.[1] ?? '';
  const ran = await run(contracts(), ['contract', '--api', 'truto', '--base-url', baseUrl, '--runs', '5', '--time-limit', '60'], { cwd: app });
  await stub.stop();
  return ran;
}

async function docsServed() {
  const docs = await start(contracts(), ['docs', '--port', '0'], { cwd: app, ready: /Docs served at/ });
  const url = /Docs served at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(docs.output())?.[1] ?? '';
  const [landing, reference, changes] = await Promise.all(['', 'looker.html', 'looker-changes.html'].map((page) => fetch(`${url}${page}`)));
  const pages = { landing: await landing?.text(), reference: reference?.status, changes: changes?.status };
  await docs.stop();
  return pages;
}

/** The HEALTHCHECK command of the image, as docker/Dockerfile writes it. */
const healthcheck = /CMD node -e "(.+)"\n/.exec(readFileSync(join(repoRoot, 'docker', 'Dockerfile'), 'utf8'))?.[1] ?? '';

/** What the image does (docker/Dockerfile), in a scratch folder instead of a container: install the tarballs, run its entrypoint, check its health. */
async function imageEntrypoint(tarballs: string[]) {
  const image = join(scratch, 'image');
  mkdirSync(image);
  writeFileSync(join(image, 'package.json'), '{ "private": true }\n');
  const installed = await run('npm', ['install', '--omit=dev', ...tarballs], { cwd: image, env: npmEnv });
  if (installed.code !== 0) throw new Error(`the image's npm install failed:\n${installed.output}`);
  const stub = await start(join(image, 'node_modules', '.bin', 'contracts'), ['stub', '--host', '127.0.0.1', ...serverPorts], {
    cwd: image,
    ready: /Press Ctrl-C/,
  });
  const port = /Looker API 4\.0\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(stub.output())?.[1];
  const health = await run(process.execPath, ['-e', healthcheck], { cwd: image, env: { HEALTH_PORT: port } });
  await stub.stop();
  const stopped = await run(process.execPath, ['-e', healthcheck], { cwd: image, env: { HEALTH_PORT: port } });
  return { healthy: health.code, afterStop: stopped.code };
}

/** The app's browser entry bundled by esbuild, its fetch calls answered by MSW's service worker in Chromium. */
async function browserThroughWorker() {
  // The worker `msw init` copies into an app's public folder, from the app's own msw.
  const site = await serveWorkerPage(
    { entryPoints: [join(app, 'browser.mjs')], absWorkingDir: app },
    join(app, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js'),
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const fromWorker: boolean[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).hostname === 'mycompany.cloud.looker.com') fromWorker.push(response.fromServiceWorker());
    });
    await page.goto(site.origin);
    await page.waitForFunction(() => 'workerStarted' in globalThis);
    await page.evaluate(() => (globalThis as unknown as { workerStarted: Promise<unknown> }).workerStarted);
    const statuses = await page.evaluate(async () => {
      const base = 'https://mycompany.cloud.looker.com/api/4.0';
      const login = await fetch(`${base}/login`, {
        method: 'POST',
        body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
      });
      const anonymous = await fetch(`${base}/integration_hubs/2`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
      return { login: login.status, anonymous: anonymous.status };
    });
    return { statuses, fromWorker };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** publint and attw (every exported subpath an entry point, ESM only) on every tarball, in one child process. */
async function lintTarballs(tarballs: string[]): Promise<TarballLint[]> {
  const linted = await run(process.execPath, ['--import', 'tsx', join(__dirname, 'lint-tarballs.mts'), ...tarballs], { cwd: repoRoot });
  if (linted.code !== 0) throw new Error(`publint and attw failed:\n${linted.output}`);
  return JSON.parse(linted.output) as TarballLint[];
}

/** TypeScript on the app under one of its tsconfigs: the files checked (the app's and our packages' .d.ts) and the errors. */
async function typecheck(tsconfig: string) {
  const checked = await run(process.execPath, ['--import', 'tsx', join(__dirname, 'typecheck-app.ts'), join(app, tsconfig)], { cwd: repoRoot });
  try {
    return { code: checked.code, ...(JSON.parse(checked.output) as { checked: string[]; diagnostics: string }) };
  } catch {
    throw new Error(`TypeScript on the app (${tsconfig}) failed:\n${checked.output}`);
  }
}

/** The app's dependencies, as README.md tells a team to install them. */
async function installApp() {
  const installed = await run(
    'npm',
    ['install', '--save-dev', '@contracts/cli', '@contracts/client', '@contracts/types', '@contracts/msw', 'msw@2.15.0', '@types/node@^20.19.0'],
    { cwd: app, env: npmEnv },
  );
  if (installed.code !== 0) throw new Error(`npm install failed:\n${installed.output}`);
}

let results: {
  app: Ran;
  emptyFolder: Awaited<ReturnType<typeof cliFromEmptyFolder>>;
  image: Awaited<ReturnType<typeof imageEntrypoint>>;
  contract: Ran;
  devOutsideClone: Ran;
  docs: Awaited<ReturnType<typeof docsServed>>;
  nodenext: Awaited<ReturnType<typeof typecheck>>;
  bundler: Awaited<ReturnType<typeof typecheck>>;
  browser: Awaited<ReturnType<typeof browserThroughWorker>>;
  lint: TarballLint[];
};

beforeAll(async () => {
  requireChromium();
  const packed = join(scratch, 'tarballs');
  mkdirSync(packed);
  const [started, { tarballs }] = await Promise.all([
    timed('registry', () => startRegistry(join(scratch, 'registry'))),
    timed('build and pack', () => buildAndPack(packed)),
  ]);
  registry = started;
  cpSync(join(__dirname, 'consumer-app'), app, { recursive: true });
  mkdirSync(empty);
  for (const folder of [app, empty]) writeFileSync(join(folder, '.npmrc'), scopeMapping(started.url));

  const published = timed('publish', () => Promise.all(tarballs.map((tarball) => started.publish(tarball))));
  const installed = published.then(() => timed('npm install', installApp));
  const [appRun, emptyFolder, image, contract, devOutsideClone, docs, nodenext, bundler, browser, lint] = await Promise.all([
    installed.then(() => timed('app.mjs against npx contracts mock', appAgainstMock)),
    published.then(() => timed('npx @contracts/cli mock in an empty folder', cliFromEmptyFolder)),
    timed("the image's install, entrypoint and health check", () => imageEntrypoint(tarballs)),
    installed.then(() => timed('contracts contract against npx contracts stub', contractAgainstStub)),
    installed.then(() => timed('contracts dev outside a clone', () => run(contracts(), ['dev'], { cwd: app }))),
    installed.then(() => timed('contracts docs', docsServed)),
    installed.then(() => timed('TypeScript (nodenext)', () => typecheck('tsconfig.nodenext.json'))),
    installed.then(() => timed('TypeScript (bundler)', () => typecheck('tsconfig.bundler.json'))),
    installed.then(() => timed('esbuild and Chromium', browserThroughWorker)),
    timed('publint and attw', () => lintTarballs(tarballs)),
  ]);
  results = { app: appRun, emptyFolder, image, contract, devOutsideClone, docs, nodenext, bundler, browser, lint };
  timings.push({ step: 'total', at: 0, ms: Math.round(performance.now() - began) });
  console.log(
    `consumer test wall time (ms):\n${timings.map(({ step, at, ms }) => `  ${step.padEnd(50)} ${String(ms).padStart(6)}  (started at ${at})`).join('\n')}`,
  );
});

afterAll(async () => {
  await stopAll();
  await registry?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('given every package packed, published to a local registry and installed with npm into a folder outside the repo', () => {
  test('a plain `node app.mjs` imports the client and the types and talks to the mock `npx contracts mock` started', () => {
    expect(results.app.code).toBe(0);
    const answer = JSON.parse(results.app.output) as { typesModule: string[]; login: number; hub: { status: number; body: Record<string, unknown> } };
    expect(answer).toMatchObject({ typesModule: [], login: 200, hub: { status: 200, body: { id: '2', label: 'Northwind Actions' } } });
    expect(answer.hub.body).not.toHaveProperty('authorization_token');
  });

  test('`npx @contracts/cli mock` in an empty folder serves the mocks', () => {
    expect(results.emptyFolder.status).toBe(200);
    expect(results.emptyFolder.body.result.length).toBeGreaterThan(0);
  });

  test('the image’s install of the tarballs runs `contracts stub`, and its health check passes while it serves and fails once it stops', () => {
    expect(healthcheck).toContain('HEALTH_PORT');
    expect(results.image).toEqual({ healthy: 0, afterStop: 1 });
  });

  test('`contracts contract` passes against the stub `contracts stub` started', () => {
    expect(results.contract.output).toMatch(/passed/);
    expect(results.contract.code).toBe(0);
  });

  test('`contracts dev` in a repo that is not a clone of the contracts exits 2 and names what serves instead', () => {
    expect(results.devOutsideClone.code).toBe(2);
    expect(results.devOutsideClone.output).toContain('is not in a clone of the contracts');
    expect(results.devOutsideClone.output).toContain('`contracts stub`, `contracts mock` and `contracts docs`');
  });

  test('`contracts docs` builds the site and serves it', () => {
    expect(results.docs.landing).toContain('Looker API 4.0');
    expect(results.docs).toMatchObject({ reference: 200, changes: 200 });
  });

  test.each(['nodenext', 'bundler'] as const)(
    'TypeScript under moduleResolution %s finds no error in the app (setupServer(...createHandlers()) on its msw included) or in our .d.ts files',
    (mode) => {
      expect(results[mode].diagnostics).toBe('');
      expect(results[mode].code).toBe(0);
      expect(results[mode].checked).toEqual(
        expect.arrayContaining([
          'typed.ts',
          ...['client/dist/truto', 'msw/dist/looker', 'types/dist/looker', 'server/dist/index'].map((file) => `node_modules/@contracts/${file}.d.ts`),
        ]),
      );
    },
  );

  test('esbuild bundles the MSW handlers for the browser and Chromium gets its answers from the service worker', () => {
    expect(results.browser.statuses).toEqual({ login: 200, anonymous: 401 });
    expect(results.browser.fromWorker).toEqual([true, true]);
  });

  test('publint and attw (every subpath an entry point) report nothing on any tarball', () => {
    expect(results.lint.map(({ name }) => name).sort()).toEqual(
      publishedPackages()
        .map(({ name }) => name)
        .sort(),
    );
    for (const { tarball, entrypoints, publint, typed, attw } of results.lint) {
      expect(entrypoints.length).toBeGreaterThan(0);
      expect({ tarball, publint, typed, attw }).toEqual({ tarball, publint: [], typed: true, attw: [] });
    }
  });
});
