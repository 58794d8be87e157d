import { mayManageKeysOf } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { credentialsApi3, users } from '../store';

/** Removes an API3 key: it logs in no more (sessions it opened live on until they expire, as on Looker). */
const deleteUserCredentialsApi3: LookerHandler<'delete_user_credentials_api3'> = async ({ params }, { store, principal }) => {
  const owner = await store.get(users, params.user_id);
  if (!owner) return lookerError(404, 'Not found');
  if (!mayManageKeysOf(principal, owner.id)) return lookerError(403, `You do not have permission to delete the credentials of user ${owner.id}`);
  const credential = await store.get(credentialsApi3, params.credentials_api3_id);
  if (!credential || credential.userId !== owner.id) return lookerError(404, 'Not found');
  store.delete(credentialsApi3, credential.id);
  return { status: 204 };
};

export default deleteUserCredentialsApi3;
