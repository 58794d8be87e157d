import type { ErrorResponse } from '../src/errors';
import type { VendorRequest } from '../src/vendor';
import { lookerValidationError } from './errors';

/** The operations whose body carries a hub's `url`. */
const hubWrites = new Set(['create_integration_hub', 'update_integration_hub']);

/**
 * Looker fetches a hub's metadata from its `url`, which its description types as a plain string: a value that is not
 * an absolute URL cannot be fetched, so it is a validation error of the field. The same refusal for every transport
 * (stub, mock, MSW), before any handler or example.
 */
export function refuseUnfetchableHubUrl(request: VendorRequest): ErrorResponse | undefined {
  if (!hubWrites.has(request.operation.operationId)) return undefined;
  const url = (request.body as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string' || URL.canParse(url)) return undefined;
  return lookerValidationError('url', 'invalid', 'must be an absolute URL');
}
