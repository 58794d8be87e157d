import type { LookerHandler } from '../../vendors/looker';

/** Ends the session of the token this request was authenticated with. */
const logout: LookerHandler<'logout'> = (_input, { store, token }) => {
  if (token) store.sessions.delete(token);
  return { status: 204 };
};

export default logout;
