import {
  type Discriminator,
  discriminatorOf,
  type Json,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  resolveRef,
  writeOnlyStripper,
} from '@contracts/bundles';
import { RouteIndex } from '@contracts/http';

/** One operation of the document with what the mock works out once: how to match its path, how to strip its answers. */
export interface Route {
  operation: Operation;
  /** Matches a path relative to the base path. */
  pattern: RegExp;
  /** The names of its path parameters, in the order `pattern` captures them. */
  names: string[];
  /** Removes every property the response schema of a status marks `writeOnly`: Prism's static mode returns them; vendors never do. */
  stripWriteOnly: Map<number, (body: unknown) => unknown>;
  /** Whether the JSON request body's schema accepts `null`. */
  nullBody: boolean;
  /** When the JSON request body is a `oneOf` told apart by a discriminator: its property and the branch each value selects. */
  bodyDiscriminator?: Discriminator;
}

/** Whether a schema's `type` (after `$ref`) lists `null`. */
const acceptsNull = (document: OpenApiDocument, schema: unknown) => {
  const type = resolveRef<Json | undefined>(document, schema)?.type;
  return type === 'null' || (Array.isArray(type) && type.includes('null'));
};

function pathPattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  return new RegExp(`^${escaped}$`);
}

/** Every operation of the document as a route, in document order, and an index that finds a request's route in one lookup. */
export interface Routes {
  all: Route[];
  index: RouteIndex<Route>;
}

export function routesOf(document: OpenApiDocument): Routes {
  const all = operationsOf(document).map((operation) => ({
    operation,
    pattern: pathPattern(operation.path),
    names: [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
    nullBody: acceptsNull(document, operation.requestBody?.content['application/json']?.schema),
    bodyDiscriminator: discriminatorOf(document, operation.requestBody?.content['application/json']?.schema),
    stripWriteOnly: new Map(
      [...operation.responses.values()].map((response) => [response.status, writeOnlyStripper(document, response.content['application/json']?.schema)]),
    ),
  }));
  // The patterns are case-sensitive and take no trailing slash.
  const index = new RouteIndex<Route>({ caseSensitive: true, trailingSlash: false });
  for (const route of all) index.add(route.operation.path, route);
  return { all, index };
}

/** The route that serves `method` at `path` (relative to the base path), if any: the first in document order. */
export function findRoute(routes: Routes, method: string, path: string): Route | undefined {
  return routes.index.candidates(path).find((route) => route.operation.method === method && route.pattern.test(path));
}

/** The names of every response header the document declares (e.g. `Retry-After`), so browsers may read them. */
export function responseHeaderNames(document: OpenApiDocument): string[] {
  const names = operationsOf(document).flatMap((operation) => [...operation.responses.values()].flatMap((response) => Object.keys(response.headers)));
  return [...new Set(names)];
}

/** The name of the first path parameter whose value is not valid percent-encoding (`%zz`), if any. */
export function malformedParam(route: Route, path: string): string | undefined {
  const values = route.pattern.exec(path)?.slice(1) ?? [];
  return route.names.find((_, index) => {
    try {
      decodeURIComponent(values[index] ?? '');
      return false;
    } catch {
      return true;
    }
  });
}

/** The path parameters of `path` (relative to the base path) by name, decoded. */
export function paramsOf(route: Route, path: string): Record<string, string> {
  const values = route.pattern.exec(path)?.slice(1) ?? [];
  // Only called once `malformedParam` found every value well-formed.
  return Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]));
}
