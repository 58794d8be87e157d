import type { operations } from '@contracts/types/truto';
import type { HandlerContext, OperationHandler } from '../src/handler';
import type { TrutoCredentials } from './credentials';

/** Truto API tokens belong to one environment; the fake has one token and one environment. */
export interface TrutoPrincipal {
  environment: 'local';
}

export type TrutoContext = HandlerContext<TrutoPrincipal, TrutoCredentials>;
/** The type of the handler module `packages/vendors/truto/handlers/<operationId>.ts`. */
export type TrutoHandler<K extends keyof operations> = OperationHandler<operations[K], TrutoContext>;
