import { type Json, type OpenApiDocument, type Operation, writeOnlyMasker } from '@contracts/bundles/model';
import type { JournalEntry } from '@contracts/types/control';
import type { Answer } from '@contracts/vendors';
import type { PipelineRequest } from '../request';
import type { Interruption } from './control';

/** What stands for a credential in the journal. */
const masked = '***';

/** What the pipeline learned of a request on its way, for its journal entry. */
export interface Sighting {
  time: string;
  operation?: Operation;
  /** Present once the body was read (undefined when none was sent). */
  body?: { value: unknown };
  faultId?: string;
}

/** How a request ended: an answer, or a fault's interruption. */
export type Outcome = Answer | { interrupted: Interruption };

/** The headers that carry credentials whatever the API: their values never reach the journal. */
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * Builds journal entries for one API, credentials masked: the credential headers and those of the API's `apiKey`
 * schemes (the scheme word of `Authorization` kept), and the body fields the spec marks `writeOnly` (Looker's
 * `client_secret`), also where the same names come in the query string.
 */
export function journalWriter(document: OpenApiDocument) {
  const schemes = Object.values((document.components?.securitySchemes ?? {}) as Record<string, Json>);
  const secretHeaders = new Set([
    ...credentialHeaders,
    ...schemes.filter((scheme) => scheme.type === 'apiKey' && scheme.in === 'header').map((scheme) => String(scheme.name).toLowerCase()),
  ]);
  const maskers = new Map<Operation, (value: unknown) => unknown>();
  const maskerOf = (operation: Operation) => {
    let mask = maskers.get(operation);
    if (!mask) {
      const each = Object.values(operation.requestBody?.content ?? {}).map((media) => writeOnlyMasker(document, media.schema, masked));
      mask = (value) => each.reduce((current, apply) => apply(current), value);
      maskers.set(operation, mask);
    }
    return mask;
  };

  return (request: PipelineRequest, sighting: Sighting, outcome: Outcome): JournalEntry => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      const key = name.toLowerCase();
      if (!secretHeaders.has(key)) headers[key] = value;
      else headers[key] = key.endsWith('authorization') && /^\S+\s+\S/.test(value) ? `${value.split(/\s+/)[0]} ${masked}` : masked;
    });
    const url = new URL(request.url);
    const mask = sighting.operation ? maskerOf(sighting.operation) : (value: unknown) => value;
    const query = mask(Object.fromEntries(url.searchParams)) as Record<string, string>;
    // Only the masked names are rewritten, so every other parameter keeps its encoding as sent.
    const search = url.search
      .slice(1)
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name = ''] = new URLSearchParams(pair).keys();
        return query[name] === masked ? `${pair.split('=')[0]}=${masked}` : pair;
      })
      .join('&');
    const interrupted = 'interrupted' in outcome ? outcome.interrupted : undefined;
    return {
      time: sighting.time,
      method: request.method.toUpperCase(),
      path: `${url.pathname}${search ? `?${search}` : ''}`,
      operationId: sighting.operation?.operationId ?? null,
      headers,
      ...(sighting.body && sighting.body.value !== undefined && { body: mask(sighting.body.value) }),
      status: 'status' in outcome ? outcome.status : null,
      ...(interrupted && { interrupted }),
      faultId: sighting.faultId ?? null,
    };
  };
}
