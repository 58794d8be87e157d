import { loadApi, operationsOf } from '@contracts/bundles';
import { RouteTable } from '../src';

const table = new RouteTable(operationsOf(loadApi('looker').document));

describe('given the route table of Looker', () => {
  test.each([
    ['GET', '/integration_hubs', 'all_integration_hubs', {}],
    ['PATCH', '/integration_hubs/2', 'update_integration_hub', { integration_hub_id: '2' }],
    ['GET', '/integration_hubs/2/health', 'get_integration_hub_health', { integration_hub_id: '2' }],
    ['POST', '/login', 'login', {}],
    ['POST', '/login/42', 'login_user', { user_id: '42' }],
    ['GET', '/integrations/2%3A%3Anorthwind_warehouse', 'integration', { integration_id: '2::northwind_warehouse' }],
    // An escaped literal is the literal (RFC 3986: %5F is `_`).
    ['GET', '/integration%5Fhubs', 'all_integration_hubs', {}],
  ])('%s %s is %s with %j', (method, path, operationId, params) => {
    const found = table.lookup(method, path);
    expect(found).toMatchObject({ kind: 'operation', operation: { operationId }, params });
  });

  test.each([
    ['a trailing slash', '/integration_hubs/'],
    ['another case', '/Integration_Hubs'],
    ['an empty parameter', '/integration_hubs//health'],
    ['a path it does not have', '/dashboards'],
    ['no leading slash', 'integration_hubs'],
  ])('%s leads nowhere', (_what, path) => {
    expect(table.lookup('GET', path)).toEqual({ kind: 'none' });
  });

  test('a method the path does not have gives the methods it has, in the spec’s order', () => {
    expect(table.lookup('PUT', '/integration_hubs/2')).toEqual({
      kind: 'path',
      template: '/integration_hubs/{integration_hub_id}',
      methods: ['get', 'delete', 'patch'],
    });
  });

  test('a parameter whose percent-encoding is malformed still routes, naming it', () => {
    expect(table.lookup('GET', '/integration_hubs/%E0%A4%A')).toMatchObject({
      kind: 'operation',
      operation: { operationId: 'integration_hub' },
      malformed: { name: 'integration_hub_id', raw: '%E0%A4%A' },
    });
  });
});
