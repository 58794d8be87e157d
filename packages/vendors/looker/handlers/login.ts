import { openSession } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { credentialsApi3 } from '../store';

/**
 * Exchanges an API3 key for an access token; the token is random and lives `expires_in` seconds.
 * Looker reads the key from the form body and, failing that, from the query string.
 */
const login: LookerHandler<'login'> = async ({ body, query }, { store }) => {
  const clientId = body?.client_id ?? query.client_id;
  const clientSecret = body?.client_secret ?? query.client_secret;
  const key = clientId === undefined ? undefined : await store.findUnique(credentialsApi3, 'client_id', clientId);
  if (!key || key.clientSecret !== clientSecret || key.is_disabled) return lookerError(401, 'Invalid client_id or client_secret');
  const { token, expiresIn } = await openSession(store, key.userId);
  return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn, refresh_token: null } };
};

export default login;
