import type { LocalCredentials } from '@contracts/credentials';
import { versori as errors } from '@contracts/vendor-errors';
import type { Vendor } from './vendor';

/** Body fields that repeat a path parameter. */
const pathIds: Record<string, string> = { id: 'connector_id', organisationId: 'organisation_id' };

/** Versori: its error shapes, the API key as `Authorization: Bearer <key>`, and the body's ids checked against the path. */
export function versori(credentials: LocalCredentials): Vendor {
  return {
    error: errors.body,
    invalid: errors.invalid,
    authenticate: (authorization) => errors.token(authorization) === credentials.versoriApiKey,
    refuse: (request) => {
      // The body may repeat the ids of the path, and then must agree with them (ConnectorUpdate's `id`, `organisationId`).
      const body = (request.body ?? {}) as Record<string, unknown>;
      for (const [field, param] of Object.entries(pathIds)) {
        const inPath = request.params[param];
        if (typeof body[field] !== 'string' || inPath === undefined || body[field] === inPath) continue;
        return errors.error(400, `${field} ${body[field]} in the body does not match ${param} ${inPath} of the path`, [
          { field, message: `must equal the ${param} of the path` },
        ]);
      }
      return undefined;
    },
  };
}
