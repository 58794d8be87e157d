import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDocs } from '../src/index';
import { type DocsServer, serveDocs } from '../src/serve';

let parent: string;
let site: string;
let server: DocsServer;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'docs-serve-'));
  site = join(parent, 'site');
  mkdirSync(site);
  writeFileSync(join(parent, 'secret.txt'), 'outside the site');
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>landing</title>');
  writeFileSync(join(site, 'looker.yaml'), 'openapi: 3.1.0\n');
  server = await serveDocs({ port: 0, dir: site });
});

afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

/** GET with the path sent as is: fetch() would fold `..` before it leaves the client. */
function rawGet(path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

describe('given a served site', () => {
  test('it listens on 127.0.0.1 and answers / with the landing page as HTML', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>landing</title>');
  });

  test('it serves a bundle download with a YAML content type', async () => {
    const response = await fetch(new URL('looker.yaml', server.url));
    expect(response.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(await response.text()).toBe('openapi: 3.1.0\n');
  });

  test('it answers 404 for a missing file and for a path that climbs out of the site', async () => {
    expect((await fetch(new URL('missing.html', server.url))).status).toBe(404);
    expect(await rawGet('/../secret.txt')).toBe(404);
    expect(await rawGet('/%2e%2e/secret.txt')).toBe(404);
    expect(await rawGet('/looker.yaml')).toBe(200);
  });

  test('it answers 405 to anything but GET and HEAD', async () => {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('given a port that is already taken', () => {
  test('serveDocs rejects and names the flag and variable that choose another', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    await expect(serveDocs({ port, dir: site })).rejects.toThrow(`Port ${port} on 127.0.0.1 is in use; pass --port <n> or set DOCS_PORT`);
    await new Promise((resolve) => blocker.close(resolve));
  });
});

describe('given a directory with no built site', () => {
  test('serveDocs rejects and says to build first', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'docs-empty-'));
    await expect(serveDocs({ port: 0, dir: empty })).rejects.toThrow('build one first (`contracts docs build --out');
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('given startDocs without a rebuild, as `pnpm start` runs it', () => {
  test('it serves the site and returns its URL under urls.docs, and close() frees the port', async () => {
    const docs = await startDocs({ port: 0, dir: site, build: false });
    expect((await fetch(docs.urls.docs)).status).toBe(200);
    await docs.close();
    await expect(fetch(docs.urls.docs)).rejects.toThrow();
  });
});
