import type { operations } from '@contracts/types/versori';
import type { HandlerContext, OperationHandler } from '../src/handler';
import type { VersoriCredentials } from './credentials';

export interface VersoriPrincipal {
  kind: 'api-key';
}

export type VersoriContext = HandlerContext<VersoriPrincipal, VersoriCredentials>;
/** The type of the handler module `packages/vendors/versori/handlers/<operationId>.ts`. */
export type VersoriHandler<K extends keyof operations> = OperationHandler<operations[K], VersoriContext>;
