import { openSession } from '../auth';
import type { LookerHandler } from '../context';
import { lookerError } from '../errors';
import { users } from '../store';

/** An admin gets an access token acting as another user (each call a new one); anyone else gets 403. */
const loginUser: LookerHandler<'login_user'> = async ({ params }, { store, principal }) => {
  if (!principal.isAdmin) return lookerError(403, 'Only an admin may log in as another user');
  const user = await store.get(users, params.user_id);
  if (!user) return lookerError(404, 'Not found');
  const { token, expiresIn } = await openSession(store, user.id);
  return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn, refresh_token: null } };
};

export default loginUser;
