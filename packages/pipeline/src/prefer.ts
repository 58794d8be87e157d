/// <reference path="./parse-prefer-header.d.ts" />
import type { Operation } from '@contracts/bundles/model';
import parsePreferHeader from 'parse-prefer-header';

/** What a request asks for with `Prefer: code=404, example=unknownId, dynamic=true`, when answers come from examples. */
export interface Preferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
}

/** Reads `Prefer` with the parser Prism's own server uses (RFC 7240), so a header means here what it means to Prism. */
export function parsePrefer(header: string | null | undefined): Preferences {
  const parsed = parsePreferHeader(header ?? undefined) as Record<string, string | true | undefined>;
  const preferences: Preferences = {};
  if (parsed.code !== undefined) preferences.code = typeof parsed.code === 'string' && /^\d{3}$/.test(parsed.code) ? Number(parsed.code) : Number.NaN;
  if (typeof parsed.example === 'string') preferences.example = parsed.example;
  if (parsed.dynamic !== undefined) preferences.dynamic = parsed.dynamic === true || parsed.dynamic === 'true';
  return preferences;
}

/** The lowest documented 2xx of `operation`: the answer to a request that asks for nothing in particular. */
export const successStatus = (operation: Operation) => Math.min(...[...operation.responses.keys()].filter((status) => status < 300));

/** Why `preferences` cannot be met by `operation`, or undefined when they can. */
export function preferenceProblem(operation: Operation, preferences: Preferences): string | undefined {
  const documented = [...operation.responses.keys()];
  const { code, example } = preferences;
  if (code !== undefined && !operation.responses.has(code)) {
    return `Prefer: code=${Number.isNaN(code) ? '?' : code} is not a documented status of ${operation.operationId}; use one of ${documented.join(', ')}`;
  }
  if (example !== undefined) {
    const status = code ?? successStatus(operation);
    const names = (operation.responses.get(status)?.content['application/json']?.examples ?? []).map((candidate) => candidate.name);
    if (!names.includes(example)) {
      const choice = names.length ? `use one of ${names.join(', ')}` : 'it documents no named examples';
      return `Prefer: example=${example} is not an example of the ${status} answer of ${operation.operationId}; ${choice}`;
    }
  }
  return undefined;
}
