import type { Operation } from '@contracts/bundles/model';
import { type BodyLimits, checkBody, type Violation } from '@contracts/vendors';

/** A request body as the handlers and the validator read it, or why it cannot be read (413, 415, 400, or a violation). */
export type ReadBody = { body: unknown; mediaType?: string } | { refused: { status: number; message: string } } | { violation: Violation };

/** The media type of a `Content-Type` header without its parameters, in lower case. */
const mediaTypeOf = (contentType: string | null) => contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
const isJson = (mediaType: string) => mediaType === 'application/json' || /^application\/[^;]+\+json$/.test(mediaType);

/**
 * Reads the body of `request` for `operation`, as the stub and the mock do: larger than `limit` bytes is 413, a media
 * type the operation does not accept is 415, malformed JSON or form encoding is 400, a JSON body past `limits` (depth,
 * keys, items, strings) is 413; a form becomes its fields. A body sent to an operation that takes none is ignored.
 */
export async function readBody(request: Request, operation: Operation, limit: number, limits?: BodyLimits): Promise<ReadBody> {
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > limit) return { refused: { status: 413, message: `Request body is larger than the limit of ${limit} bytes` } };
  const accepted = Object.keys(operation.requestBody?.content ?? {});
  if (bytes.byteLength === 0 || accepted.length === 0) return { body: undefined };
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (!mediaType || !accepted.includes(mediaType)) {
    return { refused: { status: 415, message: `Unsupported Content-Type ${mediaType ?? '(none)'}; send ${accepted.join(' or ')}` } };
  }
  const text = new TextDecoder().decode(bytes);
  if (isJson(mediaType)) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return { refused: { status: 400, message: (error as Error).message } };
    }
    const problem = checkBody(body, limits);
    if (problem?.status === 413) return { refused: problem };
    if (problem) return { violation: problem.violation };
    return { body, mediaType };
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    try {
      decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return { refused: { status: 400, message: 'The form body is not valid percent-encoding' } };
    }
    return { body: Object.fromEntries(new URLSearchParams(text)), mediaType };
  }
  return { body: text, mediaType };
}

/** The query string as the vendors read it: a name given once is a string, given more often an array. */
export function queryOf(url: string): Record<string, string | string[]> {
  const { searchParams } = new URL(url);
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/** A copy of an object body without the fields the spec marks read-only (the vendors ignore them on input). */
export function withoutReadOnly(body: unknown, readOnly: readonly string[]): unknown {
  if (readOnly.length === 0 || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([name]) => !readOnly.includes(name)));
}
