/** Which origins a browser app may call from: any (the default for local development tools), or a list. */
export type CorsOrigins = '*' | readonly string[];

/** The CORS headers of an answer to a request from `origin` (none without an Origin, or from an origin not allowed). */
export function corsHeaders(origins: CorsOrigins, origin: string | null, exposed: readonly string[]): Record<string, string> {
  if (!origin || (origins !== '*' && !origins.includes(origin))) return {};
  // The origin is echoed, not `*`, so that a browser also accepts answers to requests sent with credentials.
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': exposed.join(', '),
    Vary: 'Origin',
  };
}

/** The extra headers of the answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`) for a path with `allow`. */
export function preflightHeaders(cors: Record<string, string>, allow: readonly string[], requestedHeaders: string | null): Record<string, string> {
  if (!cors['Access-Control-Allow-Origin']) return {};
  return {
    'Access-Control-Allow-Methods': allow.join(', '),
    ...(requestedHeaders && { 'Access-Control-Allow-Headers': requestedHeaders }),
    'Access-Control-Max-Age': '600',
    Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  };
}
