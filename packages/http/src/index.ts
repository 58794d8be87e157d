import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Defined beside the vendors' errors, where MSW in a browser reads it too.
export { defaultBodyLimitBytes } from '@contracts/vendors';

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

/**
 * Serves `listener` on `host:port` (0 picks a free port). A port in use fails with `inUse`, which should say what to
 * stop or which flag and variable pick another port.
 */
export function listen(listener: RequestListener | Server, port: number, host: string, inUse = `port ${port} is in use`): Promise<Listening> {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
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
