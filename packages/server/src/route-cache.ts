import { dirname } from 'node:path';

type PathToRegexp = (path: unknown, options?: Record<string, unknown>) => unknown;
const cached = Symbol.for('@contracts/server/path-regexp-cache');

/**
 * express-openapi-validator 5.6 compiles the path regexp of every route of the spec on every request
 * (`lookupRoute` in its openapi.metadata.js, marked "TODO precompile"). Compiling is pure, so the same
 * (route, options) always yields the same regexp; memoising it removes that per-request cost.
 * The validator reads the function from path-to-regexp's exports at each call, so replacing the export
 * of the copy it resolves is enough. Idempotent.
 */
export function cacheValidatorRouteRegexps(): void {
  const validatorDir = dirname(require.resolve('express-openapi-validator'));
  const pathToRegexpModule = require(require.resolve('path-to-regexp', { paths: [validatorDir] })) as { pathToRegexp: PathToRegexp & { [cached]?: true } };
  const original = pathToRegexpModule.pathToRegexp;
  if (original[cached]) return;
  const cache = new Map<string, unknown>();
  const memoised: PathToRegexp & { [cached]?: true } = (path, options) => {
    if (typeof path !== 'string') return original(path, options);
    const key = `${path}\0${JSON.stringify(options ?? {})}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = original(path, options);
      cache.set(key, compiled);
    }
    return compiled;
  };
  memoised[cached] = true;
  pathToRegexpModule.pathToRegexp = memoised;
}
