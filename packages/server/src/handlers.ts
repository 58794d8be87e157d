import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Api } from '@contracts/bundles';
import { isNotImplemented } from './handler';
import { operationsOf } from './spec';

/** Where the handler module of an operation lives: `src/handlers/<api>/<operationId>.ts`. */
export const handlersDir = join(__dirname, 'handlers');
export const handlerPath = (api: string, operationId: string) => join(handlersDir, api, `${operationId}.ts`);

// biome-ignore lint/suspicious/noExplicitAny: the dispatcher hands each handler exactly what its own module's types describe.
export type AnyHandler = (input: any, context: any) => unknown;

/** Loads the handler of every operation of `api`; a missing module or a scaffold counts as not implemented. */
export function loadHandlers(api: Api): Map<string, AnyHandler | undefined> {
  const handlers = new Map<string, AnyHandler | undefined>();
  for (const { operationId } of operationsOf(api)) {
    const path = handlerPath(api.name, operationId);
    if (!existsSync(path)) {
      handlers.set(operationId, undefined);
      continue;
    }
    const loaded = (require(path) as { default?: unknown }).default;
    if (typeof loaded !== 'function') throw new Error(`${path} must default-export its handler function`);
    handlers.set(operationId, isNotImplemented(loaded) ? undefined : (loaded as AnyHandler));
  }
  return handlers;
}
