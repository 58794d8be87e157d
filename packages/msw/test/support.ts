import { type Api, loadApis, type Operation, operationsOf } from '@contracts/bundles';
import type { AnyVendor } from '@contracts/vendors';
import { lookerCredentials } from '@contracts/vendors/looker';
import { vendors } from '@contracts/vendors/registry';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { ApiHandlers } from '../src';

/** One API with its operations, its vendor and its generated MSW entry, read from redocly.yaml (no hand-written list). */
export interface TestApi {
  api: Api;
  operations: Operation[];
  vendor: AnyVendor;
  entry: {
    createHandlers(options?: object): ApiHandlers<object>;
    handlers: ApiHandlers<object>;
    reset(): Promise<void>;
  };
}

export const apis: TestApi[] = loadApis().map((api) => ({
  api,
  operations: operationsOf(api.document),
  vendor: vendors[api.name] as AnyVendor,
  entry: require(`../generated/${api.name}`),
}));

export const apiNamed = (name: string): TestApi => {
  const found = apis.find(({ api }) => api.name === name);
  if (!found) throw new Error(`no API ${name} in redocly.yaml`);
  return found;
};

/** An MSW server with `handlers` for the tests of one `describe`; any request nothing handles fails the fetch. */
export function serverWith(handlers: () => RequestHandler[]) {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => server.resetHandlers(...handlers()));
  afterAll(() => server.close());
  return server;
}

export interface Exchange {
  status: number;
  headers: Headers;
  body: unknown;
}

/** `fetch`, with the body read as JSON (undefined when empty). */
export async function send(url: string, init: RequestInit = {}): Promise<Exchange> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Sends the Looker login of the spec's example (the vendor's default API3 key) and returns the `Authorization` header. */
export async function lookerLogin(
  baseUrl: string,
  key = { client_id: lookerCredentials.variables.LOOKER_CLIENT_ID, client_secret: lookerCredentials.variables.LOOKER_CLIENT_SECRET },
): Promise<string> {
  const login = await send(`${baseUrl}/login`, { method: 'POST', body: new URLSearchParams(key) });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return `Bearer ${(login.body as { access_token: string }).access_token}`;
}

const validators = new Map<string, Ajv2020>();

/** The spec's objections to `body` as the `status` answer of `operation` (Ajv 2020 on the bundle), [] when it conforms. */
export function specErrors(api: Api, operation: Operation, status: number, body: unknown): string[] {
  let ajv = validators.get(api.name);
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...api.document, $id: `urn:test:${api.name}` });
    validators.set(api.name, ajv);
  }
  if (!operation.responses.has(status)) return [`${operation.operationId} does not document ${status}`];
  const pointer = operation.responses.get(status)?.content['application/json']?.schemaPointer;
  if (!pointer) return body === undefined ? [] : [`${operation.operationId} documents no body for ${status}`];
  const validate = ajv.getSchema(`urn:test:${api.name}${pointer}`);
  if (!validate) throw new Error(`no schema at ${pointer}`);
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
