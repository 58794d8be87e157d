import type { LocalCredentials } from '@contracts/credentials';
import { tokenOf, type Vendor } from './vendor';

// Versori's errors carry a gRPC-style machine-readable code; these are the ones its spec uses.
const codes: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'resource_exhausted',
};

/** Body fields that repeat a path parameter. */
const pathIds: Record<string, string> = { id: 'connector_id', organisationId: 'organisation_id' };

const parts: Record<string, string> = { body: 'request body', path: 'request path parameters', query: 'request query parameters', header: 'request headers' };

export function versori(credentials: LocalCredentials): Vendor {
  // Versori writes its messages in lower case.
  const error = (status: number, message: string) => ({ code: codes[status] ?? 'internal', message: message.charAt(0).toLowerCase() + message.slice(1) });
  return {
    error,
    invalid: (status, issues) => {
      const locations = [...new Set(issues.map((issue) => parts[issue.location] ?? issue.location))];
      return {
        ...error(status, `${locations.length === 1 ? locations[0] : 'request'} failed validation`),
        details: issues.map((issue) => ({ field: issue.field.join('/'), message: issue.message })),
      };
    },
    authenticate: (authorization) => tokenOf(authorization, ['bearer']) === credentials.versoriApiKey,
    refuse: (request) => {
      // The body may repeat the ids of the path, and then must agree with them (ConnectorUpdate's `id`, `organisationId`).
      const body = (request.body ?? {}) as Record<string, unknown>;
      for (const [field, param] of Object.entries(pathIds)) {
        const inPath = request.params[param];
        if (typeof body[field] !== 'string' || inPath === undefined || body[field] === inPath) continue;
        return {
          status: 400,
          body: {
            ...error(400, `${field} ${body[field]} in the body does not match ${param} ${inPath} of the path`),
            details: [{ field, message: `must equal the ${param} of the path` }],
          },
        };
      }
      return undefined;
    },
  };
}
