import { type LookerHandler, lookerError, openSession } from '../../vendors/looker';

/** Exchanges an API3 key for an access token; the token is random and lives `expires_in` seconds. */
const login: LookerHandler<'login'> = ({ body }, { store }) => {
  const key = [...store.credentials.values()].find(
    (credential) => credential.client_id === body.client_id && credential.clientSecret === body.client_secret && !credential.is_disabled,
  );
  if (!key) return lookerError(401, 'Invalid client_id or client_secret');
  return {
    status: 200,
    body: { access_token: openSession(store, key.userId), token_type: 'Bearer', expires_in: store.tokenLifetimeSeconds, refresh_token: null },
  };
};

export default login;
