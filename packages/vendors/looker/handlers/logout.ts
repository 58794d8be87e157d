import type { LookerHandler } from '../context';
import { sessions } from '../store';

/** Ends the session of the token this request was authenticated with. */
const logout: LookerHandler<'logout'> = (_input, { store, token }) => {
  if (token) store.delete(sessions, token);
  return { status: 204 };
};

export default logout;
