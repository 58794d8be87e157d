import { randomBytes } from 'node:crypto';
import type { Api } from '@contracts/bundles';
import type { LocalCredentials } from '@contracts/credentials';
import { lookerErrors } from '@contracts/vendor-errors';
import { operationsOf } from '../document';
import type { MockAnswer, MockRequest, Vendor } from './vendor';

/** The `access_token` values of the documented `/login` answers, which the mock returns in static mode. */
function documentedTokens(api: Api): string[] {
  return operationsOf(api.document)
    .filter((operation) => operation.operationId === 'login')
    .flatMap((operation) => operation.responses.get(200)?.examples ?? [])
    .map((example) => (example.value as { access_token?: unknown } | undefined)?.access_token)
    .filter((token): token is string => typeof token === 'string');
}

/** Looker's `fields` parameter: keep only the listed top-level fields of the answer. */
function selectFields(request: MockRequest, answer: MockAnswer): MockAnswer {
  const fields = request.query.fields;
  const body = answer.body;
  if (typeof fields !== 'string' || answer.status >= 300 || !body || typeof body !== 'object' || Array.isArray(body)) return answer;
  const wanted = new Set(fields.split(',').map((field) => field.trim()));
  return { ...answer, body: Object.fromEntries(Object.entries(body).filter(([name]) => wanted.has(name))) };
}

/**
 * Looker: its error shapes (`@contracts/vendor-errors`), and every call but `/login` needs
 * `Authorization: Bearer <token>` (or `token <token>`) with a token from `/login`.
 * The documented token of the `/login` example is accepted too (it is what static mode hands out) and
 * stays valid after `/logout`, so clients sharing one mock do not log each other out.
 */
export function looker(api: Api, credentials: LocalCredentials): Vendor {
  // Looker links each error to its page for this API version (`/api/4.0` → `4.0`).
  const errors = lookerErrors(api.basePath.split('/').pop());
  const permanent = new Set(documentedTokens(api));
  const issued = new Set<string>();

  return {
    error: errors.body,
    invalid: errors.invalid,
    authenticate: (authorization) => {
      const token = errors.token(authorization);
      return token !== undefined && (permanent.has(token) || issued.has(token));
    },
    refuse: (request) => {
      if (request.operation.operationId !== 'login') return undefined;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const right = body.client_id === credentials.looker.clientId && body.client_secret === credentials.looker.clientSecret;
      return right ? undefined : { status: 401 };
    },
    answer: (request, answer) => {
      const { operationId } = request.operation;
      if (operationId === 'login' && answer.status === 200) {
        const body = answer.body as { access_token?: unknown } | undefined;
        if (typeof body?.access_token === 'string' && !permanent.has(body.access_token)) {
          // A generated answer holds lorem ipsum, which may contain spaces; Looker issues opaque 32-character tokens.
          const token = randomBytes(24).toString('base64url').slice(0, 32);
          issued.add(token);
          return { ...answer, body: { ...body, access_token: token } };
        }
      }
      if (operationId === 'logout' && answer.status === 204) {
        const token = errors.token(request.headers.authorization);
        if (token) issued.delete(token);
      }
      return selectFields(request, answer);
    },
  };
}
