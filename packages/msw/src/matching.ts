// Which URLs a set of handlers takes: the base URL of its options, an origin and a path, or a path on any origin.

/** The base the handlers answer at: its path (what the pipeline strips), and whether a URL is below it. */
export interface Base {
  path: string;
  matches(url: URL): boolean;
  /** Whether every URL below it is theirs; not so for the root of any origin, where a page's other requests go too. */
  owned: boolean;
}

/**
 * The base of `baseUrl`: an absolute URL is that origin and path; a path alone (`/looker-api`), or no base URL (the
 * vendor's base path), is that path on any origin.
 */
export function baseOf(basePath: string, baseUrl: string | undefined): Base {
  const base = (baseUrl ?? basePath).replace(/\/$/, '');
  if (base === '' || base.startsWith('/')) return { path: base, matches: (url) => url.pathname.startsWith(`${base}/`), owned: base !== '' };
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    throw new Error(`createHandlers: baseUrl ${baseUrl} is neither an absolute URL nor a path; give one like https://acme.example.com/api or /api`);
  }
  const path = parsed.pathname.replace(/\/$/, '');
  return { path, matches: (url) => url.origin === parsed.origin && url.pathname.startsWith(`${path}/`), owned: true };
}

/** The same base as an MSW path string, for openapi-msw's `http`: `*` stands for any origin. */
export function mswBase(basePath: string, baseUrl: string | undefined): string {
  const base = (baseUrl ?? basePath).replace(/\/$/, '');
  return base === '' || base.startsWith('/') ? `*${base}` : base;
}
