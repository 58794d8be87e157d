import type { IncomingHttpHeaders } from 'node:http';
import type { ErrorResponse, Violation } from '@contracts/vendor-errors';
import type { OperationInfo } from '../document';

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
 * How one vendor's API behaves where the spec alone does not say it: its error bodies (from
 * `@contracts/vendor-errors`), which credentials it accepts, and what it does with an answer
 * (Looker's `fields`, tokens from `/login`).
 */
export interface Vendor {
  /** The vendor's error body for `status` with `message`. */
  error(status: number, message: string): unknown;
  /** The vendor's status and body for a request that broke the spec. */
  invalid(violations: Violation[]): ErrorResponse;
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
