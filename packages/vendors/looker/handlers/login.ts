import { openSession } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { credentialsApi3 } from '../store';

/** Exchanges an API3 key for an access token; the token is random and lives `expires_in` seconds. */
const login: LookerHandler<'login'> = async ({ body }, { store }) => {
  const key = (await store.list(credentialsApi3)).find(
    (credential) => credential.client_id === body.client_id && credential.clientSecret === body.client_secret && !credential.is_disabled,
  );
  if (!key) return lookerError(401, 'Invalid client_id or client_secret');
  const { token, expiresIn } = await openSession(store, key.userId);
  return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn, refresh_token: null } };
};

export default login;
