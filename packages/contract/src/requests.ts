import type { OutgoingRequest } from './http';
import type { KitOperation, KitParameter } from './operations';
import type { SchemaError, Schemas } from './schemas';

/** A request to one operation before credentials are added: what the kit varies and the oracle judges. */
export interface Draft {
  operation: KitOperation;
  /** Path parameter values, unencoded; those in `raw` are sent exactly as given (hostile encodings). */
  path: Record<string, string>;
  raw?: ReadonlySet<string>;
  query: Record<string, string>;
  body?: { contentType: string; text: string };
  /** `session`: the kit's credentials; `none`: no Authorization header; else this exact header value. */
  credentials: 'session' | 'none' | { authorization: string };
}

/** What the spec says of a draft: the rules it breaks (none for a valid request) and its write-only values. */
export interface Oracle {
  errors: SchemaError[];
  writeOnlyValues: string[];
}

const mediaTypeOf = (contentType: string) => contentType.split(';')[0]?.trim().toLowerCase() ?? '';
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');
const isForm = (mediaType: string) => mediaType === 'application/x-www-form-urlencoded';

/** The text of `value` as `mediaType` carries it. */
export function encodeBody(mediaType: string, value: unknown): string {
  if (isForm(mediaType)) {
    const fields = Object.entries((value as Record<string, unknown>) ?? {}).map(([key, field]): [string, string] => [
      key,
      typeof field === 'string' ? field : JSON.stringify(field),
    ]);
    return new URLSearchParams(fields).toString();
  }
  return JSON.stringify(value);
}

/** The value a body text carries, or why it carries none. */
function decodeBody(mediaType: string, text: string): { value: unknown } | { error: string } {
  if (isForm(mediaType)) {
    try {
      decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return { error: 'malformed percent-encoding in the form' };
    }
    return { value: Object.fromEntries(new URLSearchParams(text)) };
  }
  if (!isJson(mediaType)) return { error: `${mediaType} is not a media type the kit decodes` };
  try {
    // RFC 8259 lets a parser ignore a byte order mark, so a server may accept one.
    return { value: JSON.parse(text.replace(/^\ufeff/, '')) };
  } catch (error) {
    return { error: `malformed JSON (${(error as Error).message})` };
  }
}

/** A parameter value as its schema types it (`'5'` → 5 for an integer parameter). */
function typed(parameter: KitParameter, value: string): unknown {
  const types = ([] as unknown[]).concat(parameter.schema.type ?? []);
  // One value of an exploded form array (OpenAPI's default for query arrays) is an array of one.
  if (types.includes('array')) return [value];
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

const problem = (message: string, schemaPath = ''): SchemaError => ({ instancePath: '', schemaPath, message });

/** Judges a draft against the spec: parameters, content type and body; the last word on valid or not. */
export function consult(schemas: Schemas, draft: Draft): Oracle {
  const { operation } = draft;
  const errors: SchemaError[] = [];
  const writeOnlyValues: string[] = [];
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'path' || candidate.in === 'query')) {
    let value = parameter.in === 'path' ? draft.path[parameter.name] : draft.query[parameter.name];
    if (value === undefined) {
      if (parameter.required) errors.push(problem(`${parameter.in} parameter ${parameter.name} is required`, `#${parameter.schemaPointer}`));
      continue;
    }
    if (parameter.in === 'path' && draft.raw?.has(parameter.name)) {
      try {
        value = decodeURIComponent(value);
      } catch {
        errors.push(problem(`path parameter ${parameter.name} is not valid percent-encoding`));
        continue;
      }
    }
    const check = schemas.request(parameter.schemaPointer, typed(parameter, value));
    errors.push(...check.errors.map((error) => ({ ...error, message: `${parameter.in} parameter ${parameter.name}${error.instancePath} ${error.message}` })));
  }
  const declared = operation.requestBody;
  if (!declared) return { errors, writeOnlyValues };
  if (!draft.body || draft.body.text === '') {
    if (declared.required) errors.push(problem('the request body is required'));
    return { errors, writeOnlyValues };
  }
  const mediaType = mediaTypeOf(draft.body.contentType);
  const media = declared.content.find((candidate) => candidate.mediaType.toLowerCase() === mediaType);
  if (!media) {
    errors.push(problem(`Content-Type ${mediaType} is not documented (${declared.content.map((candidate) => candidate.mediaType).join(', ')})`));
    return { errors, writeOnlyValues };
  }
  const decoded = decodeBody(mediaType, draft.body.text);
  if ('error' in decoded) {
    errors.push(problem(decoded.error));
    return { errors, writeOnlyValues };
  }
  if (media.schema) {
    const check = schemas.request(media.schemaPointer, decoded.value);
    errors.push(...check.errors.map((error) => ({ ...error, message: `body${error.instancePath} ${error.message}` })));
    writeOnlyValues.push(...check.writeOnlyValues);
  }
  return { errors, writeOnlyValues };
}

/** The path and query of a draft, encoded as sent. */
function pathOf(draft: Draft): string {
  const path = draft.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = draft.path[name] ?? '';
    return draft.raw?.has(name) ? value : encodeURIComponent(value);
  });
  const query = new URLSearchParams(draft.query).toString();
  return query ? `${path}?${query}` : path;
}

/** The wire request of a draft, with `authorization` when the draft uses the session's credentials. */
export function toRequest(draft: Draft, authorization: string | undefined): OutgoingRequest {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (draft.body) headers['content-type'] = draft.body.contentType;
  if (draft.credentials === 'session' && authorization) headers.authorization = authorization;
  else if (typeof draft.credentials === 'object') headers.authorization = draft.credentials.authorization;
  return { method: draft.operation.method.toUpperCase(), path: pathOf(draft), headers, body: draft.body?.text };
}

/** `PATCH /integration_hubs/2 {"url":12345}`: the request in a failure line, its body cut short. */
export function describeRequest(request: OutgoingRequest): string {
  const body = request.body === undefined ? '' : ` ${request.body.length > 80 ? `${request.body.slice(0, 77)}…` : request.body}`;
  const path = request.path.length > 100 ? `${request.path.slice(0, 97)}…` : request.path;
  return `${request.method} ${path}${body}`.replace(/[\r\n]+/g, ' ');
}

/** The example value of every path parameter, overridden by `--param name=value`. */
export function examplePath(operation: KitOperation, overrides: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => [parameter.name, overrides[parameter.name] ?? String(parameter.example ?? '')]),
  );
}

/** The example value of every required query parameter (a call cannot leave them out). */
export function requiredQuery(operation: KitOperation): Record<string, string> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'query' && parameter.required && parameter.example !== undefined)
      .map((parameter) => [parameter.name, String(parameter.example)]),
  );
}

/**
 * A body aimed at other path values: every string of it equal to a path parameter's example becomes that
 * parameter's value (Versori's body `id` must equal the path's `connector_id`).
 */
export function retarget(operation: KitOperation, value: unknown, path: Record<string, string>): unknown {
  const replacements = new Map<string, string>();
  for (const [name, example] of Object.entries(examplePath(operation, {}))) {
    const target = path[name];
    if (target !== undefined && target !== example && example !== '') replacements.set(example, target);
  }
  if (replacements.size === 0) return value;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return replacements.get(node) ?? node;
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(value);
}
