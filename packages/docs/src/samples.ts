import { type Api, type Operation, parameterExample } from '@contracts/bundles';
import { requestExample, securitySchemeOf } from './operations';

/** A code sample as Redoc renders it from `x-codeSamples`. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** `LookerApiToken` → `LOOKER_API_TOKEN`: the variable the samples read the token from. */
export function tokenVariable(scheme: string): string {
  return scheme
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** `looker` → `Looker`: the client factory is `create<Name>Client`. */
function pascal(name: string): string {
  return name.replace(/(^|[-_])(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

interface Request {
  /** The path with the example values of its parameters filled in. */
  url: string;
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: { mediaType: string; value: unknown; summary?: string };
  scheme?: string;
}

/** Everything a sample needs, taken from the spec's examples: never invented here. */
function exampleRequest(api: Api, operation: Operation): Request {
  const pathParams: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    const value = parameterExample(api.document, parameter);
    if (parameter.in === 'path') {
      if (value === undefined) throw new Error(`${api.name} ${operation.operationId}: path parameter "${parameter.name}" has no example; add one to the spec`);
      pathParams[parameter.name] = value;
    }
    // Optional query parameters stay out: the sample shows the smallest complete call.
    if (parameter.in === 'query' && parameter.required && value !== undefined) query[parameter.name] = value;
  }
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams[name])));
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])).toString();
  return {
    url: `${api.vendorUrl}${path}${search ? `?${search}` : ''}`,
    pathParams,
    query,
    body: requestExample(operation),
    scheme: securitySchemeOf(operation),
  };
}

/** Names the request example a sample sends, since Redoc's example menu next to it may show another. */
function exampleComment(request: Request, marker: string): string {
  return request.body?.summary ? `${marker} Request example: ${request.body.summary}\n` : '';
}

/** Quotes a string for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function isForm(mediaType: string): boolean {
  return mediaType === 'application/x-www-form-urlencoded';
}

/** A curl command against the vendor's base URL. */
export function curlSample(api: Api, operation: Operation): string {
  const request = exampleRequest(api, operation);
  const lines = [`curl -X ${operation.method.toUpperCase()} ${shellQuote(request.url)}`];
  const comment = exampleComment(request, '#');
  // Double quotes so the shell expands the variable.
  if (request.scheme) lines.push(`-H "Authorization: Bearer $${tokenVariable(request.scheme)}"`);
  if (request.body) {
    const { mediaType, value } = request.body;
    if (isForm(mediaType)) {
      for (const [key, field] of Object.entries(value as Record<string, unknown>)) lines.push(`--data-urlencode ${shellQuote(`${key}=${String(field)}`)}`);
    } else {
      lines.push(`-H ${shellQuote(`Content-Type: ${mediaType}`)}`);
      lines.push(`--data ${shellQuote(JSON.stringify(value, null, 2))}`);
    }
  }
  return `${comment}${lines.join(' \\\n  ')}`;
}

/** A value as a TypeScript literal in the repository's style: single quotes, bare keys, trailing commas. */
export function literal(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));
  return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)},`).join('\n')}\n${indent}}`;
}

/** A TypeScript call with the typed client of `@contracts/client/<api>` (openapi-fetch). */
export function typescriptSample(api: Api, operation: Operation): string {
  const request = exampleRequest(api, operation);
  const factory = `create${pascal(api.name)}Client`;
  const options = [`  baseUrl: ${literal(api.vendorUrl)},`];
  if (request.scheme) options.push(`  token: process.env.${tokenVariable(request.scheme)},`);

  const init: string[] = [];
  const params: string[] = [];
  if (Object.keys(request.pathParams).length > 0) params.push(`path: ${literal(request.pathParams, '    ')}`);
  if (Object.keys(request.query).length > 0) params.push(`query: ${literal(request.query, '    ')}`);
  if (params.length > 0) init.push(`  params: {\n${params.map((param) => `    ${param},`).join('\n')}\n  },`);
  if (request.body) {
    init.push(`  body: ${literal(request.body.value, '  ')},`);
    if (isForm(request.body.mediaType)) {
      init.push(
        '  // openapi-fetch sends JSON unless told otherwise.',
        '  bodySerializer: (body) =>',
        '    new URLSearchParams(Object.entries(body ?? {}).map(([key, value]): [string, string] => [key, String(value)])),',
        `  headers: { 'Content-Type': ${literal(request.body.mediaType)} },`,
      );
    }
  }
  const call = `client.${operation.method.toUpperCase()}(${literal(operation.path)}${init.length > 0 ? `, {\n${init.join('\n')}\n}` : ''})`;
  return [
    `${exampleComment(request, '//')}import { ${factory} } from '@contracts/client/${api.name}';`,
    '',
    `const client = ${factory}({\n${options.join('\n')}\n});`,
    '',
    `const { data, error, response } = await ${call};`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholders belong to the generated sample, not to this code.
    'if (error) throw new Error(`HTTP ${response.status}: ${JSON.stringify(error)}`);',
    'console.log(data);',
  ].join('\n');
}

/**
 * Redoc 3 shows an `x-codeSamples` entry only when its label is one of the `codeSamples.languages`
 * of the page's options: this list, plus the request payload Redoc renders itself.
 */
export const sampleLanguages = [
  { lang: 'bash', label: 'curl' },
  { lang: 'typescript', label: 'TypeScript' },
  { lang: 'payload', label: 'Payload' },
];

/** The samples Redoc shows for an operation, in tab order. */
export function codeSamples(api: Api, operation: Operation): CodeSample[] {
  return [
    { lang: 'bash', label: 'curl', source: curlSample(api, operation) },
    { lang: 'typescript', label: 'TypeScript', source: typescriptSample(api, operation) },
  ];
}
