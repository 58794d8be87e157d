import { type Api, loadApi } from '@contracts/bundles';
import { localCredentials } from '@contracts/credentials';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { createStubApp, type StubApp } from '../src/app';
import { resolveOptions, type StubOptions } from '../src/options';
import { operationsOf } from '../src/spec';

export const credentials = localCredentials({});

/** A fresh stub of `name` (own store), with options overridden as given. */
export function freshStub(name: string, overrides: Partial<StubOptions> = {}): StubApp {
  return createStubApp(loadApi(name), resolveOptions({ credentials, ...overrides }, {}));
}

const validators = new Map<string, Ajv2020>();
const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Asserts that `body` is what the spec allows for `operationId` answering `status` (ajv 2020 on the bundle). */
export function expectMatchesSpec(api: Api, operationId: string, status: number, body: unknown): void {
  let ajv = validators.get(api.name);
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...structuredClone(api.document), $id: `${api.name}.json` } as object);
    validators.set(api.name, ajv);
  }
  const operation = operationsOf(api).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  if (!operation.statuses.includes(status)) throw new Error(`${operationId} does not document ${status}`);
  const response = (operation.operation.responses as Record<string, { $ref?: string }>)[String(status)];
  const base = response?.$ref ? response.$ref.slice(1) : `/paths/${escapePointer(operation.path)}/${operation.method}/responses/${status}`;
  const validate = ajv.getSchema(`${api.name}.json#${base}/content/application~1json/schema`);
  if (!validate) throw new Error(`no JSON schema for ${operationId} ${status}`);
  if (!validate(body)) throw new Error(`${operationId} ${status} body does not match the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`);
}

/** Logs in to a Looker stub with an API3 key and returns the access token. */
export async function lookerLogin(stub: StubApp, clientId = credentials.looker.clientId, clientSecret = credentials.looker.clientSecret): Promise<string> {
  const response = await request(stub.app).post('/api/4.0/login').type('form').send({ client_id: clientId, client_secret: clientSecret });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.access_token as string;
}
