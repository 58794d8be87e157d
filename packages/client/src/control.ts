import type { Control } from '@contracts/pipeline';
import type { ControlError } from '@contracts/types/control';
import { createControlClient } from '../generated/control';

export type { Control, FaultSettings } from '@contracts/pipeline';
export { createControlClient };

/** A refusal of the control API: its status, and the violations it named. */
export class ControlRequestError extends Error {
  override readonly name = 'ControlRequestError';
  constructor(
    readonly status: number,
    readonly body: ControlError | undefined,
  ) {
    const violations = (body?.violations ?? []).map((violation) => `${violation.path || '(the whole body)'}: ${violation.message}`);
    super([body?.message ?? `The control API answered ${status}`, ...violations].join('; '));
  }
}

export interface ControlConnection {
  /** Where the server runs: its origin, or any URL on it (a stub's base URL will do). */
  baseUrl: string;
  /** The server's control token (`--control-token`), when it has one. */
  token?: string;
}

/** The data of a successful call of the typed client, or the `ControlRequestError` of a refused one. */
function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw new ControlRequestError(result.response.status, result.error as ControlError | undefined);
  return result.data as T;
}

/**
 * The control API of a running stub or mock, over HTTP through the typed client (`createControlClient`): the same
 * `Control` the MSW handlers offer in-process, so a test reads the same against all three.
 */
export function connectControl({ baseUrl, token }: ControlConnection): Control {
  const client = createControlClient({ baseUrl: new URL(baseUrl).origin, ...(token !== undefined && { token }) });
  return {
    faults: {
      add: async (operationId, fault) => dataOf(await client.POST('/__contracts/faults', { body: { ...fault, operationId } })),
      list: async () => dataOf(await client.GET('/__contracts/faults')),
      async remove(id) {
        const result = await client.DELETE('/__contracts/faults/{fault_id}', { params: { path: { fault_id: id } } });
        if (result.response.status === 404) return false;
        dataOf(result);
        return true;
      },
      clear: async () => dataOf(await client.DELETE('/__contracts/faults')),
    },
    requests: async (operationId) => dataOf(await client.GET('/__contracts/requests', { params: { query: operationId === undefined ? {} : { operationId } } })),
    clearRequests: async () => dataOf(await client.DELETE('/__contracts/requests')),
    fixtures: {
      load: async (fixtures) => dataOf(await client.POST('/__contracts/fixtures', { body: fixtures })),
      export: async () => dataOf(await client.GET('/__contracts/fixtures')),
    },
    reset: async () => dataOf(await client.POST('/__contracts/reset')),
  };
}
