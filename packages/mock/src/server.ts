import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import type { Handler } from './mock';

/** A listening HTTP server. */
export interface Listening {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `handler` with CORS for browser apps on any origin (the mock is a local development tool):
 * preflights are answered here, and the answers expose the spec's response headers to scripts.
 */
export function listen(handler: Handler, port: number, host: string, exposedHeaders: string[]): Promise<Listening> {
  const withCors = cors({ origin: true, credentials: true, exposedHeaders, maxAge: 600 });
  const server = createServer((request, response) => {
    withCors(request, response, () => handler(request, response));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections of browsers and SDKs would hold the server open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
