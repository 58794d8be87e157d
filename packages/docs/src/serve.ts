import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { defaultOutDir } from './build';

/** The port `pnpm docs:serve` listens on unless `--port` or `DOCS_PORT` says otherwise. */
export const defaultPort = 8080;

/** The interface it listens on unless `--host` or `DOCS_HOST` says otherwise: this machine only. */
export const defaultHost = '127.0.0.1';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** Port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1; `0.0.0.0` (every interface) in a container. */
  host?: string;
  /** The built site. Default `docs-site` in the current directory. */
  dir?: string;
  /** Serve `/__live/events`, the server-sent events a site built with `liveReload` listens to (`pnpm dev`). */
  liveReload?: boolean;
}

export interface DocsServer {
  /** The landing page's URL, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  port: number;
  /** Tells the open pages that `files` (relative to the site) changed: those showing one of them reload. */
  announce(files: string[]): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method Not Allowed: the docs site is read-only\n');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return send(response, 400, 'Bad Request: malformed URL\n');
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(join(root, pathname));
  // resolve() folds `..`: anything outside the site root is not ours to serve.
  if (file !== root && !file.startsWith(root + sep)) return send(response, 404, 'Not Found\n');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(response, 404, `Not Found: ${pathname}\n`);
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file).pipe(response);
}

/** Serves the built site on 127.0.0.1 unless told another interface. Rejects with what to do when the port is taken. */
export async function serveDocs(options: ServeOptions = {}): Promise<DocsServer> {
  const root = resolve(options.dir ?? defaultOutDir);
  const indexInfo = await stat(join(root, 'index.html')).catch(() => undefined);
  if (!indexInfo) throw new Error(`No site in ${root}; build one first (\`contracts docs build --out ${root}\`)`);
  // The pages listening for changes: one open event stream each.
  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (options.liveReload && request.url === '/__live/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      response.write(': listening\n\n');
      listeners.add(response);
      response.once('close', () => listeners.delete(response));
      return;
    }
    handle(root, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}\n`);
      else response.destroy();
    });
  });
  const port = options.port ?? defaultPort;
  const host = options.host ?? defaultHost;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is in use; pass --port <n> or set DOCS_PORT (0 picks a free port)`) : error),
    );
    server.listen(port, host, resolveListen);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    announce(files) {
      for (const listener of listeners) listener.write(`event: reload\ndata: ${JSON.stringify(files)}\n\n`);
    },
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
