import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultSettings } from '@contracts/pipeline';
import { parse } from 'yaml';
import type { TargetKind } from './targets';

/** Who sends a case's request: a caller each vendor knows, or none. */
export type Caller = 'admin' | 'nonAdmin' | 'anonymous' | 'wrongToken';

/** A request as a case writes it: the path is below the API's base path, with its query string. */
export interface CaseRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** A JSON body, sent as `application/json` unless `headers` say otherwise. */
  json?: unknown;
  /** A form body, sent as `application/x-www-form-urlencoded`. */
  form?: Record<string, string>;
  /** A body sent as it is written (with `headers` giving its type). */
  text?: string;
  /** A JSON object of about this many bytes, to go past a body limit. */
  bytes?: number;
}

/** What a case expects: a status, or (for a fault that drops or holds the connection) no answer at all. */
export interface Expectation {
  status?: number;
  /** The request gets no answer: the connection drops (`reset`), or nothing comes until the client gives up (`hang`). */
  interrupted?: 'reset' | 'hang';
  /** The answer takes at least this long (a latency fault). */
  afterMs?: number;
  /** Headers the answer must carry, by lower-case name: the exact value, or `present`. */
  headers?: Record<string, string>;
  /** The body field (or fields) a refusal names (an `errors[].field` or the field in the message), as the vendor reports it. */
  field?: string | string[];
}

/** One row of the conformance table. */
export interface ConformanceCase {
  name: string;
  api: string;
  /** The operation it exercises, for the table's coverage; absent for a request no operation takes. */
  operation?: string;
  as?: Caller;
  /** The `Authorization` scheme to send the caller's token in (default `Bearer`; Looker also takes `token`). */
  scheme?: string;
  /** Requests sent first, on each target, whatever they answer (the state a case needs). */
  setup?: CaseRequest[];
  request: CaseRequest;
  /** Send the request this many times; the last answer is judged (rate limits). */
  repeat?: number;
  /**
   * A fault injected through the control API before the request (into the row's operation unless it names another,
   * or `*`): the misbehaving vendor's rows. Each target has it removed again after the row.
   */
  fault?: FaultSettings & { operationId?: string };
  expect: Expectation;
  /** Targets whose answer is decided by their state, and what they answer instead, with the reason. */
  state?: Partial<Record<TargetKind, number>> & { why: string };
}

/** A documented status no request can provoke from these servers, with the reason. */
export interface Unprovoked {
  api: string;
  operation: string;
  status: number;
  why: string;
}

export interface ConformanceTable {
  /** The rate limit every server of the table runs with, low enough for a case to reach it. */
  rateLimit: { limit: number; windowSeconds: number };
  cases: ConformanceCase[];
  unprovoked: Unprovoked[];
}

/** The conformance table: `conformance.yaml` beside this package's `src/`. */
export function readConformanceTable(path = join(__dirname, '..', 'conformance.yaml')): ConformanceTable {
  const table = parse(readFileSync(path, 'utf8')) as ConformanceTable;
  for (const row of table.cases) {
    if (row.state && !row.state.why) throw new Error(`conformance.yaml: case "${row.name}" differs by state without saying why`);
    if ((row.expect.status === undefined) === (row.expect.interrupted === undefined))
      throw new Error(`conformance.yaml: case "${row.name}" expects a status or an interruption, and only one`);
  }
  return table;
}

/** The body of a case's request and the `Content-Type` it goes with. */
export function encodeBody(request: CaseRequest): { body?: string; contentType?: string } {
  if (request.form) return { body: new URLSearchParams(request.form).toString(), contentType: 'application/x-www-form-urlencoded' };
  if (request.json !== undefined) return { body: JSON.stringify(request.json), contentType: 'application/json' };
  if (request.bytes !== undefined) return { body: JSON.stringify({ padding: 'x'.repeat(request.bytes) }), contentType: 'application/json' };
  if (request.text !== undefined) return { body: request.text };
  return {};
}
