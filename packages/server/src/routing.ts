import { RouteIndex } from '@contracts/http';
import type { Express, RequestHandler } from 'express';
import { match } from 'path-to-regexp';

/** Decodes a path parameter as Express does (router 2's `decodeParam`): a malformed one is a 400 with its message. */
function decodeParam(value: string): string {
  if (value.length === 0 || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch (error) {
    if (error instanceof URIError) Object.assign(error, { message: `Failed to decode param '${value}'`, status: 400, statusCode: 400 });
    throw error;
  }
}

interface PathRoute {
  /** Matches a request path as an Express route does: the decoded parameters, or false; throws a 400 on malformed encoding. */
  match: ReturnType<typeof match>;
  /** The handler of each method (`PATCH`). */
  methods: Map<string, RequestHandler>;
}

/** The operations' handlers by route path and method, and the middleware that routes each request to one of them. */
export interface OperationRouter {
  /** Adds the handler of `method` at an Express route path (`/api/4.0/integration_hubs/:integration_hub_id`). */
  add(path: string, method: string, handler: RequestHandler): void;
  /** Runs the handler of the request's route and method, or hands the request on when there is none. */
  route: RequestHandler;
}

/**
 * Routes each request to its operation in one lookup where Express's router tries every route in turn: a
 * `RouteIndex` narrows the routes down, then each candidate is matched with path-to-regexp as Express's router
 * matches it (the app's `case sensitive routing` and `strict routing`, parameters decoded alike, a malformed one a
 * 400), the first route added wins, and HEAD runs GET. Which handler answers, and with which `req.params`, is what
 * Express would decide.
 */
export function operationRouter(app: Express): OperationRouter {
  const sensitive = app.enabled('case sensitive routing');
  const strict = app.enabled('strict routing');
  const index = new RouteIndex<PathRoute>({ caseSensitive: sensitive, trailingSlash: !strict });
  const byPath = new Map<string, PathRoute>();
  return {
    add(path, method, handler) {
      let route = byPath.get(path);
      if (!route) {
        // Express loosens a route path (drops its trailing slashes) unless routing is strict.
        const loose = strict || path === '/' ? path : path.replace(/\/+$/, '');
        route = { match: match(loose, { sensitive, end: true, trailing: !strict, decode: decodeParam }), methods: new Map() };
        byPath.set(path, route);
        index.add(loose, route);
      }
      route.methods.set(method.toUpperCase(), handler);
    },
    route(req, res, next) {
      const { path, method } = req;
      let handler: RequestHandler | undefined;
      try {
        for (const candidate of index.candidates(path)) {
          const matched = candidate.match(path);
          if (!matched) continue;
          handler = candidate.methods.get(method) ?? (method === 'HEAD' ? candidate.methods.get('GET') : undefined);
          if (!handler) continue;
          req.params = matched.params as Record<string, string>;
          break;
        }
      } catch (error) {
        return next(error);
      }
      if (!handler) return next();
      handler(req, res, next);
    },
  };
}
