import { looker } from '../looker/errors';
import { locationOf, tokenOf } from '../src';
import { truto } from '../truto/errors';
import { versori } from '../versori/errors';

describe('given an Authorization header', () => {
  test('it reads the token of a Bearer header in any case, with trailing spaces', () => {
    expect(tokenOf('Bearer abc', ['bearer'])).toBe('abc');
    expect(tokenOf('bearer abc  ', ['bearer'])).toBe('abc');
    expect(tokenOf('BEARER abc', ['bearer'])).toBe('abc');
  });

  test('it reads nothing from a missing header, another scheme, a lone scheme or a token with spaces', () => {
    for (const header of [undefined, '', 'Basic abc', 'Bearer', 'Bearer ', 'Bearer a b', 'abc']) expect(tokenOf(header, ['bearer'])).toBeUndefined();
  });
});

describe('given the three vendors', () => {
  test('it accepts Looker’s older `token` scheme besides Bearer', () => {
    expect(looker.token('token abc')).toBe('abc');
    expect(looker.token('Bearer abc')).toBe('abc');
  });

  test('it accepts only Bearer for Truto and Versori', () => {
    for (const vendor of [truto, versori]) {
      expect(vendor.token('Bearer key')).toBe('key');
      expect(vendor.token('token key')).toBeUndefined();
    }
  });
});

describe('given the location a validator names', () => {
  test('it maps Express’s and Fastify’s words to the common ones', () => {
    expect(['body', 'query', 'querystring', 'path', 'params', 'header', 'headers'].map(locationOf)).toEqual([
      'body',
      'query',
      'query',
      'path',
      'path',
      'header',
      'header',
    ]);
  });
});
