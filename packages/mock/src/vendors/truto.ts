import type { LocalCredentials } from '@contracts/credentials';
import { truto as errors } from '@contracts/vendor-errors';
import type { Vendor } from './vendor';

/** Truto: its error shapes, and the one API token as `Authorization: Bearer <token>`. */
export function truto(credentials: LocalCredentials): Vendor {
  return {
    error: errors.body,
    invalid: errors.invalid,
    authenticate: (authorization) => errors.token(authorization) === credentials.trutoApiToken,
  };
}
