import type { IncomingHttpHeaders } from 'node:http';
import type { OperationInfo } from '../document';
import type { Issue } from '../issues';

/** A request that reached an operation, with its body parsed (JSON, or form fields as an object). */
export interface MockRequest {
  operation: OperationInfo;
  /** The path parameters, by name. */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  query: Record<string, string | string[]>;
  body: unknown;
}

/** What the mock answers. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string | number>;
  body?: unknown;
}

/**
 * How one vendor's API behaves where the spec alone does not say it: its error bodies, which
 * credentials it accepts, and what it does with an answer (Looker's `fields`, tokens from `/login`).
 */
export interface Vendor {
  /** The vendor's error body for `status` with `message`. */
  error(status: number, message: string): unknown;
  /** The vendor's body for a request that broke the spec (`status` is 422 where documented, else 400). */
  invalid(status: number, issues: Issue[]): unknown;
  /** Whether the `Authorization` header carries a credential the vendor accepts. */
  authenticate(authorization: string | undefined): boolean;
  /**
   * Refuses a request that the spec's schemas accept but the vendor would not (wrong credentials in
   * Looker's `/login` body, a Versori body id that disagrees with the path). Without a body, the
   * documented example of the status is answered.
   */
  refuse?(request: MockRequest): { status: number; body?: unknown } | undefined;
  /** Adjusts the answer to a valid request the way the vendor would. */
  answer?(request: MockRequest, answer: MockAnswer): MockAnswer;
}

/** The token of an `Authorization: <scheme> <token>` header when its scheme is one of `schemes`. */
export function tokenOf(authorization: string | undefined, schemes: string[]): string | undefined {
  const match = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? '');
  if (!match?.[1] || !schemes.includes(match[1].toLowerCase())) return undefined;
  return match[2];
}
