import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { type Api, type Json, loadApis, type OpenApiDocument, operationsOf } from '@contracts/bundles';
import { lookerCredentials } from '@contracts/vendors/looker';
import { trutoCredentials } from '@contracts/vendors/truto';
import { versoriCredentials } from '@contracts/vendors/versori';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** What came back, read byte for byte: no client library smooths anything over. */
export interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method: string;
  /** Sent as it is: no encoding, no normalisation. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

/** Sends a request exactly as given to `origin` (http://127.0.0.1:port). */
export function send(origin: string, request: RawRequest): Promise<Raw> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: hostname, port, method: request.method, path: request.path, headers: request.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`no answer to ${request.method} ${request.path.slice(0, 80)}`)));
    if (request.body && request.chunked) {
      const middle = Math.floor(request.body.length / 2);
      outgoing.write(request.body.subarray(0, middle));
      outgoing.end(request.body.subarray(middle));
    } else {
      if (request.body) outgoing.setHeader('content-length', request.body.length);
      outgoing.end(request.body);
    }
  });
}

/** Each API with a validator of its error bodies (any error schema of its spec) and the write-only names it declares. */
export const apis = loadApis().map((api) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...structuredClone(api.document), $id: `${api.name}.json` });
  const errorSchemas = Object.keys(api.document.components?.schemas ?? {}).filter((name) => /Error$/.test(name));
  const validators = errorSchemas.map((name) => ajv.getSchema(`${api.name}.json#/components/schemas/${name}`)).filter((validate) => validate !== undefined);
  return {
    api,
    operations: operationsOf(api.document),
    /** Whether `body` is one of the vendor's error bodies. */
    isVendorError: (body: unknown) => validators.some((validate) => validate(body)),
  };
});

/** The problems of an answer that the promise forbids: a 5xx, a body that is not JSON, an error not in the vendor's shape, internals. */
export function problemsOf(raw: Raw, isVendorError: (body: unknown) => boolean): string[] {
  const problems: string[] = [];
  if (raw.status >= 500) problems.push(`status ${raw.status}`);
  if (raw.text === '') return problems;
  if (!/^application\/json/.test(raw.headers['content-type'] ?? '')) problems.push(`content-type ${raw.headers['content-type'] ?? '(none)'}`);
  let body: unknown;
  try {
    body = JSON.parse(raw.text);
  } catch {
    problems.push('a body that is not JSON');
    return problems;
  }
  if (raw.status >= 400 && !isVendorError(body)) problems.push('an error body not in the vendor’s shape');
  if (/\bat [\w.<>]+ \(|node_modules|\/packages\/|TypeError|ReferenceError|RangeError|Maximum call stack/.test(raw.text))
    problems.push('internals in the body');
  return problems;
}

/** The Authorization header each API's local servers accept (Looker: a fresh session from `POST /login`). */
export async function authorizationFor(api: Api, origin: string): Promise<string> {
  if (api.name === 'truto') return `Bearer ${trutoCredentials.read().apiToken}`;
  if (api.name === 'versori') return `Bearer ${versoriCredentials.read().apiKey}`;
  const { clientId, clientSecret } = lookerCredentials.read();
  const body = Buffer.from(new URLSearchParams({ client_id: clientId, client_secret: clientSecret }).toString());
  const login = await send(origin, {
    method: 'POST',
    path: `${api.basePath}/login`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  return `Bearer ${(JSON.parse(login.text) as { access_token: string }).access_token}`;
}

/** The write-only property names of a document (their values must never come back). */
export function writeOnlyNames(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, property] of Object.entries(((node as Json).properties as Json | undefined) ?? {}))
      if ((property as Json).writeOnly === true) names.add(name);
    for (const child of Object.values(node)) walk(child);
  };
  walk(document);
  return [...names];
}
