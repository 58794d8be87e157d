import { type LookerHandler, lookerError, visibleCredential } from '../../vendors/looker';

/** Changes `purpose`, the one writable field. Admins may update anyone's credential; other users only their own. */
const updateUserCredentialsApi3: LookerHandler<'update_user_credentials_api3'> = ({ params, body }, { store, principal }) => {
  const owner = store.users.get(params.user_id);
  if (!owner) return lookerError(404, 'Not found');
  if (!principal.isAdmin && principal.id !== owner.id) return lookerError(403, `You do not have permission to update the credentials of user ${owner.id}`);
  const credential = store.credentials.get(params.credentials_api3_id);
  if (!credential || credential.userId !== owner.id) return lookerError(404, 'Not found');
  const updated = body.purpose === undefined ? credential : { ...credential, purpose: body.purpose };
  store.credentials.set(credential.id, updated);
  return { status: 200, body: visibleCredential(updated) };
};

export default updateUserCredentialsApi3;
