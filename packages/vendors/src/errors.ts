/** The largest request body every transport accepts by default (larger gets 413): the limit the specs' 413 examples state (1 MiB). */
export const defaultBodyLimitBytes = 1024 * 1024;

/** The part of a request a violation is in. */
export type Location = 'body' | 'query' | 'path' | 'header';

/** One rule of the spec a request broke, whichever validator found it (express-openapi-validator, Prism, Ajv). */
export interface Violation {
  location: Location;
  /**
   * The field at fault, as segments below its location (`['connectionVariables', '0', 'value']`); for a
   * missing (`required`) or unexpected (`additionalProperties`) property it ends with that property's name;
   * `[]` for the whole location.
   */
  field: string[];
  /** The validator's sentence without the field, e.g. `must be boolean`. */
  message: string;
  /** The JSON Schema keyword that failed: `required`, `type`, `format`, `additionalProperties`, … */
  rule: string;
}

/** A status with the vendor's body for it. */
export interface ErrorResponse<S extends number = number, Body = unknown> {
  status: S;
  body: Body;
}

/** What every vendor's errors and credentials look like on the wire. */
export interface VendorErrors<Body = unknown> {
  /** The vendor's error body for `status` with `message`. */
  body(status: number, message: string): Body;
  /** The same body with its status, e.g. as a handler's result; `S` stays the literal status. */
  error<S extends number>(status: S, message: string): ErrorResponse<S, Body>;
  /** The vendor's status and body for a request that broke the spec. */
  invalid(violations: Violation[]): ErrorResponse;
  /** The token of an `Authorization` header in a scheme the vendor accepts, else undefined. */
  token(authorization: string | undefined): string | undefined;
}

const locations: Record<string, Location> = {
  body: 'body',
  query: 'query',
  querystring: 'query',
  path: 'path',
  params: 'path',
  header: 'header',
  headers: 'header',
};

/** The location a validator names (`params`, `headers`, `query`, …) in the common words; anything else is the body. */
export function locationOf(name: string): Location {
  return locations[name.toLowerCase()] ?? 'body';
}

/** The token of an `Authorization: <scheme> <token>` header when its scheme (any case) is one of `schemes`. */
export function tokenOf(authorization: string | undefined, schemes: readonly string[]): string | undefined {
  const match = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? '');
  if (!match?.[1] || !match[2] || !schemes.includes(match[1].toLowerCase())) return undefined;
  return match[2];
}

/** The reason phrase of an HTTP status (RFC 9110), for vendors that repeat it in their bodies. */
export const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** Errors as `{ message }` with bearer tokens: what a newly scaffolded vendor answers until it is given the vendor's own shape. */
export function plainErrors(): VendorErrors<{ message: string }> {
  const body = (_status: number, message: string) => ({ message });
  return {
    body,
    error: (status, message) => ({ status, body: body(status, message) }),
    invalid: (violations) => ({
      status: 400,
      body: body(400, violations.map((violation) => `${[violation.location, ...violation.field].join('/')} ${violation.message}`).join('; ')),
    }),
    token: (authorization) => tokenOf(authorization, ['bearer']),
  };
}
