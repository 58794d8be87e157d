import type { Operation } from '@contracts/bundles/model';

/** What a request asks for with `Prefer: code=404, example=unknownId, dynamic=true`. */
export interface Preferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
}

/** Reads the `Prefer` header (RFC 7240: comma- or semicolon-separated `name=value`, values may be quoted). */
export function parsePrefer(header: string | string[] | undefined): Preferences {
  const preferences: Preferences = {};
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of text.split(/[,;]/)) {
    const [rawName, ...rest] = part.split('=');
    const name = rawName?.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name === 'code') preferences.code = /^\d{3}$/.test(value) ? Number(value) : Number.NaN;
    else if (name === 'example') preferences.example = value;
    else if (name === 'dynamic') preferences.dynamic = value === '' || value === 'true';
  }
  return preferences;
}

/** Why `preferences` cannot be met by `operation`, or undefined when they can. */
export function preferenceProblem(operation: Operation, preferences: Preferences): string | undefined {
  const documented = [...operation.responses.keys()];
  const { code, example } = preferences;
  if (code !== undefined && !operation.responses.has(code)) {
    return `Prefer: code=${Number.isNaN(code) ? '?' : code} is not a documented status of ${operation.operationId}; use one of ${documented.join(', ')}`;
  }
  if (example !== undefined) {
    const status = code ?? Math.min(...documented.filter((status) => status < 300));
    const names = (operation.responses.get(status)?.content['application/json']?.examples ?? []).map((candidate) => candidate.name);
    if (!names.includes(example)) {
      const choice = names.length ? `use one of ${names.join(', ')}` : 'it documents no named examples';
      return `Prefer: example=${example} is not an example of the ${status} answer of ${operation.operationId}; ${choice}`;
    }
  }
  return undefined;
}
