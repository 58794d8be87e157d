import { randomToken } from '../src/random';
import type { StoreReader, StoreTransaction } from '../src/store';
import type { Caller } from '../src/vendor';
import { looker } from './errors';
import { type LookerUser, sessions, settings, users } from './store';

export type LookerPrincipal = LookerUser;

/** Opens a session for `userId` and returns its access token and lifetime. */
export async function openSession(store: StoreTransaction, userId: string): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = (await store.get(settings, 'session'))?.tokenLifetimeSeconds ?? 3600;
  const token = randomToken();
  store.put(sessions, token, { userId, expiresAt: Date.now() + expiresIn * 1000 }, { ttlSeconds: expiresIn });
  return { token, expiresIn };
}

/** The user behind `Authorization: Bearer <access_token>` (or Looker's older `token <access_token>`). */
export async function authenticateLooker(authorization: string | undefined, store: StoreReader): Promise<Caller<LookerPrincipal> | undefined> {
  const token = looker.token(authorization);
  const session = token ? await store.get(sessions, token) : undefined;
  if (!token || !session || session.expiresAt <= Date.now()) return undefined;
  const user = await store.get(users, session.userId);
  return user ? { principal: user, token } : undefined;
}
