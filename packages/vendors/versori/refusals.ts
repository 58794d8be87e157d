import type { ErrorResponse } from '../src/errors';
import type { VendorRequest } from '../src/vendor';
import { versori } from './errors';

/** Body fields that repeat a path parameter. */
const pathIds: Record<string, string> = { id: 'connector_id', organisationId: 'organisation_id' };

/**
 * A body may repeat the ids of its path (ConnectorUpdate's `id`, `organisationId`), and then must agree with them:
 * Versori answers 400 naming the field. The same rule for every transport, before any handler or example.
 */
function refuseMismatchedIds(request: VendorRequest): ErrorResponse | undefined {
  const body = (request.body ?? {}) as Record<string, unknown>;
  for (const [field, param] of Object.entries(pathIds)) {
    const inPath = request.params[param];
    if (typeof body[field] !== 'string' || inPath === undefined || body[field] === inPath) continue;
    return versori.error(400, `${field} ${body[field]} in the body does not match ${param} ${inPath} of the path`, [
      { field, message: `must equal the ${param} of the path` },
    ]);
  }
  return undefined;
}

/** A page of fewer than one connector: Versori's description gives `first` no minimum, and asks for a page nonetheless. */
function refuseEmptyPage(request: VendorRequest): ErrorResponse | undefined {
  const first = request.operation.operationId === 'ListConnectors' ? request.query.first : undefined;
  if (typeof first !== 'number' || first >= 1) return undefined;
  return versori.error(400, 'first must be at least 1', [{ field: 'first', message: 'must be >= 1' }]);
}

/** Versori's refusals of requests its schemas accept, the same for every transport, before any handler or example. */
export const refuseVersori = (request: VendorRequest): ErrorResponse | undefined => refuseMismatchedIds(request) ?? refuseEmptyPage(request);
