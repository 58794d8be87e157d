import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadApis, type OpenApiDocument, operationsOf, resolveRef } from '@contracts/bundles';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium } from '../../../scripts/test/chromium';
import { buildDocs } from '../src/build';
import { operationAnchor, summaryOf } from '../src/operations';
import { type DocsServer, serveDocs } from '../src/serve';

// A reader on an intranet: Debian's Chromium, every request to another host recorded and blocked.
const artifactsDir = resolve(__dirname, '..', '..', '..', 'test-artifacts', 'docs');
const viewport = { width: 1400, height: 1000 };

jest.setTimeout(120_000);

const apis = loadApis();
let site: string;
let server: DocsServer;
let browser: Browser;

/** A fresh page that records what left 127.0.0.1 and what the console reported as an error. */
async function openPage(path: string): Promise<{ page: Page; offHost: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const offHost: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    offHost.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  return { page, offHost, errors };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first property of the first response's first example, as the JSON line Redoc shows (`"id": "3"`). */
function firstResponseExample(document: OpenApiDocument, responses: Record<string, { $ref?: string }>): string | undefined {
  const first = Object.values(responses)[0];
  if (!first) return undefined;
  const response = resolveRef(document, first) as { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> };
  const media = Object.values(response.content ?? {})[0];
  const value = Object.values(media?.examples ?? {})[0]?.value;
  const [key, item] = Object.entries((value ?? {}) as Record<string, unknown>).find(([, item]) => typeof item !== 'object') ?? [];
  return key === undefined ? undefined : `"${key}": ${JSON.stringify(item)}`;
}

/** Visible and at least partly inside the viewport: what a reader sees without scrolling (Redoc scrolls there smoothly). */
async function inView(locator: ReturnType<Page['locator']>): Promise<boolean> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
  for (const deadline = Date.now() + 5_000; ; ) {
    const box = await locator.boundingBox();
    if (box !== null && box.y + box.height > 0 && box.y < viewport.height) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  requireChromium();
  site = mkdtempSync(join(tmpdir(), 'docs-browser-'));
  await buildDocs({ outDir: site, log: () => {} });
  server = await serveDocs({ port: 0, dir: site });
  browser = await launchChromium();
  mkdirSync(artifactsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('given a page that asks another host for an image', () => {
  test('the recorder catches the request and the console error, so the assertions below can fail', async () => {
    writeFileSync(join(site, 'probe.html'), '<!DOCTYPE html><title>probe</title><img alt="" src="http://cdn.example.com/logo.png">');
    const { page, offHost, errors } = await openPage('/probe.html');
    await page.waitForLoadState('networkidle');
    expect(offHost).toEqual(['http://cdn.example.com/logo.png']);
    expect(errors.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('given the landing page opened in Chromium with other hosts blocked', () => {
  test('it lists every API with its version, base URLs and operations, loads nothing from another host and logs no error', async () => {
    const { page, offHost, errors } = await openPage('/');
    for (const api of apis) {
      const section = page.locator(`section#${api.name}`);
      expect(await section.getByRole('heading', { name: api.title }).isVisible()).toBe(true);
      const text = await section.textContent();
      for (const expected of [api.version, api.vendorUrl, api.mock.url, api.stub.url]) expect(text).toContain(expected);
      for (const operation of operationsOf(api.document)) {
        const link = section.getByRole('link', { name: summaryOf(operation), exact: true });
        expect(await link.isVisible()).toBe(true);
        expect(await link.getAttribute('href')).toBe(`${api.name}.html${operationAnchor(operation)}`);
      }
    }
    await page.screenshot({ path: join(artifactsDir, 'index.png'), fullPage: true });
    expect(offHost).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(apis.map((api) => [api.name, api] as const))('given the %s Changes page followed from the landing page', (name, api) => {
  test('it shows its title and what to do next, loads nothing from another host and logs no error', async () => {
    const { page, offHost, errors } = await openPage('/');
    await page.locator(`section#${name}`).getByRole('link', { name: 'Changes between tagged versions', exact: true }).click();
    await page.waitForURL(`**/${name}-changes.html`);
    expect(await page.getByRole('heading', { level: 1, name: `Changes: ${api.title}` }).isVisible()).toBe(true);
    // This clone's tags decide what the page lists; without any it tells how to tag the current version.
    expect(await page.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, `${name}-changes.png`), fullPage: true });
    expect(offHost).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(apis.map((api) => [api.name, api] as const))(
  'given the %s reference page opened from the landing page link to its first operation',
  (name, api) => {
    // One page per API, as a reader keeps it open: Redoc takes seconds to start on a large reference page.
    let opened: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      opened = await openPage('/');
    });
    afterAll(async () => {
      await opened.page.close();
    });

    test('the link opens the reference page at that operation', async () => {
      const [operation] = operationsOf(api.document);
      if (!operation) throw new Error(`${name} has no operations`);
      const { page } = opened;
      await page
        .locator(`section#${name}`)
        .getByRole('link', { name: summaryOf(operation), exact: true })
        .click();
      await page.waitForURL(`**/${name}.html${operationAnchor(operation)}`);
      const heading = page.locator(`[data-section-id="${operationAnchor(operation).slice(1)}"]`).locator('h1, h2');
      expect(await inView(heading.filter({ hasText: new RegExp(`^${escapeRegExp(summaryOf(operation))}$`) }))).toBe(true);
    });

    test('back at its overview (an empty hash) it shows the API title and links the YAML and JSON downloads', async () => {
      const { page } = opened;
      await page.evaluate(`location.hash = ''`);
      expect(await inView(page.getByRole('heading', { level: 1 }).filter({ hasText: api.title }))).toBe(true);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
      for (const [title, file] of [
        ['Download YAML', `${name}.yaml`],
        ['Download JSON', `${name}.json`],
      ]) {
        const href = await page.getByRole('link', { name: title, exact: true }).first().getAttribute('href');
        const download = await fetch(new URL(href ?? '', page.url()));
        // Read to the end: an unread body keeps fetch's connection open after the test.
        const text = await download.text();
        expect([href, download.status, text.includes(api.title)]).toEqual([file, 200, true]);
      }
    });

    test.each(operationsOf(api.document).map((operation) => [operation.operationId, operation] as const))(
      'moving to %s by its link (Redoc routes by hash) shows its summary, curl and TypeScript samples and its response examples',
      async (_operationId, operation) => {
        const { page } = opened;
        // The landing page's href of this operation (checked above), followed inside the page as a reader's click is.
        // (The callback runs in the page, where `location` is the page's; this file is compiled without DOM types.)
        await page.evaluate(`location.hash = ${JSON.stringify(operationAnchor(operation))}`);

        // Redoc 3 routes to the operation's tag page and scrolls the operation's own section into view.
        const section = page.locator(`[data-section-id="${operationAnchor(operation).slice(1)}"]`);
        const heading = section.locator('h1, h2').filter({ hasText: new RegExp(`^${escapeRegExp(summaryOf(operation))}$`) });
        expect(await inView(heading)).toBe(true);
        const sample = section.locator('pre');
        expect(await sample.filter({ hasText: `curl -X ${operation.method.toUpperCase()} '${api.vendorUrl}` }).isVisible()).toBe(true);

        await section.getByRole('button', { name: 'curl', exact: true }).click();
        await page.getByRole('menuitem', { name: 'TypeScript', exact: true }).click();
        expect(await sample.filter({ hasText: `await client.${operation.method.toUpperCase()}('${operation.path}'` }).isVisible()).toBe(true);
        // Back to curl, so the next operation starts from the same tab.
        await section.getByRole('button', { name: 'TypeScript', exact: true }).click();
        await page.getByRole('menuitem', { name: 'curl', exact: true }).click();

        // Every documented status has its tab, and the first one shows the spec's example body.
        const responses = operation.object.responses as Record<string, { $ref?: string }>;
        for (const status of Object.keys(responses)) expect(await section.getByRole('tab', { name: status, exact: true }).count()).toBeGreaterThan(0);
        const example = firstResponseExample(api.document, responses);
        if (example) expect(await sample.filter({ hasText: example }).first().isVisible()).toBe(true);
      },
    );

    test('all the while it loaded nothing from another host and logged no error', () => {
      expect(opened.offHost).toEqual([]);
      expect(opened.errors).toEqual([]);
    });
  },
);
