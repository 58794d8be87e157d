import { STATUS_CODES } from 'node:http';
import type { Api } from '@contracts/bundles';
import type { EnvironmentIntegration, operations } from '@contracts/types/truto';
import type { Handler } from '../handler';
import { responseExample } from '../spec';
import { bearerToken, type ErrorResponse, type HandlerContext, type Vendor } from './vendor';

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
  const error = (status: number, message: string): ErrorResponse => ({ status, body: { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message } });
  return {
    createStore(api) {
      const seeded = responseExample<EnvironmentIntegration>(api, 'updateEnvironmentIntegration', 200);
      return { environmentIntegrations: new Map([[seeded.id, seeded]]) };
    },
    authenticate(authorization, _store, credentials) {
      const token = bearerToken(authorization);
      return token && token === credentials.trutoApiToken ? { principal: { environment: 'local' }, token } : undefined;
    },
    error,
    invalidRequest(violations) {
      // Truto names each field as `<location>/<field>` in one message, as its validation layer does.
      return error(400, violations.map((violation) => `${[violation.location, violation.field].filter(Boolean).join('/')} ${violation.message}`).join(', '));
    },
    warmUpAuthorization: (_store, credentials) => `Bearer ${credentials.trutoApiToken}`,
  };
}

/** A Truto error result for a handler; `S` must be a status the operation documents. */
export function trutoError<S extends number>(status: S, message: string) {
  return { status, body: { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message } };
}
