// Generated from redocly.yaml by `pnpm generate`. Do not edit: add an API to redocly.yaml and regenerate.
import type { AnyVendor } from '../src/vendor';
import { vendor as looker } from '../looker';
import { vendor as truto } from '../truto';
import { vendor as versori } from '../versori';

/** The vendor of every API in redocly.yaml, by name. */
export const vendors: Record<string, AnyVendor> = {
  "looker": looker,
  "truto": truto,
  "versori": versori,
};

/** The vendor of the API `name`; fails saying how to scaffold one. */
export function vendorOf(name: string): AnyVendor {
  const vendor = vendors[name];
  if (!vendor) throw new Error(`No vendor folder for API "${name}"; run \`pnpm generate\` to scaffold packages/vendors/${name}/`);
  return vendor;
}
