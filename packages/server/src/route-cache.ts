import { dirname } from 'node:path';

type PathToRegexp = (path: unknown, options?: Record<string, unknown>) => unknown;
interface PathToRegexpModule {
  pathToRegexp: PathToRegexp;
}

let state: { module: PathToRegexpModule; original: PathToRegexp; memoised: PathToRegexp } | undefined;

function load() {
  if (state) return state;
  const validatorDir = dirname(require.resolve('express-openapi-validator'));
  const module = require(require.resolve('path-to-regexp', { paths: [validatorDir] })) as PathToRegexpModule;
  const original = module.pathToRegexp;
  const cache = new Map<string, unknown>();
  const memoised: PathToRegexp = (path, options) => {
    // The validator passes only `sensitive` and `strict`; anything else is compiled as before.
    if (typeof path !== 'string' || (options && Object.keys(options).some((name) => name !== 'sensitive' && name !== 'strict'))) return original(path, options);
    const key = `${options?.sensitive ? 's' : ''}${options?.strict ? 't' : ''}\0${path}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = original(path, options);
      cache.set(key, compiled);
    }
    return compiled;
  };
  state = { module, original, memoised };
  return state;
}

/**
 * express-openapi-validator 5.6 compiles the path regexp of every route of the spec on every request
 * (`lookupRoute` in its openapi.metadata.js, marked "TODO precompile"). Compiling is pure and the regexps
 * carry no `g` flag, so the same (route, options) can always share one compiled regexp: memoising it removes
 * that per-request cost. The validator reads the function from path-to-regexp's exports at each call, so
 * replacing the export of the copy it resolves is enough. Idempotent; `false` restores the original
 * (the benchmark uses it to measure the library's default).
 */
export function cacheValidatorRouteRegexps(enabled = true): void {
  const { module, original, memoised } = load();
  module.pathToRegexp = enabled ? memoised : original;
}
