import { createServer, type RequestListener, type Server, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

// Defined beside the vendors' errors, where MSW in a browser reads it too.
export { defaultBodyLimitBytes } from '@contracts/vendors';
export { type ControlApiOptions, controlApi, servesControl } from './control';
export { nodeRequest, writeAnswer, writeOutcome } from './exchange';
export { applyRunSettings, type RunSettings, readFixtureFile } from './run-settings';

/** A listening HTTP server. */
export interface Listening {
  server: Server;
  port: number;
  /** `http://<host>:<port>`, the host in brackets when it is an IPv6 address. */
  origin: string;
  /** Stops listening and closes every connection, keep-alive ones included. */
  close(): Promise<void>;
}

/** Closes `server` and every connection it holds (keep-alive connections of browsers and SDKs would keep it open). */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The status Node's HTTP parser means by a client error it cannot hand to the application. */
function clientErrorStatus(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * Answers a request Node's HTTP parser refused before any application code ran (a request line or headers over
 * 16 KB: 431; a malformed request line: 400; a request too slow to arrive: 408) with `errorBody`, the vendor's JSON
 * error, instead of Node's bare answer with no body. Nothing of the parser's error reaches the client.
 */
export function answerClientErrors(server: Server, errorBody: (status: number, message: string) => unknown): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = clientErrorStatus(error.code);
    const reason = STATUS_CODES[status] ?? 'Bad Request';
    const message =
      status === 431
        ? 'The request line or headers are larger than 16 KB'
        : status === 408
          ? 'The request took too long to arrive'
          : 'The request is not valid HTTP';
    // A HEAD request gets the status and headers only; the parser's raw packet tells which method it was.
    const head = /^HEAD /.test((error as { rawPacket?: Buffer }).rawPacket?.toString('latin1', 0, 5) ?? '');
    const body = head ? '' : JSON.stringify(errorBody(status, message));
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/**
 * Serves `listener` on `host:port` (0 picks a free port). A port in use fails with `inUse`, which should say what to
 * stop or which flag and variable pick another port. With `errorBody`, Node's own client errors are answered in it.
 */
export function listen(
  listener: RequestListener | Server,
  port: number,
  host: string,
  inUse = `port ${port} is in use`,
  errorBody?: (status: number, message: string) => unknown,
): Promise<Listening> {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
  if (errorBody) answerClientErrors(server, errorBody);
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new Error(inUse) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const actual = (server.address() as AddressInfo).port;
      resolve({ server, port: actual, origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`, close: () => closeServer(server) });
    });
  });
}

/** Parses a port given by `source` (a flag such as `--looker-port`, or a variable such as `LOOKER_STUB_PORT=`); undefined when not given. */
export function parsePort(source: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${source}${source.endsWith('=') ? '' : ' '}${raw} is not a port; give a number from 0 to 65535`);
  }
  return port;
}

/**
 * The port a server of `api` listens on: the option, else the variable (`LOOKER_STUB_PORT`), else the spec's port.
 */
export function portFor(option: number | undefined, variable: string, env: Record<string, string | undefined>, fallback: number): number {
  return option ?? parsePort(`${variable}=`, env[variable]) ?? fallback;
}

/**
 * Rate limits from flags, else variables (`<PREFIX>_RATE_LIMIT`, `<PREFIX>_RATE_WINDOW_SECONDS`), else `fallback`:
 * `limit` 0 switches them off. Fails naming the flag or variable of a value that is not a whole number.
 */
export function rateLimitFrom(
  flags: { limit?: string; window?: string },
  prefix: string,
  env: Record<string, string | undefined>,
  fallback: { limit: number; windowSeconds: number },
): { limit: number; windowSeconds: number } {
  const read = (source: string, raw: string | undefined, otherwise: number, least: number) => {
    if (raw === undefined || raw === '') return otherwise;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < least) throw new Error(`${source} ${raw} is not a whole number of at least ${least}`);
    return value;
  };
  return {
    limit: read('--rate-limit', flags.limit, read(`${prefix}_RATE_LIMIT=`, env[`${prefix}_RATE_LIMIT`], fallback.limit, 0), 0),
    windowSeconds: read(
      '--rate-window',
      flags.window,
      read(`${prefix}_RATE_WINDOW_SECONDS=`, env[`${prefix}_RATE_WINDOW_SECONDS`], fallback.windowSeconds, 1),
      1,
    ),
  };
}
