import type { Error as LookerError, ValidationError as LookerValidationError } from '@contracts/types/looker';
import { type ErrorResponse, tokenOf, type VendorErrors, type Violation } from '../src/errors';

export type { LookerError, LookerValidationError };

/** Looker's `code` of a field error by the rule it broke; every other rule is `invalid`. */
const codes: Record<string, string> = { required: 'missing_field', already_exists: 'already_exists' };

/**
 * Looker: errors are `{message, documentation_url}`, the URL pointing at the status's page for the API
 * version. A body that breaks the schema gets 422 `Validation Failed` with one `errors[]` entry per field
 * (Looker's own `This field is required.` for a missing one); a bad query, path or header alone gets 400.
 * Calls carry `Authorization: Bearer <token>` or Looker's older `token <token>`.
 */
export function lookerErrors(version = '4.0'): VendorErrors<LookerError> & {
  /** The 422 for fields that broke the spec (or a handler's rule, such as `already_exists`), one `errors[]` entry each. */
  validationError(violations: Violation[]): ErrorResponse<422, LookerValidationError>;
} {
  const documentationUrl = (status: number) => `https://cloud.google.com/looker/docs/r/err/${version}/${status}`;
  const body = (status: number, message: string): LookerError => ({ message, documentation_url: documentationUrl(status) });
  const validationError = (violations: Violation[]): ErrorResponse<422, LookerValidationError> => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: violations.map((violation) => ({
        field: violation.field.join('.') || null,
        code: codes[violation.rule] ?? 'invalid',
        message: violation.rule === 'required' ? 'This field is required.' : violation.message,
        documentation_url: documentationUrl(422),
      })),
      documentation_url: documentationUrl(422),
    },
  });
  return {
    body,
    error: (status, message) => ({ status, body: body(status, message) }),
    validationError,
    invalid(violations) {
      if (violations.some((violation) => violation.location === 'body')) return validationError(violations);
      return {
        status: 400,
        body: body(400, violations.map((violation) => `${[violation.location, ...violation.field].join('/')} ${violation.message}`).join('; ')),
      };
    },
    token: (authorization) => tokenOf(authorization, ['bearer', 'token']),
  };
}

/** Looker API 4.0's errors. */
export const looker = lookerErrors('4.0');

/** A Looker error result for a handler; `S` must be a status the operation documents. */
export const lookerError = looker.error;

/** A Looker 422 result naming one body field, with Looker's `code` for the rule it broke (`already_exists`). */
export function lookerValidationError(field: string, rule: string, message: string) {
  return looker.validationError([{ location: 'body', field: [field], rule, message }]);
}
