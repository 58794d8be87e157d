import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DocsServer, serveDocs } from '../src/serve';

let site: string;
let server: DocsServer;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'docs-serve-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>landing</title>');
  writeFileSync(join(site, 'looker.yaml'), 'openapi: 3.1.0\n');
  server = await serveDocs({ port: 0, dir: site });
});

afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

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
    expect((await fetch(new URL('/%2e%2e/%2e%2e/etc/passwd', server.url))).status).toBe(404);
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
    await expect(serveDocs({ port: 0, dir: empty })).rejects.toThrow('run `pnpm docs:build` first');
    rmSync(empty, { recursive: true, force: true });
  });
});
