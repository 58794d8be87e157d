import { lookerCredentials, nonAdminUser } from '@contracts/vendors/looker';
import { trutoCredentials } from '@contracts/vendors/truto';
import { versoriCredentials } from '@contracts/vendors/versori';
import type { Caller } from './cases';
import type { Target } from './targets';

/** Looker's API3 keys of the admin (the spec's login example, the fakes' default) and of the built-in non-admin user. */
const lookerKeys = {
  admin: { client_id: lookerCredentials.variables.LOOKER_CLIENT_ID, client_secret: lookerCredentials.variables.LOOKER_CLIENT_SECRET },
  nonAdmin: { client_id: nonAdminUser.clientId, client_secret: nonAdminUser.clientSecret },
};

/** The static token of each vendor that has no login, with the fakes' defaults. */
const staticTokens: Record<string, string> = {
  truto: trutoCredentials.variables.TRUTO_API_TOKEN,
  versori: versoriCredentials.variables.VERSORI_API_KEY,
};

/**
 * The `Authorization` header of `caller` on `target`, as a client gets it: Looker's by `POST /login` with the
 * caller's API3 key (none when the target refuses the key), the others' static token.
 */
export async function authorizationOf(target: Target, caller: Caller): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined;
  if (caller === 'wrongToken') return 'Bearer wrong-token';
  if (target.api !== 'looker') return `Bearer ${staticTokens[target.api]}`;
  const login = await target.send({
    method: 'POST',
    path: '/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(lookerKeys[caller]).toString(),
  });
  const token = (login.body as { access_token?: unknown } | undefined)?.access_token;
  return login.status === 200 && typeof token === 'string' ? `Bearer ${token}` : undefined;
}
