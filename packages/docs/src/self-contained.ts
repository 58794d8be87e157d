import { createHash } from 'node:crypto';

/**
 * Redoc 3's sidebar footer loads the Redocly logo from Redocly's CDN once it mounts. The site must
 * load nothing from other hosts, so the page gets the same attribution as a data: URI instead.
 */
const redoclyLogos: Record<string, string> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="16" viewBox="0 0 56 16"><text x="0" y="12.5" font-family="sans-serif" font-size="12" font-weight="700" fill="#0044d4">Redocly</text></svg>',
  ),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><text x="3" y="12.5" font-family="sans-serif" font-size="12" font-weight="700" fill="#0044d4">R</text></svg>',
  ),
};

function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Replaces the CDN assets Redoc's script would fetch at run time with inline copies. */
export function inlineRedocAssets(html: string): string {
  let result = html;
  for (const [url, dataUri] of Object.entries(redoclyLogos)) {
    if (!result.includes(url)) throw new Error(`Redoc no longer references ${url}: check the page for requests to other hosts and update self-contained.ts`);
    result = result.split(url).join(dataUri);
  }
  return result;
}

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** What the browser would fetch from another host: `src`/`href` of every element but links, CSS `url()` and `@import`. */
export function externalLoads(html: string): string[] {
  // Script bodies hold the Redoc bundle and the spec, whose URLs are text, not loads; they are checked in a real browser.
  const markup = html.replace(inlineScript, (_, attributes: string) => `<script${attributes}></script>`);
  const found: string[] = [];
  const remote = String.raw`(?:https?:)?//[^\s"'<>)]+`;
  for (const match of markup.matchAll(
    new RegExp(String.raw`<(?!a\b)([a-z][\w-]*)\b[^>]*?\s(?:src|href|srcset|poster|data|action)\s*=\s*["']?(${remote})`, 'gi'),
  )) {
    found.push(`<${match[1]}> ${match[2]}`);
  }
  for (const match of markup.matchAll(new RegExp(String.raw`url\(\s*["']?(${remote})`, 'gi'))) found.push(`url() ${match[1]}`);
  for (const match of markup.matchAll(new RegExp(String.raw`@import\s+(?:url\()?\s*["']?(${remote})`, 'gi'))) found.push(`@import ${match[1]}`);
  return found;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Adds a Content-Security-Policy meta tag that allows only this page's own inline scripts (by hash)
 * and same-origin or data: assets, so a browser refuses anything else even if Redoc tried.
 * Styles: Redoc's styled-components injects style tags at run time, which only 'unsafe-inline'
 * allows; pages without scripts hash their styles instead.
 */
export function withContentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(inlineScript)].filter((match) => !/\ssrc\s*=/.test(match[1] ?? '')).map((match) => sha256(match[2] ?? ''));
  const styles = scripts.length > 0 ? ["'unsafe-inline'"] : [...html.matchAll(inlineStyle)].map((match) => sha256(match[1] ?? ''));
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return insertIntoHead(html, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

/** An empty icon: otherwise the browser asks the server for /favicon.ico, a 404 in the console. */
export const noFavicon = '<link rel="icon" href="data:,">';

/** Inserts tags at the top of <head>, after its charset, so a policy precedes the first script. */
export function insertIntoHead(html: string, ...tags: string[]): string {
  const anchor = /<meta charset="?[\w-]+"?\s*\/?>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('The page has no <head> to add tags to');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${tags.map((tag) => `\n  ${tag}`).join('')}${html.slice(at)}`;
}
