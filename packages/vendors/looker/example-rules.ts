import type { Api } from '@contracts/bundles/model';
import { operationsOf } from '@contracts/bundles/model';
import { randomToken } from '../src/random';
import type { ExampleRules } from '../src/vendor';
import type { LookerCredentials } from './credentials';
import { looker } from './errors';

/** The `access_token` values of the documented `/login` and `/login/{user_id}` answers, which a mock answering from examples hands out. */
function documentedTokens(api: Api): string[] {
  return operationsOf(api.document)
    .filter((operation) => operation.operationId === 'login' || operation.operationId === 'login_user')
    .flatMap((operation) => operation.responses.get(200)?.content['application/json']?.examples ?? [])
    .map((example) => (example.value as { access_token?: unknown } | undefined)?.access_token)
    .filter((token): token is string => typeof token === 'string');
}

/**
 * Looker answered from examples: every call but `/login` needs `Authorization: Bearer <token>` (or `token <token>`)
 * with a token from `/login`. The documented token of the `/login` example is accepted too (it is what answers from
 * examples hand out) and stays valid after `/logout`, so clients sharing one mock do not log each other out.
 */
export function lookerExampleRules(api: Api, credentials: LookerCredentials): ExampleRules {
  const permanent = new Set(documentedTokens(api));
  const issued = new Set<string>();
  return {
    authenticate: (authorization) => {
      const token = looker.token(authorization);
      return token !== undefined && (permanent.has(token) || issued.has(token));
    },
    refuse: (request) => {
      if (request.operation.operationId !== 'login') return undefined;
      // Looker reads the API3 key from the form body and, failing that, from the query string.
      const key = { ...request.query, ...((request.body ?? {}) as Record<string, unknown>) };
      const right = key.client_id === credentials.clientId && key.client_secret === credentials.clientSecret;
      return right ? undefined : { status: 401 };
    },
    answer: (request, answer) => {
      const { operationId } = request.operation;
      if ((operationId === 'login' || operationId === 'login_user') && answer.status === 200) {
        const body = answer.body as { access_token?: unknown } | undefined;
        if (typeof body?.access_token === 'string' && !permanent.has(body.access_token)) {
          // A generated answer holds lorem ipsum, which may contain spaces; Looker issues opaque 32-character tokens.
          const token = randomToken().slice(0, 32);
          issued.add(token);
          return { ...answer, body: { ...body, access_token: token } };
        }
      }
      if (operationId === 'logout' && answer.status === 204) {
        const header = request.headers.authorization;
        const token = looker.token(Array.isArray(header) ? header[0] : header);
        if (token) issued.delete(token);
      }
      return answer;
    },
  };
}
