import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApis, loadControlApi, operationsOf } from '@contracts/bundles';
import { type BuildResult, buildDocs, docsDocument } from '../src/build';
import { operationAnchor } from '../src/operations';
import { externalLoads } from '../src/self-contained';

jest.setTimeout(120_000);

// The vendors' APIs and the control API every stub and mock serves.
const apis = [...loadApis(), loadControlApi()];
let outDir: string;
let result: BuildResult;
const lines: string[] = [];

beforeAll(async () => {
  outDir = join(mkdtempSync(join(tmpdir(), 'docs-build-')), 'site');
  result = await buildDocs({ outDir, log: (line) => lines.push(line) });
});

afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

const page = (file: string) => readFileSync(join(outDir, file), 'utf8');

describe('given the site built from the bundled specs', () => {
  test('it writes the landing page, one reference page per API and each bundle as YAML and JSON', () => {
    const expected = ['index.html', ...apis.flatMap((api) => [`${api.name}.html`, `${api.name}-changes.html`, `${api.name}.yaml`, `${api.name}.json`])];
    expect(result.files.map((file) => file.file).sort()).toEqual(expected.sort());
    for (const file of result.files) expect(file.bytes).toBeGreaterThan(0);
    // Readable by a web server running as another user.
    expect(statSync(outDir).mode & 0o777).toBe(0o755);
  });

  test('it reports one progress line per page with its size and time, and a total', () => {
    for (const file of ['index.html', ...apis.flatMap((api) => [`${api.name}.html`, `${api.name}-changes.html`])]) {
      expect(lines.some((line) => line.includes(file) && /\d+(\.\d+)? (B|KB|MB)/.test(line) && /\d+(\.\d+)? (ms|s)/.test(line))).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/docs built in .* 4 reference pages/);
  });

  test('the YAML downloads are the bundles byte for byte and the JSON downloads the same documents', () => {
    for (const api of apis) {
      expect(page(`${api.name}.yaml`)).toBe(readFileSync(api.bundlePath, 'utf8'));
      expect(JSON.parse(page(`${api.name}.json`))).toEqual(api.document);
    }
  });

  test('the landing page gives each API its title, version, vendor, mock and stub URLs, downloads and operation links', () => {
    const index = page('index.html');
    for (const api of apis) {
      for (const text of [
        api.title,
        api.version,
        api.vendorUrl,
        api.mock.url,
        api.stub.url,
        `href="${api.name}.yaml"`,
        `href="${api.name}.json"`,
        `href="${api.name}-changes.html"`,
      ]) {
        expect(index).toContain(text);
      }
      for (const operation of operationsOf(api.document)) expect(index).toContain(`href="${api.name}.html${operationAnchor(operation)}"`);
    }
  });

  test("the control API's section says where every stub and mock serves it, in place of a vendor URL", () => {
    const section = /<section id="control"[\s\S]*?<\/section>/.exec(page('index.html'))?.[0] ?? '';
    expect(section).toContain('under <code>/__contracts/</code> at the root of its origin');
    expect(section).toContain('<code>http://127.0.0.1:3010/__contracts/</code>');
    expect(section).not.toContain('Vendor base URL');
  });

  test('no page loads anything from another host, and every page carries a strict Content-Security-Policy', () => {
    for (const file of ['index.html', ...apis.flatMap((api) => [`${api.name}.html`, `${api.name}-changes.html`])]) {
      const html = page(file);
      expect(externalLoads(html)).toEqual([]);
      expect(html).not.toContain('cdn.redoc.ly');
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src [^"]*connect-src 'self'/);
    }
    // The Redoc script is inlined: no <script src> at all.
    for (const api of apis) expect(page(`${api.name}.html`)).not.toMatch(/<script[^>]*\ssrc=/);
  });

  test('each reference page embeds its generated code samples, while the bundles stay without them', () => {
    for (const api of apis) {
      const embedded = /const __redoc_definition = (.*);\n/.exec(page(`${api.name}.html`))?.[1];
      expect(embedded).toBeDefined();
      const operations = operationsOf(JSON.parse(embedded as string));
      expect(operations).toHaveLength(operationsOf(api.document).length);
      for (const operation of operations) {
        expect((operation.object['x-codeSamples'] as Array<{ label: string }>).map((sample) => sample.label)).toEqual(['curl', 'TypeScript']);
      }
      expect(operationsOf(docsDocument(api)).map((operation) => operation.object['x-codeSamples'])).toEqual(
        operations.map((operation) => operation.object['x-codeSamples']),
      );
      expect(JSON.stringify(api.document)).not.toContain('x-codeSamples');
      expect(readFileSync(api.bundlePath, 'utf8')).not.toContain('x-codeSamples');
    }
  });
});

describe('given the Looker page, whose hub operations are marked x-looker-rate-limited', () => {
  test('its Redoc options show that extension and offer the curl, TypeScript and Payload samples', () => {
    const options = JSON.parse(/const __redoc_options = (.*);\n/.exec(page('looker.html'))?.[1] ?? '{}');
    expect(options.showExtensions).toEqual(['x-looker-rate-limited']);
    expect(options.codeSamples.languages.map((language: { label: string }) => language.label)).toEqual(['curl', 'TypeScript', 'Payload']);
    expect(options.disableTelemetry).toBe(true);
  });
});

describe('given an output directory that holds something else', () => {
  test('the build refuses to replace it and says what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-foreign-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'keep.txt'), 'mine');
    await expect(buildDocs({ outDir: dir, log: () => {} })).rejects.toThrow(/holds no site built by @contracts\/docs; choose an empty or new directory/);
    expect(readFileSync(join(dir, 'notes', 'keep.txt'), 'utf8')).toBe('mine');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('given a spec that cannot be documented (a path parameter without an example)', () => {
  test('the build fails naming the operation and leaves the previous site and no staging directory behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'docs-broken-'));
    const dir = join(parent, 'site');
    await buildDocs({ outDir: dir, apis: apis.filter((api) => api.name === 'truto'), log: () => {} });
    const before = readFileSync(join(dir, 'index.html'), 'utf8');

    const truto = apis.find((api) => api.name === 'truto');
    if (!truto) throw new Error('no truto bundle');
    const document = structuredClone(truto.document);
    const parameters = (document.components as { parameters: Record<string, { example?: unknown }> }).parameters;
    for (const parameter of Object.values(parameters)) delete parameter.example;
    await expect(buildDocs({ outDir: dir, apis: [{ ...truto, document }], log: () => {} })).rejects.toThrow(
      'truto getEnvironmentIntegration: path parameter "id" has no example; add one to the spec',
    );
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(parent)).toEqual(['site']);
    rmSync(parent, { recursive: true, force: true });
  });
});

describe('given markup that would load from other hosts', () => {
  test('externalLoads() finds scripts, stylesheets, images, CSS urls and imports, but not links or script text', () => {
    const html = [
      '<script src="https://cdn.example.com/redoc.js"></script>',
      '<link rel="stylesheet" href="//fonts.example.com/css">',
      "<img alt='' src='http://images.example.com/logo.png'>",
      '<style>@import "https://fonts.example.com/a.css"; body { background: url(https://img.example.com/bg.png) }</style>',
      '<a href="https://vendor.example.com/docs">vendor docs</a>',
      '<script>const documented = "https://api.example.com/v1";</script>',
    ].join('\n');
    expect(externalLoads(html)).toEqual([
      '<script> https://cdn.example.com/redoc.js',
      '<link> //fonts.example.com/css',
      '<img> http://images.example.com/logo.png',
      'url() https://img.example.com/bg.png',
      '@import https://fonts.example.com/a.css',
    ]);
  });
});
