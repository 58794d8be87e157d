import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type Listening, listen } from '@contracts/http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { type Ran, run, type Started, start, stopAll } from '../release/processes';
import { type Registry, scopeMapping, startRegistry } from '../release/registry';
import { buildAndPack, forgetNpxInstalls, npmEnv, publishedPackages, repoRoot } from './consumer';

// A team's repository, as README.md "Use it from your repo" tells it: every package packed, published to a real
// local registry (Verdaccio), installed with npm into a folder outside this repo, and used there the way a team
// would, with nothing of this repo at run time. One pack, publish and install serves every check; the checks that
// follow run side by side.

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const serverPorts = ['--looker-port', '0', '--truto-port', '0', '--versori-port', '0'];
const lookerMock = /Looker API 4\.0\s+(http:\/\/127\.0\.0\.1:\d+\/api\/4\.0)\n/;
const trutoUrl = /Truto Admin API\s+(http:\/\/127\.0\.0\.1:\d+)\n/;

// Building, installing and five kinds of check: about two minutes on 2 cores with a warm npm cache.
jest.setTimeout(420_000);

const scratch = mkdtempSync(join(tmpdir(), 'contracts-consumer-'));
const app = join(scratch, 'app');
const empty = join(scratch, 'empty');
const timings: Record<string, number> = {};
let registry: Registry | undefined;

/** Times one step for the report printed at the end. */
async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const began = performance.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round(performance.now() - began);
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

async function contractAgainstStub() {
  const stub: Started = await start('npx', ['contracts', 'stub', ...serverPorts], { cwd: app, env: npmEnv, ready: /Press Ctrl-C/ });
  const baseUrl = trutoUrl.exec(stub.output())?.[1] ?? '';
  const ran = await run('npx', ['contracts', 'contract', '--api', 'truto', '--base-url', baseUrl, '--runs', '5', '--time-limit', '60'], {
    cwd: app,
    env: npmEnv,
  });
  await stub.stop();
  return ran;
}

async function docsServed() {
  const docs = await start('npx', ['contracts', 'docs', '--port', '0'], { cwd: app, env: npmEnv, ready: /Docs served at/ });
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
  const bundled = await build({
    entryPoints: [join(app, 'browser.mjs')],
    absWorkingDir: app,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: '<!doctype html><title>app</title><script type="module" src="/app.js"></script>' },
    '/app.js': { type: 'text/javascript', body: bundled.outputFiles[0]?.text ?? '' },
    // What `msw init` copies into an app's public folder, from the app's own msw.
    '/mockServiceWorker.js': { type: 'text/javascript', body: readFileSync(join(app, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js'), 'utf8') },
  };
  const site: Listening = await listen(
    (request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
      response.end(file?.body ?? 'not found');
    },
    0,
    '127.0.0.1',
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
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

/** publint and attw (every exported subpath named, ESM only) on one tarball. */
async function lintTarball(tarball: string, exports: string[]) {
  const publint = await run(bin('publint'), ['run', '--strict', tarball], { cwd: scratch });
  const entrypoints = exports.filter((subpath) => subpath !== './package.json');
  const attw = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--entrypoints', ...entrypoints], { cwd: scratch });
  return { tarball: basename(tarball), publint, attw };
}

let results: {
  app: Ran;
  emptyFolder: Awaited<ReturnType<typeof cliFromEmptyFolder>>;
  image: Awaited<ReturnType<typeof imageEntrypoint>>;
  contract: Ran;
  docs: Awaited<ReturnType<typeof docsServed>>;
  nodenext: Ran;
  bundler: Ran;
  browser: Awaited<ReturnType<typeof browserThroughWorker>>;
  lint: Array<Awaited<ReturnType<typeof lintTarball>>>;
};

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium is not installed at ${chromiumPath}; \`pnpm test:all\` installs it when run as root, or set CHROMIUM_PATH`);
  const began = performance.now();
  const packed = join(scratch, 'tarballs');
  mkdirSync(packed);
  const [started, { tarballs }] = await Promise.all([
    timed('registry', () => startRegistry(join(scratch, 'registry'))),
    timed('build and pack', () => buildAndPack(packed)),
  ]);
  registry = started;
  const publisher = started.publisherConfig;
  await timed('publish', () =>
    Promise.all(
      tarballs.map(async (tarball) => {
        const published = await run('npm', ['publish', tarball, '--userconfig', publisher], { cwd: scratch, env: npmEnv });
        if (published.code !== 0) throw new Error(`npm publish ${basename(tarball)} failed:\n${published.output}`);
      }),
    ),
  );

  cpSync(join(__dirname, 'consumer-app'), app, { recursive: true });
  mkdirSync(empty);
  for (const folder of [app, empty]) writeFileSync(join(folder, '.npmrc'), scopeMapping(started.url));
  const installed = await timed('npm install', () =>
    run('npm', ['install', '--save-dev', '@contracts/cli', '@contracts/client', '@contracts/types', '@contracts/msw', 'msw@2.15.0', '@types/node@^20.19.0'], {
      cwd: app,
      env: npmEnv,
    }),
  );
  if (installed.code !== 0) throw new Error(`npm install failed:\n${installed.output}`);
  forgetNpxInstalls();

  const published = publishedPackages();
  const [appRun, emptyFolder, image, contract, docs, nodenext, bundler, browser, lint] = await Promise.all([
    timed('app.mjs against npx contracts mock', appAgainstMock),
    timed('npx @contracts/cli mock in an empty folder', cliFromEmptyFolder),
    timed("the image's install, entrypoint and health check", () => imageEntrypoint(tarballs)),
    timed('contracts contract against contracts stub', contractAgainstStub),
    timed('contracts docs', docsServed),
    timed('tsc (nodenext)', () => run(bin('tsc'), ['-p', 'tsconfig.nodenext.json'], { cwd: app })),
    timed('tsc (bundler)', () => run(bin('tsc'), ['-p', 'tsconfig.bundler.json'], { cwd: app })),
    timed('esbuild and Chromium', browserThroughWorker),
    timed('publint and attw', () =>
      Promise.all(
        published.map(({ dir, exports }) => {
          const tarball = tarballs.find((file) => basename(file).startsWith(`contracts-${dir}-`)) ?? '';
          return lintTarball(tarball, exports);
        }),
      ),
    ),
  ]);
  results = { app: appRun, emptyFolder, image, contract, docs, nodenext, bundler, browser, lint };
  timings.total = Math.round(performance.now() - began);
  console.log(
    `consumer test wall time (ms):\n${Object.entries(timings)
      .map(([step, ms]) => `  ${step.padEnd(46)} ${ms}`)
      .join('\n')}`,
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

  test('`contracts docs` builds the site and serves it', () => {
    expect(results.docs.landing).toContain('Looker API 4.0');
    expect(results.docs).toMatchObject({ reference: 200, changes: 200 });
  });

  test.each(['nodenext', 'bundler'] as const)('tsc passes under moduleResolution %s, setupServer(...createHandlers()) on the app’s msw included', (mode) => {
    expect(results[mode].output).toBe('');
    expect(results[mode].code).toBe(0);
  });

  test('esbuild bundles the MSW handlers for the browser and Chromium gets its answers from the service worker', () => {
    expect(results.browser.statuses).toEqual({ login: 200, anonymous: 401 });
    expect(results.browser.fromWorker).toEqual([true, true]);
  });

  test('publint and attw (every subpath an entry point) report nothing on any tarball', () => {
    expect(results.lint.map(({ tarball }) => tarball.replace(/-\d.*$/, '')).sort()).toEqual(
      publishedPackages()
        .map(({ dir }) => `contracts-${dir}`)
        .sort(),
    );
    for (const { tarball, publint, attw } of results.lint) {
      expect({ tarball, publint: publint.code, attw: attw.code }).toEqual({ tarball, publint: 0, attw: 0 });
      expect(publint.output).toContain('All good!');
      expect(attw.output).toContain(`@contracts/${tarball.replace(/^contracts-|-\d.*$/g, '')} v`);
    }
  });
});
