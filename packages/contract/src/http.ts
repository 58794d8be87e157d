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

/** The server under test: sends requests below its base URL and counts them. */
export class Target {
  readonly baseUrl: string;
  sent = 0;

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number,
    private readonly onSent: (count: number) => void = () => {},
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async send(request: OutgoingRequest): Promise<Exchange> {
    this.sent++;
    this.onSent(this.sent);
    try {
      const response = await fetch(`${this.baseUrl}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return { request, status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const failure =
        (error as Error).name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
      return { request, status: 0, headers: new Headers(), text: '', failure };
    }
  }
}
