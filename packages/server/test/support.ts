import { type Api, loadApi, operationsOf } from '@contracts/bundles';
import type { Collection } from '@contracts/vendors';
import { lookerCredentials } from '@contracts/vendors/looker';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { createStubApp, type StubApp } from '../src/app';
import { resolveOptions, type StubOptions } from '../src/options';

/** A fresh stub of `name` (own in-memory store, default credentials), with options overridden as given. */
export function freshStub(name: string, overrides: Partial<StubOptions> = {}): Promise<StubApp> {
  return createStubApp(loadApi(name), resolveOptions(overrides, {}));
}

/** The credentials a stub accepts, typed as its vendor declares them. */
export const credentialsOf = <C>(stub: StubApp) => stub.fake.credentials as C;

/** A record of a stub's store, read the way handlers read it. */
export const storedRecord = <T>(stub: StubApp, collection: Collection<T>, id: string) => stub.fake.store.get(collection, id);

/** How many records a collection of a stub's store holds. */
export const storedCount = async (stub: StubApp, collection: Collection<unknown>) => (await stub.fake.store.list(collection)).length;

const validators = new Map<string, Ajv2020>();

/** Asserts that `body` is what the spec allows for `operationId` answering `status` (ajv 2020 on the bundle). */
export function expectMatchesSpec(api: Api, operationId: string, status: number, body: unknown): void {
  let ajv = validators.get(api.name);
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...structuredClone(api.document), $id: `${api.name}.json` } as object);
    validators.set(api.name, ajv);
  }
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  if (!operation.responses.has(status)) throw new Error(`${operationId} does not document ${status}`);
  const pointer = operation.responses.get(status)?.content['application/json']?.schemaPointer;
  const validate = pointer && ajv.getSchema(`${api.name}.json${pointer}`);
  if (!validate) throw new Error(`no JSON schema for ${operationId} ${status}`);
  if (!validate(body)) throw new Error(`${operationId} ${status} body does not match the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`);
}

/** Logs in to a Looker stub with an API3 key and returns the access token. */
export async function lookerLogin(
  stub: StubApp,
  clientId = lookerCredentials.variables.LOOKER_CLIENT_ID,
  clientSecret = lookerCredentials.variables.LOOKER_CLIENT_SECRET,
): Promise<string> {
  const response = await request(stub.app).post('/api/4.0/login').type('form').send({ client_id: clientId, client_secret: clientSecret });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.access_token as string;
}
