import { loadApi, operationsOf } from '@contracts/bundles';
import request from 'supertest';
import { expectMatchesSpec, freshStub } from './support';

// The whole lifecycle of Truto's environment integrations and Versori's connectors on the stateful stub, every
// answer checked against the spec.

/** The first request example of an operation's body, from the spec. */
function requestExample(api: string, operationId: string): Record<string, unknown> {
  const operation = operationsOf(loadApi(api).document).find((candidate) => candidate.operationId === operationId);
  const value = operation?.requestBody?.content['application/json']?.examples[0]?.value;
  if (!value) throw new Error(`${api} ${operationId} has no request example`);
  return structuredClone(value) as Record<string, unknown>;
}

async function setup(api: 'truto' | 'versori', basePath: string, token: string) {
  const stub = await freshStub(api);
  const call = async (operationId: string, method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, body?: unknown) => {
    let pending = request(stub.app)[method](`${basePath}${path}`).set('authorization', `Bearer ${token}`);
    if (body !== undefined) pending = pending.send(body as object);
    const response = await pending;
    if (response.status !== 204) expectMatchesSpec(stub.api, operationId, response.status, response.body);
    return response;
  };
  return { stub, call };
}

describe('given the Truto stub’s environment integrations', () => {
  const truto = () => setup('truto', '', 'truto-local-api-token');

  test('an install goes through create (201) → list → get → update → delete ({id}) → get 404 → gone from the list', async () => {
    const { call } = await truto();
    const created = await call('createEnvironmentIntegration', 'post', '/environment-integration', requestExample('truto', 'createEnvironmentIntegration'));
    expect(created.status).toBe(201);
    const { id, integration_id: integrationId } = created.body as { id: string; integration_id: string };
    expect(created.body).toMatchObject({ show_in_catalog: false, is_enabled: true, integration: { name: 'jira' } });
    expect((await call('listEnvironmentIntegrations', 'get', '/environment-integration')).body.result.map((item: { id: string }) => item.id)).toContain(id);
    expect((await call('getEnvironmentIntegration', 'get', `/environment-integration/${id}`)).body.integration_id).toBe(integrationId);
    const updated = await call('updateEnvironmentIntegration', 'patch', `/environment-integration/${id}`, { show_in_catalog: true, override: null });
    expect(updated.body).toMatchObject({ show_in_catalog: true, override: null });
    expect((await call('deleteEnvironmentIntegration', 'delete', `/environment-integration/${id}`)).body).toEqual({ id });
    const gone = await call('getEnvironmentIntegration', 'get', `/environment-integration/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect((await call('listEnvironmentIntegrations', 'get', '/environment-integration')).body.result.map((item: { id: string }) => item.id)).not.toContain(id);
  });

  test('installing an installed integration again answers it unchanged; an integration nothing knows is 404', async () => {
    const { call } = await truto();
    const again = await call('createEnvironmentIntegration', 'post', '/environment-integration', {
      integration_id: '4a4de828-f4db-4c9e-adfd-434e0864c3c7',
      is_enabled: true,
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: '3fda2b4c-0516-41bc-8ae6-4927e42ecce9', is_enabled: false });
    const unknown = await call('createEnvironmentIntegration', 'post', '/environment-integration', { integration_id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
  });

  test.each([
    ['integration_id=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', ['hubspot']],
    ['show_in_catalog=true', ['zendesk', 'hubspot']],
    ['is_enabled=true', ['hubspot']],
    ['is_enabled=false', ['zendesk']],
    ['integration.name=zendesk', ['zendesk']],
    ['integration.category=crm', ['hubspot']],
    ['integration.category=crm&is_enabled=false', []],
  ])('the list filtered by %s holds %p', async (query, names) => {
    const { call } = await truto();
    const page = await call('listEnvironmentIntegrations', 'get', `/environment-integration?${query}`);
    expect(page.body.result.map((item: { integration: { name: string } }) => item.integration.name)).toEqual(names);
  });

  test('pages of one follow next_cursor to the end, where it is null; a cursor of nothing is 400', async () => {
    const { call } = await truto();
    await call('createEnvironmentIntegration', 'post', '/environment-integration', requestExample('truto', 'createEnvironmentIntegration'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call('listEnvironmentIntegrations', 'get', `/environment-integration?limit=1${cursor ? `&next_cursor=${cursor}` : ''}`);
      expect(page.body.result).toHaveLength(1);
      seen.push(page.body.result[0].integration.name);
      cursor = page.body.next_cursor;
    } while (cursor !== null && seen.length < 10);
    expect(seen).toEqual(['zendesk', 'hubspot', 'jira']);
    expect((await call('listEnvironmentIntegrations', 'get', '/environment-integration?next_cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });
});

describe('given the Versori stub’s connectors', () => {
  const org = '01HQ8ZK3M7V4X2N9P6R5T8W1YB';
  const versori = () => setup('versori', '/api/connect/v1', 'versori-local-api-key');

  test('an HTTP connector goes through create (201) → list → get → update → delete (204) → get 404 → gone; its secret is never shown', async () => {
    const { call } = await versori();
    const body = requestExample('versori', 'CreateHTTPConnector');
    const created = await call('CreateHTTPConnector', 'post', `/o/${org}/protocols/http/connectors`, body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ organisationId: org, name: 'Globex Billing', protocol: 'http', versions: [] });
    expect(JSON.stringify(created.body)).not.toContain('7fQ2-vW9k-Lm4x-R8sd');
    expect(created.body.connections[0].credentials.action[0].credential.data).toEqual({ username: 'versori-sync', password: '********' });
    const listed = await call('ListConnectors', 'get', `/o/${org}/connectors?name=globex`);
    expect(listed.body).toMatchObject({ totalCount: 1, connectors: [{ id }] });
    expect((await call('GetConnector', 'get', `/o/${org}/connectors/${id}`)).body.name).toBe('Globex Billing');
    const replaced = await call('UpdateConnector', 'put', `/o/${org}/connectors/${id}`, {
      id,
      organisationId: org,
      name: 'Globex Billing v2',
      protocol: 'http',
      baseUrl: 'https://api.globex-billing.com/v3',
    });
    expect(replaced.body).toMatchObject({ name: 'Globex Billing v2', baseUrl: 'https://api.globex-billing.com/v3', connectionVariables: [] });
    expect((await call('DeleteConnector', 'delete', `/o/${org}/connectors/${id}`)).status).toBe(204);
    const gone = await call('GetConnector', 'get', `/o/${org}/connectors/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('not_found');
    expect((await call('ListConnectors', 'get', `/o/${org}/connectors?name=globex`)).body).toEqual({ totalCount: 0, connectors: [] });
  });

  test('a BigQuery connector is created from its own body and listed by protocol', async () => {
    const { call } = await versori();
    const created = await call(
      'CreateBigQueryConnector',
      'post',
      `/o/${org}/protocols/bigquery/connectors`,
      requestExample('versori', 'CreateBigQueryConnector'),
    );
    expect(created.status).toBe(201);
    expect(created.body.protocol).toBe('bigquery');
    const bigquery = await call('ListConnectors', 'get', `/o/${org}/connectors?protocol=BIGQUERY`);
    expect(bigquery.body.connectors.map((connector: { protocol: string }) => connector.protocol)).toEqual(['bigquery', 'bigquery']);
  });

  test.each([
    ['tags=category:crm', ['Acme CRM']],
    ['tags=category', ['Acme CRM', 'Sales warehouse']],
    ['categories=CRM', ['Acme CRM']],
    ['name=WAREHOUSE', ['Sales warehouse']],
    ['protocol=http', ['Acme CRM']],
  ])('the list filtered by %s holds %p', async (query, names) => {
    const { call } = await versori();
    const page = await call('ListConnectors', 'get', `/o/${org}/connectors?${query}`);
    expect(page.body.connectors.map((connector: { name: string }) => connector.name).sort()).toEqual(names);
    expect(page.body.totalCount).toBe(names.length);
  });

  test('pages of one follow next to the end and prev back to the start; every page counts them all', async () => {
    const { call } = await versori();
    await call('CreateHTTPConnector', 'post', `/o/${org}/protocols/http/connectors`, requestExample('versori', 'CreateHTTPConnector'));
    const forward: string[] = [];
    let page = await call('ListConnectors', 'get', `/o/${org}/connectors?first=1`);
    expect(page.body.prev).toBeUndefined();
    for (;;) {
      expect(page.body).toMatchObject({ totalCount: 3 });
      forward.push(page.body.connectors[0].name);
      if (!page.body.next) break;
      page = await call('ListConnectors', 'get', `/o/${org}/connectors?first=1&after=${page.body.next}`);
    }
    expect(forward).toHaveLength(3);
    expect(new Set(forward).size).toBe(3);
    const back = await call('ListConnectors', 'get', `/o/${org}/connectors?first=1&before=${page.body.prev}`);
    expect(back.body.connectors[0].name).toBe(forward[1]);
    expect((await call('ListConnectors', 'get', `/o/${org}/connectors?after=bm90aGluZw`)).status).toBe(400);
  });

  test('another organisation sees none of these connectors', async () => {
    const { call } = await versori();
    expect((await call('ListConnectors', 'get', '/o/01HQ8ZK3M7V4X2N9P6R5T8W1YC/connectors')).body).toEqual({ totalCount: 0, connectors: [] });
  });
});
