import type { Error as VersoriError } from '@contracts/types/versori';
import { type ErrorResponse, type Location, tokenOf, type VendorErrors, type Violation } from '../src/errors';

export type { VersoriError };

/** Versori's machine-readable codes, by HTTP status (gRPC-style names, as in the spec's examples). */
const codes: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'already_exists',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
};

const parts: Record<Location, string> = { body: 'request body', path: 'request path parameters', query: 'request query parameters', header: 'request headers' };

/** Versori writes its messages in lower case (`request body is larger than the limit …`). */
const body = (status: number, message: string, details?: VersoriError['details']): VersoriError => {
  const lowered = { code: codes[status] ?? 'unknown', message: message.charAt(0).toLowerCase() + message.slice(1) };
  return details ? { ...lowered, details } : lowered;
};

/**
 * Versori's errors, `{code, message, details?}`. A request that broke the spec gets 400 saying which part
 * failed (`request body failed validation`) with one `details[]` entry per field; the fields are named
 * below the body, or with their location (`query/limit`) when not every one is in the body.
 * Calls carry `Authorization: Bearer <api key>`.
 */
export const versori: VendorErrors<VersoriError> & {
  /** A handler's error, with `details` naming the fields at fault. */
  error<S extends number>(status: S, message: string, details?: VersoriError['details']): ErrorResponse<S, VersoriError>;
  invalid(violations: Violation[]): { status: 400; body: VersoriError };
} = {
  body: (status, message) => body(status, message),
  error: <S extends number>(status: S, message: string, details?: VersoriError['details']) => ({ status, body: body(status, message, details) }),
  invalid(violations) {
    const located = [...new Set(violations.map((violation) => parts[violation.location]))];
    const inBody = violations.every((violation) => violation.location === 'body');
    const details = violations.map((violation) => ({
      field: (inBody ? violation.field : [violation.location, ...violation.field]).join('/'),
      message: violation.message,
    }));
    return { status: 400, body: body(400, `${located.length === 1 ? located[0] : 'request'} failed validation`, details) };
  },
  token: (authorization) => tokenOf(authorization, ['bearer']),
};

/** A Versori error result for a handler, with `details` naming the fields at fault; `S` must be a status the operation documents. */
export const versoriError = versori.error;
