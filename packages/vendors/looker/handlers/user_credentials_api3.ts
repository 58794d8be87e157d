import { mayManageKeysOf } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { credentialsApi3, users, visibleCredential } from '../store';

/** One API3 key of a user, without its secret, for an admin or the user themselves. */
const userCredentialsApi3: LookerHandler<'user_credentials_api3'> = async ({ params }, { store, principal }) => {
  const owner = await store.get(users, params.user_id);
  if (!owner) return lookerError(404, 'Not found');
  if (!mayManageKeysOf(principal, owner.id)) return lookerError(403, `You do not have permission to see the credentials of user ${owner.id}`);
  const credential = await store.get(credentialsApi3, params.credentials_api3_id);
  if (!credential || credential.userId !== owner.id) return lookerError(404, 'Not found');
  return { status: 200, body: visibleCredential(credential) };
};

export default userCredentialsApi3;
