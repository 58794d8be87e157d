import { loadApi, operationsOf } from '@contracts/bundles';
import { parameterRulesOf, readQuery } from '../src/parameters';

const api = loadApi('truto');
const list = operationsOf(api.document).find((operation) => operation.operationId === 'listEnvironmentIntegrations');
if (!list) throw new Error('the Truto bundle has no listEnvironmentIntegrations');
const rules = parameterRulesOf(api.document, list);
const read = (query: string) => readQuery(new URLSearchParams(query), rules);

describe('given the query of Truto’s list', () => {
  test('it reads each value as its schema’s type', () => {
    expect(read('limit=10&is_enabled=false&integration.name=zendesk')).toEqual({
      values: { limit: 10, is_enabled: false, 'integration.name': 'zendesk' },
      violations: [],
    });
  });

  test('an empty next_cursor is read as empty, since the parameter allows it', () => {
    expect(read('next_cursor=')).toEqual({ values: { next_cursor: '' }, violations: [] });
  });

  test.each([
    ['colour=red', 'colour', 'additionalProperties'],
    ['limit=', 'limit', 'allowEmptyValue'],
    ['limit=+', 'limit', 'type'],
    ['limit=1e309', 'limit', 'type'],
    ['limit=2.5', 'limit', 'type'],
    ['is_enabled=yes', 'is_enabled', 'type'],
    ['limit=1&limit=2', 'limit', 'type'],
  ])('%s is refused, naming %s (%s)', (query, field, rule) => {
    expect(read(query).violations).toEqual([expect.objectContaining({ location: 'query', field: [field], rule })]);
  });
});
