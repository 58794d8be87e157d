import type { Api } from '@contracts/bundles';
import type { EnvironmentIntegration, operations } from '@contracts/types/truto';
import { truto } from '@contracts/vendor-errors';
import type { Handler } from '../handler';
import { responseExample } from '../spec';
import type { HandlerContext, Vendor } from './vendor';

export interface TrutoStore {
  environmentIntegrations: Map<string, EnvironmentIntegration>;
}

/** Truto API tokens belong to one environment; the stub has one token and one environment. */
export interface TrutoPrincipal {
  environment: 'local';
}

export type TrutoContext = HandlerContext<TrutoStore, TrutoPrincipal>;
/** The type of the handler module `src/handlers/truto/<operationId>.ts`. */
export type TrutoHandler<K extends keyof operations> = Handler<operations[K], TrutoContext>;

export function trutoVendor(_api: Api): Vendor<TrutoStore, TrutoPrincipal> {
  return {
    createStore(api) {
      const seeded = responseExample<EnvironmentIntegration>(api, 'updateEnvironmentIntegration', 200);
      return { environmentIntegrations: new Map([[seeded.id, seeded]]) };
    },
    authenticate(authorization, _store, credentials) {
      const token = truto.token(authorization);
      return token && token === credentials.trutoApiToken ? { principal: { environment: 'local' }, token } : undefined;
    },
    error: truto.error,
    invalid: truto.invalid,
    warmUpAuthorization: (_store, credentials) => `Bearer ${credentials.trutoApiToken}`,
  };
}

/** A Truto error result for a handler; `S` must be a status the operation documents. */
export const trutoError = truto.error;
