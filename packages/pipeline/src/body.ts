import { type Json, type OpenApiDocument, type Operation, readOnlyProperties, resolveRef } from '@contracts/bundles/model';
import { type BodyLimits, checkBody, type Violation } from '@contracts/vendors';
import { isFormMediaType, isJsonMediaType, mediaTypeOf, type PipelineRequest } from './request';

/** The body as handlers and validators read it, or why it cannot be read: a status with a message, or a violation. */
export type BodyOutcome = { body: unknown; mediaType?: string } | { status: 400 | 413 | 415; message: string } | { violation: Violation };

/** What the pipeline knows of an operation's request body, worked out once. */
export interface BodyRules {
  accepted: string[];
  required: boolean;
  /** Whether the JSON schema takes `null`. */
  nullable: boolean;
  /** Top-level fields the spec marks read-only: ignored on input, as the vendors do. */
  readOnly: string[];
}

export function bodyRulesOf(document: OpenApiDocument, operation: Operation): BodyRules {
  const content = operation.requestBody?.content ?? {};
  const jsonSchema = resolveRef<Json | undefined>(document, content['application/json']?.schema);
  const type = jsonSchema?.type;
  return {
    accepted: Object.keys(content),
    required: operation.requestBody?.required === true,
    nullable: type === 'null' || (Array.isArray(type) && type.includes('null')),
    readOnly: [...new Set(Object.values(content).flatMap((media) => readOnlyProperties(document, media.schema)))],
  };
}

/** Whether a form body's percent-encoding is valid: `URLSearchParams` would decode `%zz` leniently. */
function decodableForm(text: string): boolean {
  try {
    decodeURIComponent(text.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

const withoutReadOnly = (body: unknown, readOnly: string[]) =>
  readOnly.length === 0 || !body || typeof body !== 'object' || Array.isArray(body)
    ? body
    : Object.fromEntries(Object.entries(body).filter(([name]) => !readOnly.includes(name)));

/**
 * Reads and parses the body of a request to an operation: larger than `maxBytes` is 413; a body sent to an operation
 * that takes none is ignored; a required body not sent is a violation; a media type the operation does not accept
 * is 415; malformed JSON, UTF-8 or form encoding is 400; a JSON body past `limits` is 413. A form becomes its fields.
 */
export async function readBody(request: PipelineRequest, rules: BodyRules, maxBytes: number, limits: BodyLimits): Promise<BodyOutcome> {
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) return { status: 413, message: `Request body is larger than the limit of ${maxBytes} bytes` };
  if (rules.accepted.length === 0) return { body: undefined };
  if (bytes.byteLength === 0) {
    return rules.required ? { violation: { location: 'body', field: [], rule: 'required', message: 'is required' } } : { body: undefined };
  }
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (!mediaType || !rules.accepted.includes(mediaType)) {
    return { status: 415, message: `Unsupported Content-Type ${mediaType ?? '(none)'}; send ${rules.accepted.join(' or ')}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 400, message: 'The request body is not valid UTF-8' };
  }
  if (isFormMediaType(mediaType)) {
    if (!decodableForm(text)) return { status: 400, message: 'The form body is not valid percent-encoding' };
    return { body: withoutReadOnly(Object.fromEntries(new URLSearchParams(text)), rules.readOnly), mediaType };
  }
  if (!isJsonMediaType(mediaType)) return { body: text, mediaType };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { status: 400, message: `The request body is not valid JSON: ${(error as Error).message}` };
  }
  if (body === null && !rules.nullable) return { violation: { location: 'body', field: [], rule: 'type', message: 'must not be null' } };
  const problem = checkBody(body, limits);
  if (problem?.status === 413) return { status: 413, message: problem.message };
  if (problem) return { violation: problem.violation };
  return { body: withoutReadOnly(body, rules.readOnly), mediaType };
}
