import type { HttpCustomPredicate, PathParams } from 'msw';

// The handlers match URLs themselves rather than through MSW's path strings: MSW decodes path parameters while it
// looks for a handler, and a malformed escape (`/integration_hubs/%E0%A4%A`) would end that search with a 500 and a
// stack trace. Here such a parameter stays as sent, and validation answers it in the vendor's shape, as on the stub.

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOrigin = '[a-z][a-z\\d+.-]*://[^/]+';

/**
 * The pattern of the base URL handlers answer at: the vendor's base path on any origin by default; a path alone
 * (`/api/4.0`) on any origin too; an absolute URL exactly.
 */
export function basePattern(basePath: string, baseUrl: string | undefined): string {
  const base = (baseUrl ?? basePath).replace(/\/$/, '');
  if (base === '' || base.startsWith('/')) return `${anyOrigin}${literal(base)}`;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`createHandlers: baseUrl ${baseUrl} is neither an absolute URL nor a path; give one like https://acme.example.com/api or /api`);
  }
  return literal(`${url.origin}${url.pathname.replace(/\/$/, '')}`);
}

/** The same base as an MSW path string, for openapi-msw's `http`: `*` stands for any origin. */
export function mswBase(basePath: string, baseUrl: string | undefined): string {
  const base = (baseUrl ?? basePath).replace(/\/$/, '');
  return base === '' || base.startsWith('/') ? `*${base}` : base;
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** An MSW predicate for `template` (`/integration_hubs/{integration_hub_id}`) below `base`, with its path parameters decoded. */
export function pathPredicate(base: string, template: string): HttpCustomPredicate<PathParams> {
  const parts = template.split(/\{([^}]+)\}/);
  // `split` with a capture group alternates literal text and parameter names.
  const names = parts.filter((_, index) => index % 2 === 1);
  const path = parts.map((part, index) => (index % 2 === 1 ? '([^/]+)' : literal(part))).join('');
  const pattern = new RegExp(`^${base}${path}/?$`);
  return ({ request }) => {
    const url = new URL(request.url);
    const found = pattern.exec(`${url.origin}${url.pathname}`);
    if (!found) return false;
    return { matches: true, params: Object.fromEntries(names.map((name, index) => [name, decode(found[index + 1] as string)])) };
  };
}

/** An MSW predicate for every URL below `base`. */
export function belowPredicate(base: string): HttpCustomPredicate<PathParams> {
  const pattern = new RegExp(`^${base}/`);
  return ({ request }) => {
    const url = new URL(request.url);
    return pattern.test(`${url.origin}${url.pathname}`);
  };
}
