import { mayManageKeysOf } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { credentialsApi3, users, visibleCredential } from '../store';

/** Changes `purpose`, the one writable field. Admins may update anyone's credential; other users only their own. */
const updateUserCredentialsApi3: LookerHandler<'update_user_credentials_api3'> = async ({ params, body }, { store, principal }) => {
  const owner = await store.get(users, params.user_id);
  if (!owner) return lookerError(404, 'Not found');
  if (!mayManageKeysOf(principal, owner.id)) return lookerError(403, `You do not have permission to update the credentials of user ${owner.id}`);
  const credential = await store.get(credentialsApi3, params.credentials_api3_id);
  if (!credential || credential.userId !== owner.id) return lookerError(404, 'Not found');
  const updated = body.purpose === undefined ? credential : { ...credential, purpose: body.purpose };
  store.put(credentialsApi3, credential.id, updated);
  return { status: 200, body: visibleCredential(updated) };
};

export default updateUserCredentialsApi3;
