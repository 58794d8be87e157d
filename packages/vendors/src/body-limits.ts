import type { Location, Violation } from './errors';

/** How large a parsed request body may be, beyond its size in bytes: what keeps a hostile body from making a server recurse or spin. */
export interface BodyLimits {
  /** Deepest nesting of objects and arrays. */
  depth: number;
  /** Most keys in one object. */
  keys: number;
  /** Most items in one array. */
  items: number;
  /** Longest string, in characters (keys included). */
  string: number;
}

export const defaultBodyLimits: BodyLimits = { depth: 64, keys: 1000, items: 10_000, string: 65_536 };

/** What is wrong with a body: too large a structure (the vendor's 413) or a value JSON cannot carry (a violation). */
export type BodyProblem = { status: 413; message: string } | { status: 400; violation: Violation };

/**
 * Checks a parsed body against `limits` without recursion (a body too deep to walk recursively is exactly what this
 * guards against), and rejects numbers JSON cannot carry (`1e309` parses to Infinity, which no vendor stores).
 */
export function checkBody(body: unknown, limits: BodyLimits = defaultBodyLimits): BodyProblem | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string[] }> = [{ value: body, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      if (value.length > limits.string) return { status: 413, message: `Request body has a string longer than ${limits.string} characters` };
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { status: 400, violation: { location: 'body', field: path, rule: 'type', message: 'must be a finite number' } };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) return { status: 413, message: `Request body nests deeper than ${limits.depth} levels` };
    if (Array.isArray(value)) {
      if (value.length > limits.items) return { status: 413, message: `Request body has an array of more than ${limits.items} items` };
      value.forEach((item, index) => {
        stack.push({ value: item, depth: depth + 1, path: [...path, String(index)] });
      });
      continue;
    }
    const entries = Object.entries(value);
    if (entries.length > limits.keys) return { status: 413, message: `Request body has an object of more than ${limits.keys} keys` };
    for (const [key, item] of entries) {
      if (key.length > limits.string) return { status: 413, message: `Request body has a key longer than ${limits.string} characters` };
      stack.push({ value: item, depth: depth + 1, path: [...path, key] });
    }
  }
  return undefined;
}

/**
 * Reads limits written as `depth=64,keys=1000,items=10000,string=65536` (any subset; the rest keep their defaults),
 * from `source` (a flag or a variable, named in the error).
 */
export function parseBodyLimits(source: string, raw: string | undefined): BodyLimits {
  const limits = { ...defaultBodyLimits };
  if (!raw) return limits;
  for (const part of raw.split(',')) {
    const [name = '', value = ''] = part.split('=').map((text) => text.trim());
    const number = Number(value);
    if (!(name in limits) || !Number.isInteger(number) || number < 1) {
      throw new Error(
        `${source}${source.endsWith('=') ? '' : ' '}${raw} is not a list of limits; give depth=64,keys=1000,items=10000,string=65536 (whole numbers, any of them)`,
      );
    }
    limits[name as keyof BodyLimits] = number;
  }
  return limits;
}

/**
 * Parameters a validator let through as numbers JSON cannot carry: `?limit=1e309` is Infinity, which JSON Schema's
 * `integer` and `number` accept but no vendor answers with. One violation per such parameter.
 */
export function nonFiniteParameters(values: Record<string, unknown>, location: Location): Violation[] {
  return Object.entries(values)
    .filter(([, value]) => typeof value === 'number' && !Number.isFinite(value))
    .map(([name]) => ({ location, field: [name], rule: 'type', message: 'must be a finite number' }));
}
