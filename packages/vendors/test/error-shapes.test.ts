import { looker, lookerErrors } from '../looker/errors';
import type { Violation } from '../src';
import { truto } from '../truto/errors';
import { versori } from '../versori/errors';

const wrongType: Violation = { location: 'body', field: ['is_enabled'], message: 'must be boolean', rule: 'type' };
const missing: Violation = { location: 'body', field: ['connectionVariables', '0', 'value'], message: "must have required property 'value'", rule: 'required' };
const unexpected: Violation = { location: 'body', field: ['colour'], message: 'must NOT have additional properties', rule: 'additionalProperties' };
const badQuery: Violation = { location: 'query', field: ['limit'], message: 'must be integer', rule: 'type' };

describe('given a Looker error', () => {
  test('it is {message, documentation_url} with the status’s page for the API version', () => {
    expect(looker.error(404, 'Not found')).toEqual({
      status: 404,
      body: { message: 'Not found', documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/404' },
    });
    expect(lookerErrors('3.1').body(401, 'Requires authentication')).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://cloud.google.com/looker/docs/r/err/3.1/401',
    });
  });

  test('it answers body violations with 422 Validation Failed and one errors[] entry per field, in Looker’s words for a missing one', () => {
    const url: Violation = { location: 'body', field: ['url'], message: 'must match format "uri"', rule: 'format' };
    const whole: Violation = { location: 'body', field: [], message: 'is required', rule: 'required' };
    const documentation_url = 'https://cloud.google.com/looker/docs/r/err/4.0/422';
    expect(looker.invalid([url, missing, whole])).toEqual({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          { field: 'url', code: 'invalid', message: 'must match format "uri"', documentation_url },
          { field: 'connectionVariables.0.value', code: 'missing_field', message: 'This field is required.', documentation_url },
          { field: null, code: 'missing_field', message: 'This field is required.', documentation_url },
        ],
        documentation_url,
      },
    });
  });

  test('it answers 400 naming each parameter when nothing in the body is wrong', () => {
    const path: Violation = { location: 'path', field: ['user_id'], message: 'must match pattern "^[0-9]+$"', rule: 'pattern' };
    expect(looker.invalid([badQuery, path])).toEqual({
      status: 400,
      body: {
        message: 'query/limit must be integer; path/user_id must match pattern "^[0-9]+$"',
        documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/400',
      },
    });
  });

  test('it gives a handler’s rule its own code, such as already_exists', () => {
    const taken = looker.validationError([
      { location: 'body', field: ['url'], message: 'An integration hub with url u already exists', rule: 'already_exists' },
    ]);
    expect(taken.status).toBe(422);
    expect(taken.body.errors).toEqual([
      expect.objectContaining({ field: 'url', code: 'already_exists', message: 'An integration hub with url u already exists' }),
    ]);
  });
});

describe('given a Truto error', () => {
  test('it is {statusCode, error, message} with the status’s reason phrase', () => {
    expect(truto.error(404, 'Not found')).toEqual({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found' } });
    expect(truto.body(599, 'odd')).toEqual({ statusCode: 599, error: 'Error', message: 'odd' });
  });

  test('it answers violations with one 400 naming each field in Fastify’s words, a missing property on its parent', () => {
    const header: Violation = { location: 'header', field: ['x-env'], message: 'must be string', rule: 'type' };
    const path: Violation = { location: 'path', field: ['id'], message: 'must match format "uuid"', rule: 'format' };
    expect(truto.invalid([wrongType, unexpected, missing, badQuery, header, path])).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message:
          "body/is_enabled must be boolean, body/colour must NOT have additional properties, body/connectionVariables/0 must have required property 'value', " +
          'querystring/limit must be integer, headers/x-env must be string, params/id must match format "uuid"',
      },
    });
  });
});

describe('given a Versori error', () => {
  test('it is {code, message} with the gRPC-style code of the status and the message in lower case', () => {
    expect(versori.error(404, 'Not found')).toEqual({ status: 404, body: { code: 'not_found', message: 'not found' } });
    expect(versori.body(413, 'Request body is larger than the limit of 1048576 bytes')).toEqual({
      code: 'payload_too_large',
      message: 'request body is larger than the limit of 1048576 bytes',
    });
    expect(versori.body(418, 'Teapot')).toEqual({ code: 'unknown', message: 'teapot' });
  });

  test('it carries the fields a handler gives', () => {
    expect(versori.error(400, 'id x does not match', [{ field: 'id', message: 'must equal the connector_id of the path' }]).body).toEqual({
      code: 'invalid_argument',
      message: 'id x does not match',
      fields: [{ field: 'id', message: 'must equal the connector_id of the path' }],
    });
  });

  test('it answers body violations with 400 request body failed validation and the fields below the body, in Versori’s path notation', () => {
    expect(versori.invalid([wrongType, missing])).toEqual({
      status: 400,
      body: {
        code: 'invalid_argument',
        message: 'request body failed validation',
        fields: [
          { field: 'is_enabled', message: 'must be boolean' },
          { field: 'connectionVariables[0].value', message: "must have required property 'value'" },
        ],
      },
    });
  });

  test('it names the one part that failed, and each field with its location when not all are in the body', () => {
    expect(versori.invalid([badQuery]).body).toEqual({
      code: 'invalid_argument',
      message: 'request query parameters failed validation',
      fields: [{ field: 'query.limit', message: 'must be integer' }],
    });
    expect(versori.invalid([wrongType, badQuery]).body).toMatchObject({
      message: 'request failed validation',
      fields: [{ field: 'body.is_enabled' }, { field: 'query.limit' }],
    });
  });
});
