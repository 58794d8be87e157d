import type { operations } from '@contracts/types/looker';
import type { HandlerContext, OperationHandler } from '../src/handler';
import type { LookerPrincipal } from './auth';
import type { LookerCredentials } from './credentials';

export type LookerContext = HandlerContext<LookerPrincipal, LookerCredentials>;
/** The type of the handler module `packages/vendors/looker/handlers/<operationId>.ts`. */
export type LookerHandler<K extends keyof operations> = OperationHandler<operations[K], LookerContext>;
