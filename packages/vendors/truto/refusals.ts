import type { ErrorResponse } from '../src/errors';
import type { VendorRequest } from '../src/vendor';
import { truto } from './errors';

/**
 * A page of fewer than one environment integration: Truto publishes no minimum for `limit`, and refuses one below 1.
 * The same refusal for every transport (stub, mock, MSW), before any handler or example.
 */
export function refuseEmptyPage(request: VendorRequest): ErrorResponse | undefined {
  const limit = request.operation.operationId === 'listEnvironmentIntegrations' ? request.query.limit : undefined;
  return typeof limit === 'number' && limit < 1 ? truto.error(400, 'querystring/limit must be >= 1') : undefined;
}
