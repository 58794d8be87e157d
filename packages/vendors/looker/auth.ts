import { randomToken } from '../src/random';
import type { StoreReader, StoreTransaction } from '../src/store';
import type { Caller } from '../src/vendor';
import { looker } from './errors';
import { type LookerUser, sessions, settingsOf, users } from './store';

export type LookerPrincipal = LookerUser;

/** Opens a session for `userId` and returns its access token and lifetime. */
export async function openSession(store: StoreTransaction, userId: string): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = (await settingsOf(store)).tokenLifetimeSeconds;
  const token = randomToken();
  store.put(sessions, token, { userId, expiresAt: Date.now() + expiresIn * 1000 }, { ttlSeconds: expiresIn });
  return { token, expiresIn };
}

/** Looker's rules of who may see what: hubs and integrations are for admins, and others get 404 as if nothing existed. */
export const isAdmin = (principal: LookerPrincipal) => principal.isAdmin;

/** A user's API3 keys are for an admin or the user themselves; anyone else gets 403. */
export const mayManageKeysOf = (principal: LookerPrincipal, userId: string) => principal.isAdmin || principal.id === userId;

/** The user behind `Authorization: Bearer <access_token>` (or Looker's older `token <access_token>`). */
export async function authenticateLooker(authorization: string | undefined, store: StoreReader): Promise<Caller<LookerPrincipal> | undefined> {
  const token = looker.token(authorization);
  const session = token ? await store.get(sessions, token) : undefined;
  if (!token || !session || session.expiresAt <= Date.now()) return undefined;
  const user = await store.get(users, session.userId);
  return user ? { principal: user, token } : undefined;
}
