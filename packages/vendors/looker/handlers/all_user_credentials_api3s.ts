import { mayManageKeysOf } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { byNumericId, credentialsApi3, users, visibleCredential } from '../store';

/** A user's API3 keys, in id order, for an admin or the user themselves. */
const allUserCredentialsApi3s: LookerHandler<'all_user_credentials_api3s'> = async ({ params }, { store, principal }) => {
  const owner = await store.get(users, params.user_id);
  if (!owner) return lookerError(404, 'Not found');
  if (!mayManageKeysOf(principal, owner.id)) return lookerError(403, `You do not have permission to see the credentials of user ${owner.id}`);
  const keys = (await store.list(credentialsApi3)).filter((credential) => credential.userId === owner.id);
  return { status: 200, body: keys.sort(byNumericId).map(visibleCredential) };
};

export default allUserCredentialsApi3s;
