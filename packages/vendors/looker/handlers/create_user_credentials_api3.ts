import { randomAlphanumeric } from '../../src/random';
import { mayManageKeysOf } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { credentialsApi3, type StoredCredential, settingsOf, users, visibleCredential } from '../store';

/** A new API3 key for the user; the one answer that ever shows its `client_secret`. */
const createUserCredentialsApi3: LookerHandler<'create_user_credentials_api3'> = async ({ params }, { store, principal }) => {
  const owner = await store.get(users, params.user_id);
  if (!owner) return lookerError(404, 'Not found');
  if (!mayManageKeysOf(principal, owner.id)) return lookerError(403, `You do not have permission to create credentials for user ${owner.id}`);
  const id = String(await store.nextId(credentialsApi3));
  const { baseUrl } = await settingsOf(store);
  const credential: StoredCredential = {
    can: { show: true, update: true },
    id,
    // Looker's keys: a 20-character client id and a 24-character secret.
    client_id: randomAlphanumeric(20),
    created_at: new Date().toISOString().replace('Z', '+00:00'),
    is_disabled: false,
    type: 'api3',
    purpose: null,
    url: `${baseUrl}/users/${owner.id}/credentials_api3/${id}`,
    userId: owner.id,
    clientSecret: randomAlphanumeric(24),
  };
  store.put(credentialsApi3, id, credential);
  return { status: 200, body: { ...visibleCredential(credential), client_secret: credential.clientSecret } };
};

export default createUserCredentialsApi3;
