import { environmentIntegrations, type TrutoCredentials } from '@contracts/vendors/truto';
import { connectors, type VersoriCredentials } from '@contracts/vendors/versori';
import request from 'supertest';
import { credentialsOf, expectMatchesSpec, freshStub, storedRecord } from './support';

const trutoId = '3fda2b4c-0516-41bc-8ae6-4927e42ecce9';
const org = '01HQ8ZK3M7V4X2N9P6R5T8W1YB';
const connector = '01J2F7QK9RZ8X3M5N4B6C7D8EA';

describe('given the Truto stub', () => {
  const setup = async (overrides = {}) => {
    const stub = await freshStub('truto', overrides);
    const patch = (id = trutoId, token = credentialsOf<TrutoCredentials>(stub).apiToken) =>
      request(stub.app).patch(`/environment-integration/${id}`).set('authorization', `Bearer ${token}`);
    return { stub, patch };
  };

  test('it updates only the fields sent, replaces a sent override as a whole and moves updated_at forward', async () => {
    const { stub, patch } = await setup();
    const first = await patch().send({ is_enabled: true });
    expect(first.status).toBe(200);
    expectMatchesSpec(stub.api, 'updateEnvironmentIntegration', 200, first.body);
    expect(first.body).toMatchObject({ is_enabled: true, show_in_catalog: true, override: null });
    const second = await patch().send({ override: { base_url: 'https://eu.example.com', headers: { 'X-Region': 'eu-west-1' } } });
    expect(second.body).toMatchObject({ is_enabled: true, override: { base_url: 'https://eu.example.com', headers: { 'X-Region': 'eu-west-1' } } });
    const third = await patch().send({ override: { headers: { 'X-Region': 'eu-central-1' } } });
    expect(third.body.override).toEqual({ headers: { 'X-Region': 'eu-central-1' } });
    expect(Date.parse(second.body.updated_at)).toBeGreaterThan(Date.parse(first.body.updated_at));
    expect(Date.parse(first.body.updated_at)).toBeGreaterThan(Date.parse('2021-08-12T14:32:05.000Z'));
  });

  test('a field Truto does not document is accepted and ignored', async () => {
    const { stub, patch } = await setup();
    const response = await patch().send({ is_enabled: true, name: 'x' });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('name');
    expect(await storedRecord(stub, environmentIntegrations, trutoId)).not.toHaveProperty('name');
  });

  test.each([
    [404, 'an unknown id', (p: Awaited<ReturnType<typeof setup>>['patch']) => p('9b2e6f4a-1c3d-4e5f-8a7b-6c5d4e3f2a1b').send({})],
    [400, 'a wrong type', (p: Awaited<ReturnType<typeof setup>>['patch']) => p().send({ is_enabled: 'yes' })],
    [400, 'an id that is not a uuid', (p: Awaited<ReturnType<typeof setup>>['patch']) => p('not-a-uuid').send({})],
    [400, 'malformed JSON', (p: Awaited<ReturnType<typeof setup>>['patch']) => p().set('content-type', 'application/json').send('{')],
    [401, 'a wrong token', (p: Awaited<ReturnType<typeof setup>>['patch']) => p(trutoId, 'wrong').send({})],
    [413, 'a body over the limit', (p: Awaited<ReturnType<typeof setup>>['patch']) => p().send({ override: { blob: 'x'.repeat(300) } })],
    [415, 'text/plain', (p: Awaited<ReturnType<typeof setup>>['patch']) => p().set('content-type', 'text/plain').send('x')],
  ])('it answers %i in the Truto shape for %s and changes nothing', async (status, _why, call) => {
    const { stub, patch } = await setup({ bodyLimitBytes: 256 });
    const before = await storedRecord(stub, environmentIntegrations, trutoId);
    const response = await call(patch);
    expect(response.status).toBe(status);
    expectMatchesSpec(stub.api, 'updateEnvironmentIntegration', status, response.body);
    expect(response.body.statusCode).toBe(status);
    expect(await storedRecord(stub, environmentIntegrations, trutoId)).toEqual(before);
  });

  test('it names every field of an invalid body in one message, as Truto’s Fastify stack does', async () => {
    const { patch } = await setup();
    const response = await patch().send({ is_enabled: 'yes', show_in_catalog: 'no' });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('body/show_in_catalog must be boolean, body/is_enabled must be boolean');
  });

  test('it answers unknown routes and methods in the Truto shape', async () => {
    const { stub } = await setup();
    const unknown = await request(stub.app).get('/integrations');
    const method = await request(stub.app).put(`/environment-integration/${trutoId}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not found' });
    expect(method.status).toBe(405);
    expect(method.body.statusCode).toBe(405);
  });
});

describe('given the Versori stub', () => {
  const oauth = '01J2F7R1A3C5E7G9J1M3P5S7V9';
  const apiKey = '01J2F7R2B4D6F8H0K2N4Q6T8W0';
  const ids = { id: connector, organisationId: org };
  const full = {
    ...ids,
    name: 'Acme CRM v2',
    protocol: 'http',
    authSchemeConfigIds: [apiKey, oauth],
    baseUrl: 'https://api.acme-crm.com/v4',
    connectionVariables: [{ name: 'region', value: 'us-east-1' }],
  };
  const setup = async (overrides = {}) => {
    const stub = await freshStub('versori', overrides);
    const put = (path = `/o/${org}/connectors/${connector}`, token = credentialsOf<VersoriCredentials>(stub).apiKey) =>
      request(stub.app).put(`/api/connect/v1${path}`).set('authorization', `Bearer ${token}`);
    const stored = () => storedRecord(stub, connectors, `${org}/${connector}`);
    return { stub, put, stored };
  };
  const configIds = (body: { authSchemeConfigs: Array<{ id: string }> }) => body.authSchemeConfigs.map((config) => config.id);

  test('it replaces the mutable fields, reorders auth schemes and overwrites every connection’s variables', async () => {
    const { stub, put } = await setup();
    const response = await put().send(full);
    expect(response.status).toBe(200);
    expectMatchesSpec(stub.api, 'UpdateConnector', 200, response.body);
    expect(configIds(response.body)).toEqual([apiKey, oauth]);
    expect(response.body).toMatchObject({
      name: 'Acme CRM v2',
      baseUrl: 'https://api.acme-crm.com/v4',
      connectionVariables: full.connectionVariables,
      public: false,
    });
    for (const field of ['documentationURL', 'imageURL', 'tags']) expect(response.body).not.toHaveProperty(field);
    expect(response.body.connections[0].variables).toEqual(full.connectionVariables);
    expect(Date.parse(response.body.updatedAt)).toBeGreaterThan(Date.parse('2025-06-02T08:15:30Z'));
  });

  test('omitted fields are unset but an omitted authSchemeConfigIds keeps the order and the connections keep their variables', async () => {
    const { put } = await setup();
    const response = await put().send({ ...ids, name: 'Sandbox', protocol: 'http', baseUrl: 'https://sandbox.api.acme-crm.com/v3' });
    expect(response.status).toBe(200);
    expect(configIds(response.body)).toEqual([oauth, apiKey]);
    expect(response.body.connectionVariables).toEqual([]);
    for (const field of ['imageURL', 'documentationURL', 'tags']) expect(response.body).not.toHaveProperty(field);
    expect(response.body.connections[0].variables).toEqual([
      { name: 'region', value: 'eu-west-1' },
      { name: 'accountId', value: '4471902' },
    ]);
  });

  test('a BigQuery body turns the connector into a BigQuery one: datasetId set, the HTTP fields gone', async () => {
    const { stub, put } = await setup();
    const response = await put().send({ ...ids, name: 'Acme warehouse', protocol: 'bigquery', datasetId: 'acme-analytics-prod.crm' });
    expect(response.status).toBe(200);
    expectMatchesSpec(stub.api, 'UpdateConnector', 200, response.body);
    expect(response.body).toMatchObject({ protocol: 'bigquery', datasetId: 'acme-analytics-prod.crm' });
    for (const field of ['baseUrl', 'connectionVariables']) expect(response.body).not.toHaveProperty(field);
  });

  test('a field Versori does not describe is accepted and ignored, as Versori’s description allows it', async () => {
    const { put, stored } = await setup();
    const response = await put().send({ ...full, colour: 'red' });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('colour');
    expect(await stored()).not.toHaveProperty('colour');
  });

  test.each([
    [400, 'an id that disagrees with the path', { ...full, id: '01J2F7QK9RZ8X3M5N4B6C7D8EB' }, 'id'],
    [400, 'an organisationId that disagrees with the path', { ...full, organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YC' }, 'organisationId'],
    [400, 'authSchemeConfigIds that are not a reordering', { ...full, authSchemeConfigIds: [apiKey] }, 'authSchemeConfigIds'],
    [400, 'a protocol outside the enum', { ...full, protocol: 'ftp' }, 'protocol'],
    [400, 'a missing name', { ...ids, protocol: 'http', baseUrl: full.baseUrl }, 'name'],
    [400, 'an HTTP body without baseUrl', { ...ids, name: 'Acme CRM', protocol: 'http' }, 'baseUrl'],
    [400, 'a variable without a value', { ...full, connectionVariables: [{ name: 'region' }] }, 'connectionVariables[0].value'],
  ])('it answers %i in the Versori shape for %s, naming the field, and changes nothing', async (status, _why, body, field) => {
    const { stub, put, stored } = await setup();
    const before = await stored();
    const response = await put().send(body);
    expect(response.status).toBe(status);
    expectMatchesSpec(stub.api, 'UpdateConnector', status, response.body);
    expect(response.body.code).toBe('invalid_argument');
    expect(response.body.fields.map((entry: { field: string }) => entry.field)).toContain(field);
    expect(await stored()).toEqual(before);
  });

  test.each([
    [404, 'an unknown connector', `/o/${org}/connectors/01J2F7QK9RZ8X3M5N4B6C7D8EB`, 'valid', 'not_found'],
    [401, 'a wrong key', `/o/${org}/connectors/${connector}`, 'wrong', 'unauthenticated'],
    [413, 'a body over the limit', `/o/${org}/connectors/${connector}`, 'large', 'payload_too_large'],
    [415, 'text/plain', `/o/${org}/connectors/${connector}`, 'text', 'unsupported_media_type'],
  ])('it answers %i in the Versori shape for %s', async (status, _why, path, kind, code) => {
    const { stub, put } = await setup({ bodyLimitBytes: 512 });
    const call = put(path, kind === 'wrong' ? 'wrong' : undefined);
    const body = kind === 'valid' ? { ...full, id: '01J2F7QK9RZ8X3M5N4B6C7D8EB' } : full;
    const response =
      kind === 'large'
        ? await call.send({ ...full, name: 'x'.repeat(1000) })
        : kind === 'text'
          ? await call.set('content-type', 'text/plain').send('x')
          : await call.send(body);
    expect(response.status).toBe(status);
    expectMatchesSpec(stub.api, 'UpdateConnector', status, response.body);
    expect(response.body.code).toBe(code);
  });

  test('it writes its messages in lower case, as the spec’s examples do', async () => {
    const { put } = await setup();
    const text = await put().set('content-type', 'text/plain').send('x');
    expect(text.body).toEqual({ code: 'unsupported_media_type', message: 'unsupported Content-Type text/plain; send application/json' });
    const missing = await put().send({ ...ids, protocol: 'http', baseUrl: full.baseUrl });
    expect(missing.body).toEqual({
      code: 'invalid_argument',
      message: 'request body failed validation',
      fields: [{ field: 'name', message: "must have required property 'name'" }],
    });
  });
});
