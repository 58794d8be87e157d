import type { Error as VersoriError, ErrorField as VersoriErrorField } from '@contracts/types/versori';
import { type ErrorResponse, type Location, tokenOf, type VendorErrors, type Violation } from '../src/errors';

export type { VersoriError, VersoriErrorField };

/** Versori's machine-readable codes, by HTTP status (gRPC-style names, as in the spec's examples). */
const codes: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  // Versori's only documented 409 is Delete Connector's "in use by another product".
  409: 'failed_precondition',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
};

const parts: Record<Location, string> = { body: 'request body', path: 'request path parameters', query: 'request query parameters', header: 'request headers' };

/** Versori's field paths: `connectionVariables[0].value` (dots between names, brackets around indexes). */
const fieldPath = (segments: string[]) =>
  segments.reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');

/** Versori writes its messages in lower case (`request body is larger than the limit …`). */
const body = (status: number, message: string, fields?: VersoriErrorField[]): VersoriError => {
  const lowered = { code: codes[status] ?? 'unknown', message: message.charAt(0).toLowerCase() + message.slice(1) };
  return fields ? { ...lowered, fields } : lowered;
};

/**
 * Versori's errors, `{code, message, fields?, details?}`. A request that broke the spec gets 400 saying which
 * part failed (`request body failed validation`) with one `fields[]` entry per field; the fields are named
 * below the body, or with their location (`query.first`) when not every one is in the body.
 * Calls carry `Authorization: Bearer <api key>`.
 */
export const versori: VendorErrors<VersoriError> & {
  /** A handler's error, with `fields` naming the fields at fault. */
  error<S extends number>(status: S, message: string, fields?: VersoriErrorField[]): ErrorResponse<S, VersoriError>;
  invalid(violations: Violation[]): { status: 400; body: VersoriError };
} = {
  body: (status, message) => body(status, message),
  error: <S extends number>(status: S, message: string, fields?: VersoriErrorField[]) => ({ status, body: body(status, message, fields) }),
  invalid(violations) {
    const located = [...new Set(violations.map((violation) => parts[violation.location]))];
    const inBody = violations.every((violation) => violation.location === 'body');
    const fields = violations.map((violation) => ({
      field: fieldPath(inBody ? violation.field : [violation.location, ...violation.field]),
      message: violation.message,
    }));
    return { status: 400, body: body(400, `${located.length === 1 ? located[0] : 'request'} failed validation`, fields) };
  },
  token: (authorization) => tokenOf(authorization, ['bearer']),
};

/** A Versori error result for a handler, with `fields` naming the fields at fault; `S` must be a status the operation documents. */
export const versoriError = versori.error;
