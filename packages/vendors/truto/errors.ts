import type { Error as TrutoError } from '@contracts/types/truto';
import { type Location, reasonPhrases, tokenOf, type VendorErrors, type Violation } from '../src/errors';

export type { TrutoError };

// Truto's API is built on a Fastify-style stack: errors are {statusCode, error, message}, and one 400
// names every field as `body/is_enabled must be boolean`, in Fastify's words for each location.
const prefixes: Record<Location, string> = { body: 'body', path: 'params', query: 'querystring', header: 'headers' };

/**
 * `body/is_enabled must be boolean`. A missing property is reported on its parent, whose message names
 * it (`body must have required property 'url'`); an unexpected one is named, as its message does not.
 */
const describe = (violation: Violation) =>
  `${[prefixes[violation.location], ...(violation.rule === 'required' ? violation.field.slice(0, -1) : violation.field)].join('/')} ${violation.message}`;

const body = (status: number, message: string): TrutoError => ({ statusCode: status, error: reasonPhrases[status] ?? 'Error', message });

/** Truto's errors; calls carry `Authorization: Bearer <api token>`. */
export const truto: VendorErrors<TrutoError> & { invalid(violations: Violation[]): { status: 400; body: TrutoError } } = {
  body,
  error: (status, message) => ({ status, body: body(status, message) }),
  invalid: (violations) => ({ status: 400, body: body(400, violations.map(describe).join(', ')) }),
  token: (authorization) => tokenOf(authorization, ['bearer']),
};

/** A Truto error result for a handler; `S` must be a status the operation documents. */
export const trutoError = truto.error;
