import type { Api } from '@contracts/bundles';
import { lookerVendor } from './looker';
import { trutoVendor } from './truto';
import type { Vendor } from './vendor';
import { versoriVendor } from './versori';

/** The vendor adapter of each API the bundles hold; a new API needs one here. */
const vendors: Record<string, (api: Api) => Vendor<unknown, unknown>> = {
  looker: lookerVendor as (api: Api) => Vendor<unknown, unknown>,
  truto: trutoVendor as (api: Api) => Vendor<unknown, unknown>,
  versori: versoriVendor as (api: Api) => Vendor<unknown, unknown>,
};

export function vendorFor(api: Api): Vendor<unknown, unknown> {
  const create = vendors[api.name];
  if (!create) throw new Error(`No vendor adapter for API "${api.name}"; add one in packages/server/src/vendors/`);
  return create(api);
}
