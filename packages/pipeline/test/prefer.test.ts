import { loadApi, operationsOf } from '@contracts/bundles';
import { parsePrefer, preferenceProblem } from '../src';

describe('given a Prefer header', () => {
  test.each([
    ['code=404, example="unknownId"', { code: 404, example: 'unknownId' }],
    ['dynamic=true, code=200', { dynamic: true, code: 200 }],
    ['dynamic', { dynamic: true }],
    // Two headers arrive joined with a comma (the Fetch API's Headers).
    ['code=429, example=rateLimited', { code: 429, example: 'rateLimited' }],
    // RFC 7240: after a semicolon come the parameters of a preference, as Prism reads them too.
    ['code=404; example=unknownId', { code: 404 }],
    [null, {}],
  ])('it reads %j as %j, as Prism does', (header, expected) => {
    expect(parsePrefer(header)).toEqual(expected);
  });

  test('a code that is not three digits is kept as NaN, so a transport can refuse it', () => {
    expect(parsePrefer('code=abc').code).toBeNaN();
  });
});

describe('given the preferences of a request to Looker’s update_integration_hub', () => {
  const operation = operationsOf(loadApi('looker').document).find((candidate) => candidate.operationId === 'update_integration_hub');
  if (!operation) throw new Error('the Looker bundle has no update_integration_hub');
  const statuses = [...operation.responses.keys()].join(', ');

  test.each([
    [{}, undefined],
    [{ code: 429 }, undefined],
    [{ code: 200, example: 'updated' }, undefined],
    [{ code: 299 }, `Prefer: code=299 is not a documented status of update_integration_hub; use one of ${statuses}`],
    [{ code: Number.NaN }, `Prefer: code=? is not a documented status of update_integration_hub; use one of ${statuses}`],
    [{ example: 'nope' }, 'Prefer: example=nope is not an example of the 200 answer of update_integration_hub; use one of updated'],
  ])('preferences %j are met, or refused naming what to use instead: %s', (preferences, problem) => {
    expect(preferenceProblem(operation, preferences)).toBe(problem);
  });
});
