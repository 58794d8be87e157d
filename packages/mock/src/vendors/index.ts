import type { Api } from '@contracts/bundles';
import type { LocalCredentials } from '@contracts/credentials';
import { looker } from './looker';
import { truto } from './truto';
import type { Vendor } from './vendor';
import { versori } from './versori';

export type { MockAnswer, MockRequest, Vendor } from './vendor';

const vendors: Record<string, (api: Api, credentials: LocalCredentials) => Vendor> = {
  looker,
  truto: (_api, credentials) => truto(credentials),
  versori: (_api, credentials) => versori(credentials),
};

/** The behaviour of the vendor behind `api`. */
export function vendorFor(api: Api, credentials: LocalCredentials): Vendor {
  const create = vendors[api.name];
  if (!create) throw new Error(`The mock knows no vendor "${api.name}" (known: ${Object.keys(vendors).join(', ')}); add one in packages/mock/src/vendors/`);
  return create(api, credentials);
}
