import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Target, TargetKind } from './targets';

/**
 * A vendor's SDK replayed request for request: `packages/conformance/sdk/<api>.yaml` lists, per SDK call, the
 * request exactly as the SDK puts it on the wire (method, path with its query string, the headers it sets, the
 * body) and what the call needs back. The facts come from reading each SDK's source; the files cite where.
 *
 * `{{name}}` in a path, header, body or expectation stands for a value an earlier step saved from its answer
 * (`save: { name: dotted.path }`); in a path it is percent-encoded, as every SDK here encodes query values and ids.
 */
export interface ReplayRequest {
  method: string;
  path: string;
  /** Headers this call adds to the replay's common ones. */
  headers?: Record<string, string>;
  /** A string is sent as it is (a form body); anything else as JSON, as the SDKs serialise it. */
  body?: unknown;
}

/** A cursor walk as the SDK (or a caller's loop over it) does it: the first page, then each page the answer points to. */
export interface ReplayWalk {
  /** The first page's path, as sent. */
  first: string;
  /** Every later page's path; `{{cursor}}` is the previous answer's cursor. */
  then: string;
  /** The answer's field holding the cursor; the walk ends when it is missing, null or empty. */
  cursor: string;
  /** The answer's field holding the page's items, each with an `id`. */
  items: string;
}

export interface ReplayExpectation {
  status: number;
  /** Matched as a subset of the answer (jest's toMatchObject). */
  body?: unknown;
  /** Fields (dotted paths) the answer must carry, whatever their values. */
  has?: string[];
  /** A walk's items: exactly these ids, each once, in any order. */
  ids?: string[];
  /** A walk's number of requests. */
  pages?: number;
}

/** Where one target rightly answers otherwise, and why; it replaces those fields of `expect` for that target. */
export interface ReplayDifference extends Partial<ReplayExpectation> {
  why: string;
}

export interface ReplayStep {
  /** The SDK call, as a program writes it. */
  call: string;
  /** What the SDK puts on the wire for it, and where in the SDK's source that is decided. */
  sends: string;
  request?: ReplayRequest;
  walk?: ReplayWalk;
  /** What the stateful stub and MSW answer. */
  expect: ReplayExpectation;
  save?: Record<string, string>;
  stub?: ReplayDifference;
  mock?: ReplayDifference;
  msw?: ReplayDifference;
}

export interface Replay {
  /** The SDK, its version and the commit read. */
  sdk: string;
  /** Headers the SDK sets on every request. */
  headers: Record<string, string>;
  steps: ReplayStep[];
}

export interface ReplayOutcome {
  /** The status of the request, or of a walk's first page that did not answer 2xx (else its last page's). */
  status: number;
  body: unknown;
  text: string;
  ids: string[];
  pages: number;
}

/** A walk that has not ended after this many pages is going round in circles. */
const maxPages = 50;

export function loadReplay(api: string): Replay {
  return parse(readFileSync(join(__dirname, '..', 'sdk', `${api}.yaml`), 'utf8')) as Replay;
}

/** What `kind` must answer to the step: `expect`, with the target's own difference applied. */
export function expectationOf(step: ReplayStep, kind: TargetKind, saved: ReadonlyMap<string, string>): ReplayExpectation {
  const { why: _why, ...difference } = step[kind] ?? { why: '' };
  return substitute({ ...step.expect, ...difference }, saved) as ReplayExpectation;
}

function valueAt(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

function fill(text: string, saved: ReadonlyMap<string, string>, encode: (value: string) => string = (value) => value): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = saved.get(name);
    if (value === undefined) throw new Error(`no earlier step saved {{${name}}}`);
    return encode(value);
  });
}

function substitute(node: unknown, saved: ReadonlyMap<string, string>): unknown {
  if (typeof node === 'string') return fill(node, saved);
  if (Array.isArray(node)) return node.map((item) => substitute(item, saved));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, substitute(value, saved)]));
  return node;
}

/** Sends the step to `target` as the SDK would, saving what the step says to save into `saved`. */
export async function replayStep(target: Target, replay: Replay, step: ReplayStep, saved: Map<string, string>): Promise<ReplayOutcome> {
  const send = (request: ReplayRequest, variables: ReadonlyMap<string, string>) => {
    const body = request.body === undefined ? undefined : substitute(request.body, variables);
    return target.send({
      method: request.method,
      path: fill(request.path, variables, encodeURIComponent),
      headers: substitute({ ...replay.headers, ...request.headers }, variables) as Record<string, string>,
      body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
    });
  };

  if (step.request) {
    const reply = await send(step.request, saved);
    for (const [name, path] of Object.entries(step.save ?? {})) {
      const value = valueAt(reply.body, path);
      if (value !== undefined && value !== null) saved.set(name, String(value));
    }
    return { status: reply.status, body: reply.body, text: reply.text, ids: [], pages: 1 };
  }
  if (!step.walk) throw new Error(`${step.call}: a step needs a request or a walk`);

  const walk = step.walk;
  const ids: string[] = [];
  let path = walk.first;
  let cursor = new Map(saved);
  for (let pages = 1; pages <= maxPages; pages += 1) {
    const reply = await send({ method: 'GET', path }, cursor);
    if (reply.status < 200 || reply.status > 299) return { status: reply.status, body: reply.body, text: reply.text, ids, pages };
    const items = valueAt(reply.body, walk.items);
    ids.push(...(Array.isArray(items) ? items : []).map((item) => String((item as { id?: unknown }).id)));
    const next = valueAt(reply.body, walk.cursor);
    if (next === undefined || next === null || next === '') return { status: reply.status, body: reply.body, text: reply.text, ids, pages };
    cursor = new Map([...saved, ['cursor', String(next)]]);
    path = walk.then;
  }
  throw new Error(`${step.call}: the walk did not end within ${maxPages} pages`);
}
