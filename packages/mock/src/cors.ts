import type { RequestListener } from 'node:http';
import cors from 'cors';

/**
 * `listener` with CORS for browser apps on any origin (the mock is a local development tool): preflights are
 * answered here, and the answers expose the spec's response headers to scripts.
 */
export function withCors(listener: RequestListener, exposedHeaders: string[]): RequestListener {
  const handle = cors({ origin: true, credentials: true, exposedHeaders, maxAge: 600 });
  return (request, response) => handle(request, response, () => listener(request, response));
}
