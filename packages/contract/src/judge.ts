import type { Exchange } from './http';
import { documentedStatuses, escapePointer, type KitOperation, responseFor } from './operations';
import type { SchemaError, Schemas } from './schemas';

/** One way an answer broke the contract. */
export interface Breach {
  message: string;
  /** The rule of the spec at stake, as a pointer into the bundle. */
  schemaPath?: string;
}

/** What the kit expects of an answer, beyond what every answer must be. */
export type Expectation =
  /** A valid request: a documented 2xx. */
  | { kind: 'success' }
  /**
   * A request the server must refuse: one of these documented 4xx. `violations` are the rules of the spec it
   * breaks; `accepted` says what a 2xx would mean when it breaks none (a deleted resource still there).
   */
  | { kind: 'rejection'; statuses: number[]; violations?: SchemaError[]; accepted?: string }
  /** A request the server may accept or refuse: a documented 2xx or any documented 4xx. */
  | { kind: 'either' };

export interface Verdict {
  outcome: 'passed' | 'failed' | 'skipped';
  breaches: Breach[];
  /** Why a case was skipped. */
  reason?: string;
}

/** Signs that a body carries a server's internals rather than an answer. */
const internals: Array<[RegExp, string]> = [
  [/\n\s*at \S.*:\d+:\d+\)?/, 'a stack trace'],
  [/node:internal|node_modules[\\/]/, 'a server file path'],
  [
    /\b(TypeError|ReferenceError|RangeError): |Cannot read propert(y|ies) of (undefined|null)|is not a function\b|Maximum call stack size exceeded/,
    'an internal JavaScript error',
  ],
];

const formatStatuses = (statuses: number[]) => (statuses.length === 0 ? 'none documented' : statuses.join('|'));

/** The expectation as the failure line states it. */
export function describeExpectation(operation: KitOperation, expectation: Expectation): string {
  if (expectation.kind === 'success') return `2xx (${formatStatuses(documentedStatuses(operation, 200, 300))})`;
  if (expectation.kind === 'rejection') return formatStatuses(expectation.statuses);
  return `2xx or documented 4xx (${formatStatuses(documentedStatuses(operation, 200, 500))})`;
}

const mediaTypeOf = (header: string | null) => header?.split(';')[0]?.trim().toLowerCase() ?? '';

function headerValue(schema: Record<string, unknown> | undefined, raw: string): unknown {
  const types = ([] as unknown[]).concat(schema?.type ?? []);
  if ((types.includes('integer') || types.includes('number')) && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

const fromSchema = (errors: SchemaError[], prefix: string): Breach[] =>
  errors.map((error) => ({ message: `${prefix}${error.instancePath || ''} ${error.message}`.trim(), schemaPath: error.schemaPath }));

/**
 * The breaches every answer is checked for, whatever was asked: an answer at all, no 5xx, a documented
 * status, its documented media type, headers and schema (write-only fields forbidden), no HTML, no
 * server internals, and none of the write-only values sent so far.
 */
export function answerBreaches(operation: KitOperation, exchange: Exchange, schemas: Schemas, secrets: ReadonlySet<string>): Breach[] {
  if (exchange.status === 0) return [{ message: `no answer: ${exchange.failure}` }];
  const breaches: Breach[] = [];
  const documented = responseFor(operation, exchange.status);
  if (exchange.status >= 500) breaches.push({ message: `server error ${exchange.status}` });
  const contentType = mediaTypeOf(exchange.headers.get('content-type'));
  if (contentType === 'text/html' || /^\s*<(!doctype|html)/i.test(exchange.text)) breaches.push({ message: 'answered an HTML page' });
  for (const [pattern, what] of internals) if (pattern.test(exchange.text)) breaches.push({ message: `the body shows ${what}` });
  for (const secret of secrets) {
    if (exchange.text.includes(secret)) breaches.push({ message: `the body repeats a value sent in a write-only field (${secret.slice(0, 6)}…)` });
  }
  if (!documented) {
    breaches.push({ message: `status ${exchange.status} is not documented for ${operation.operationId}` });
    return breaches;
  }
  const pointer = `#/paths/${escapePointer(operation.path)}/${operation.method}/responses/${documented.status}`;
  for (const header of documented.headers) {
    const raw = exchange.headers.get(header.name);
    if (raw === null) {
      if (header.required) breaches.push({ message: `the required header ${header.name} is missing`, schemaPath: pointer });
      continue;
    }
    if (header.schema) breaches.push(...fromSchema(schemas.response(header.schemaPointer, headerValue(header.schema, raw)), `header ${header.name}`));
  }
  if (documented.content.length === 0) {
    if (exchange.text !== '') breaches.push({ message: `a body was sent, but ${documented.status} is documented without one`, schemaPath: pointer });
    return breaches;
  }
  const media = documented.content.find((candidate) => candidate.mediaType.toLowerCase() === contentType);
  if (!media) {
    breaches.push({
      message: `Content-Type ${contentType || '(none)'} is not documented for ${documented.status} (${documented.content.map((c) => c.mediaType).join(', ')})`,
      schemaPath: `${pointer}/content`,
    });
    return breaches;
  }
  if (!/json/.test(media.mediaType) || !media.schema) return breaches;
  let body: unknown;
  try {
    body = JSON.parse(exchange.text);
  } catch {
    breaches.push({ message: `the body is not JSON: ${JSON.stringify(exchange.text.slice(0, 40))}`, schemaPath: `${pointer}/content` });
    return breaches;
  }
  breaches.push(...fromSchema(schemas.response(media.schemaPointer, body), 'body'));
  return breaches;
}

/** The breach of the status alone: what a case expects of it, beyond being documented. */
function statusVerdict(exchange: Exchange, expectation: Expectation): Verdict {
  const { status } = exchange;
  const success = status >= 200 && status < 300;
  if (status === 429) return { outcome: 'skipped', breaches: [], reason: 'rate limited by the target (429)' };
  if (expectation.kind === 'either') return { outcome: 'passed', breaches: [] };
  if (expectation.kind === 'success') {
    if (success) return { outcome: 'passed', breaches: [] };
    if (status === 409)
      return { outcome: 'skipped', breaches: [], reason: 'the target already holds what the example creates (409): run against a fresh target' };
    if (status === 404) return { outcome: 'skipped', breaches: [], reason: 'the target has no entity with the example id (404): name one it has with --param' };
    return { outcome: 'failed', breaches: [{ message: 'a valid request was refused' }] };
  }
  if (expectation.statuses.includes(status)) return { outcome: 'passed', breaches: [] };
  if (!success) return { outcome: 'failed', breaches: [{ message: 'refused with another status than documented for this fault' }] };
  const violation = expectation.violations?.[0];
  return {
    outcome: 'failed',
    breaches: [
      {
        message: expectation.accepted ?? `an invalid request was accepted${violation ? ` (the request's ${violation.message})` : ''}`,
        schemaPath: violation?.schemaPath || undefined,
      },
    ],
  };
}

/** Judges one answer against what every answer must be and what this case expects. */
export function judge(operation: KitOperation, exchange: Exchange, expectation: Expectation, schemas: Schemas, secrets: ReadonlySet<string>): Verdict {
  const answer = answerBreaches(operation, exchange, schemas, secrets);
  const verdict = exchange.status === 0 ? { outcome: 'failed' as const, breaches: [] } : statusVerdict(exchange, expectation);
  const breaches = [...verdict.breaches, ...answer];
  return breaches.length > 0 ? { outcome: 'failed', breaches } : verdict;
}
