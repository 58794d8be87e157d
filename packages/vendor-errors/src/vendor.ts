/** The part of a request a violation is in. */
export type Location = 'body' | 'query' | 'path' | 'header';

/** One rule of the spec a request broke, whichever validator found it (Prism in the mock, express-openapi-validator in the stub). */
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
export interface VendorErrors<Body> {
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
