import { type AnyVendor, type ErrorResponse, locationOf, StoreUnavailableError, storeUnavailableMessage, type Violation } from '@contracts/vendors';
import type { ErrorRequestHandler } from 'express';

/** An error that already knows its answer in the vendor's shape. */
export class VendorError extends Error {
  constructor(
    readonly response: ErrorResponse,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${response.status}`);
  }
}

interface ValidatorErrorItem {
  path?: string;
  message?: string;
  errorCode?: string;
}

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
  errors?: ValidatorErrorItem[];
  headers?: Record<string, string>;
  limit?: number;
}

const locationNames = new Set(['body', 'query', 'querystring', 'path', 'params', 'header', 'headers']);

/** `/body/connectionVariables/0/value` → location `body`, field `['connectionVariables', '0', 'value']`. */
export function toViolation(item: ValidatorErrorItem): Violation {
  // A body whose discriminator names no mapped schema is reported with the request URL as its path and
  // the property quoted in the message (`'protocol' must be equal to one of the allowed values: …`).
  const discriminator = /^'([^']+)' (must be equal to one of the allowed values[^.]*)/.exec(item.message ?? '');
  if (discriminator?.[1] && discriminator[2]) return { location: 'body', field: [discriminator[1]], message: discriminator[2], rule: 'enum' };
  const segments = (item.path ?? '').replace(/^[./]/, '').split(/[./]/);
  // Bodies validated through their discriminator's schema are reported without the location in front.
  const [location = 'body', ...rest] = locationNames.has(segments[0]?.toLowerCase() ?? '') ? segments : ['body', ...segments];
  const rule = item.errorCode?.split('.')[0] ?? 'invalid';
  let field = rest.filter(Boolean);
  // ajv reports a missing property on its parent; name the property itself, as the vendors do.
  const missing = /must have required property '([^']+)'/.exec(item.message ?? '');
  if (rule === 'required' && missing?.[1] && field[field.length - 1] !== missing[1]) field = [...field, missing[1]];
  const unknown = /Unknown query parameter '([^']+)'/.exec(item.message ?? '');
  if (unknown?.[1]) field = [unknown[1]];
  return { location: locationOf(location), field, message: item.message ?? 'is invalid', rule };
}

/** Writes an error without the validator's response hook: error bodies are fixed shapes, and a 501 or 405 is not in the spec. */
export function sendError(res: Parameters<ErrorRequestHandler>[2], response: ErrorResponse, headers: Record<string, string> = {}): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.type('application/json').send(JSON.stringify(response.body));
}

/**
 * Maps every failure (body parser, validator, rate limiter, handler) to the vendor's error shape.
 * Nothing reaches the client as a stack trace or HTML.
 */
export function vendorErrorHandler(vendor: AnyVendor, bodyLimitBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error instanceof VendorError) return sendError(res, error.response, error.headers);
    // The shared store (Redis) is down, seen by the rate limiter before any handler: the stub recovers when it is back.
    if (error instanceof StoreUnavailableError) return sendError(res, vendor.errors.error(503, storeUnavailableMessage));
    const failure = (error ?? {}) as HttpLikeError;
    const status = failure.status ?? failure.statusCode ?? 500;
    switch (failure.type) {
      case 'entity.parse.failed':
        return sendError(res, vendor.errors.error(400, failure.message ?? 'Malformed request body'));
      case 'entity.too.large':
        return sendError(res, vendor.errors.error(413, `Request body is larger than the limit of ${failure.limit ?? bodyLimitBytes} bytes`));
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendError(res, vendor.errors.error(415, failure.message ?? 'Unsupported request encoding'));
    }
    if (Array.isArray(failure.errors) && status === 400) return sendError(res, vendor.errors.invalid(failure.errors.map(toViolation)));
    if (status === 415) {
      const sent = _req.headers['content-type'] ?? 'none';
      const accepted = Object.keys((_req as { openapi?: { schema?: { requestBody?: { content?: object } } } }).openapi?.schema?.requestBody?.content ?? {});
      return sendError(res, vendor.errors.error(415, `Unsupported Content-Type ${sent}; send ${accepted.join(' or ') || 'application/json'}`));
    }
    if (status === 404) return sendError(res, vendor.errors.error(404, 'Not found'));
    if (status === 405) return sendError(res, vendor.errors.error(405, `Method ${_req.method} not allowed`), failure.headers ?? {});
    if (status >= 400 && status < 500) return sendError(res, vendor.errors.error(status, failure.message ?? 'Bad request'));
    // An HTTP error with a status is the validator's: a 500 from it means a handler answered what the spec forbids, and
    // its message (the field and rule) helps whoever wrote the handler. Anything else is a bug whose message stays here.
    if (typeof (failure.status ?? failure.statusCode) === 'number') {
      console.error(`stub: ${_req.method} ${_req.originalUrl} failed:`, failure.message ?? error);
      return sendError(res, vendor.errors.error(500, `The stub broke its contract: ${failure.message ?? 'response validation failed'}`));
    }
    console.error(`stub: ${_req.method} ${_req.originalUrl} failed:`, error);
    sendError(res, vendor.errors.error(500, 'The stub failed; its log has the details'));
  };
}
