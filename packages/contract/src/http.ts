import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';

/** A request as the kit sends it: the path is below the base URL, already encoded, query included. */
export interface OutgoingRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Exchange {
  request: OutgoingRequest;
  /** 0 when no answer came (refused, reset, timed out). */
  status: number;
  headers: Headers;
  text: string;
  /** Why no answer came, when `status` is 0. */
  failure?: string;
}

/** Whether requests to `url` stay on this machine: 127.0.0.0/8, ::1 (also IPv4-mapped) or `localhost`. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host.toLowerCase() === 'localhost') return true;
  if (!ipaddr.isValid(host)) return false;
  return ipaddr.process(host).range() === 'loopback';
}

/** Methods that only read: everything else is a write, sent only where writes are allowed. */
export const readMethods = new Set(['GET', 'HEAD']);

/** The server under test: sends requests below its base URL over kept-alive connections, and counts them. */
export class Target {
  readonly baseUrl: string;
  sent = 0;
  /** Requests that got an answer, and why the last one that got none did not. */
  answered = 0;
  lastFailure: string | undefined;
  private readonly url: URL;
  private readonly agent: http.Agent;

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number,
    private readonly onSent: (count: number) => void = () => {},
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.url = new URL(this.baseUrl);
    this.agent = this.url.protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  }

  send(request: OutgoingRequest): Promise<Exchange> {
    this.sent++;
    this.onSent(this.sent);
    const client = this.url.protocol === 'https:' ? https : http;
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    return new Promise((resolve) => {
      const failed = (failure: string) => {
        this.lastFailure = failure;
        resolve({ request, status: 0, headers: new Headers(), text: '', failure });
      };
      const outgoing = client.request(
        {
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port,
          path: `${this.url.pathname.replace(/\/$/, '')}${request.path}`,
          method: request.method,
          headers,
          agent: this.agent,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => failed(error.message));
          response.on('end', () => {
            const received = new Headers();
            for (const [name, value] of Object.entries(response.headers))
              if (value !== undefined) received.set(name, Array.isArray(value) ? value.join(', ') : value);
            this.answered++;
            resolve({ request, status: response.statusCode ?? 0, headers: received, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      outgoing.setTimeout(this.timeoutMs, () => outgoing.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      outgoing.on('error', (error: NodeJS.ErrnoException) =>
        failed(error.code && error.code !== 'ERR_INVALID_ARG_TYPE' ? `${error.code}: ${error.message}` : error.message),
      );
      outgoing.end(body);
    });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}
