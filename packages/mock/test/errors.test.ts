import type { Operation } from '@contracts/bundles';
import { defaultBodyLimitBytes } from '@contracts/http';
import type { StartedMocks } from '../src/start';
import { apis, call, credentialFor, encode, firstExample, propertiesOf, requestSchema, startTestMocks, validatorFor } from './support';

let mocks: StartedMocks;
const credentials: Record<string, string> = {};

beforeAll(async () => {
  mocks = await startTestMocks();
  for (const { api, operations } of apis) {
    credentials[api.name] = await credentialFor(api, mocks.urls[api.name] as string);
    // Every operation answers a valid request first, so the checks below also catch validation that stops after warm-up.
    for (const operation of operations.filter((candidate) => candidate.operationId !== 'logout')) {
      await call(api, mocks.urls[api.name] as string, operation, { authorization: credentials[api.name] as string });
    }
  }
});
afterAll(() => mocks.close());

/** A value of another JSON type than the schema allows. */
function wrongTypeFor(schema: Record<string, unknown>): unknown {
  const types = [schema.type].flat();
  if (types.includes('string')) return 12345;
  return 'not-the-right-type';
}

describe.each(apis)('given the $api.title mock', ({ api, operations }) => {
  const validator = validatorFor(api);
  const baseUrl = () => mocks.urls[api.name] as string;
  const auth = () => ({ authorization: credentials[api.name] as string });
  const withBody = operations.filter((operation) => requestSchema(api, operation));
  const jsonBody = withBody.filter((operation) => requestSchema(api, operation)?.mediaType === 'application/json');
  const secured = operations.filter((operation) => !operation.anonymous);
  /** The status the vendor uses for a request that breaks the spec: 422 where documented, else 400. */
  const invalidStatus = (operation: Operation) => (operation.responses.has(422) ? 422 : 400);

  // Runs each case twice, after the other operations: Prism has skipped body validation for a schema
  // that several operations share, so every operation must keep rejecting invalid bodies.
  const rounds = [1, 2];

  describe.each(withBody)('and a $operationId request whose body breaks the spec', (operation) => {
    const request = requestSchema(api, operation);
    if (!request) throw new Error('unreachable');
    const { properties, required } = propertiesOf(api, request.schema);
    const typed = Object.entries(properties).find(([, property]) => property.type && property.readOnly !== true);

    if (typed && request.mediaType === 'application/json') {
      const [field, property] = typed;
      test.each(rounds)(`it answers the vendor's error naming the field "${field}" of the wrong type (round %i)`, async () => {
        const body = { ...(request.example as object), [field]: wrongTypeFor(property) };
        const answer = await call(api, baseUrl(), operation, auth(), { body: JSON.stringify(body) });
        expect(answer.status).toBe(invalidStatus(operation));
        expect(validator.response(operation, answer.status, answer.body)).toEqual([]);
        expect(JSON.stringify(answer.body)).toContain(field);
      });
    }

    for (const field of required) {
      test.each(rounds)(`it answers the vendor's error naming the missing required field "${field}" (round %i)`, async () => {
        const body = { ...(request.example as Record<string, unknown>) };
        delete body[field];
        const answer = await call(api, baseUrl(), operation, auth(), { body: encode(request.mediaType, body) });
        expect(answer.status).toBe(invalidStatus(operation));
        expect(validator.response(operation, answer.status, answer.body)).toEqual([]);
        expect(JSON.stringify(answer.body)).toContain(field);
      });
    }

    if (operation.requestBody?.required) {
      test("it answers the vendor's validation error when the required body is missing", async () => {
        const answer = await call(api, baseUrl(), operation, auth(), { body: '' });
        expect(answer.status).toBe(invalidStatus(operation));
        expect(validator.response(operation, answer.status, answer.body)).toEqual([]);
        expect(JSON.stringify(answer.body)).toContain('required');
      });
    }

    test('it answers the documented 415 in the vendor shape for a text/plain body', async () => {
      const answer = await call(api, baseUrl(), operation, auth(), { body: 'hello', mediaType: 'text/plain' });
      expect(answer.status).toBe(415);
      expect(validator.schema('Error', answer.body)).toEqual([]);
      if (operation.responses.has(415)) expect(validator.response(operation, 415, answer.body)).toEqual([]);
      expect(JSON.stringify(answer.body)).toContain('text/plain');
    });

    test('it answers 413 in the vendor shape for a body over the limit', async () => {
      const answer = await call(api, baseUrl(), operation, auth(), { body: `{"x":"${'a'.repeat(defaultBodyLimitBytes)}"}`, mediaType: request.mediaType });
      expect(answer.status).toBe(413);
      expect(validator.schema('Error', answer.body)).toEqual([]);
      if (operation.responses.has(413)) expect(validator.response(operation, 413, answer.body)).toEqual([]);
    });
  });

  describe.each(jsonBody)('and a $operationId request with malformed JSON', (operation) => {
    test('it answers 400 in the vendor shape', async () => {
      const answer = await call(api, baseUrl(), operation, auth(), { body: '{"url": ' });
      expect(answer.status).toBe(400);
      expect(validator.response(operation, 400, answer.body)).toEqual([]);
    });
  });

  describe.each(secured)('and a $operationId request', (operation) => {
    test('it answers the documented 401 when no token is sent', async () => {
      const answer = await call(api, baseUrl(), operation, {});
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(firstExample(operation, 401));
      expect(validator.response(operation, 401, answer.body)).toEqual([]);
    });

    test('it answers the documented 401 for a wrong token, even when another status is preferred', async () => {
      const answer = await call(api, baseUrl(), operation, { authorization: 'Bearer not-a-valid-token', prefer: 'code=200' });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(firstExample(operation, 401));
    });
  });

  describe('and a request outside the operations of the spec', () => {
    test('it answers 404 in the vendor shape', async () => {
      const response = await fetch(`${baseUrl()}/no/such/route`, { headers: auth() });
      expect(response.status).toBe(404);
      expect(validator.schema('Error', await response.json())).toEqual([]);
    });
  });

  describe('and a Prefer header that asks for an undocumented status or example', () => {
    const [operation] = operations.filter((candidate) => !candidate.anonymous);
    if (!operation) return;

    test('it answers 400 saying which statuses are documented', async () => {
      const answer = await call(api, baseUrl(), operation, { ...auth(), prefer: 'code=599' });
      expect(answer.status).toBe(400);
      expect(validator.schema('Error', answer.body)).toEqual([]);
      expect(JSON.stringify(answer.body)).toContain([...operation.responses.keys()].join(', '));
    });

    test('it answers 400 naming the examples there are', async () => {
      const answer = await call(api, baseUrl(), operation, { ...auth(), prefer: 'example=noSuchExample' });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).toContain('noSuchExample');
    });
  });
});

describe('given the Looker mock', () => {
  const looker = apis.find(({ api }) => api.name === 'looker');
  if (!looker) throw new Error('no Looker bundle');
  const { api, operations } = looker;
  const operation = (id: string) => operations.find((candidate) => candidate.operationId === id) as Operation;
  const baseUrl = () => mocks.urls.looker as string;

  test('the base path is required: the same path at the root answers 404', async () => {
    const response = await fetch(new URL('/integration_hubs/2', baseUrl()), { method: 'PATCH', headers: { authorization: credentials.looker as string } });
    expect(response.status).toBe(404);
  });

  test('a request with two invalid fields gets a 422 whose errors[] name both', async () => {
    const answer = await call(
      api,
      baseUrl(),
      operation('update_integration_hub'),
      { authorization: credentials.looker as string },
      {
        body: JSON.stringify({ url: 12, authorization_token: 42 }),
      },
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { field: 'url', code: 'invalid', message: 'must be string' },
        { field: 'authorization_token', code: 'invalid' },
      ],
      documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/422',
    });
  });

  test('read-only fields in a request body are ignored, as Looker does', async () => {
    const answer = await call(
      api,
      baseUrl(),
      operation('update_integration_hub'),
      { authorization: credentials.looker as string },
      {
        body: JSON.stringify({ id: '99', label: 'ignored', url: 'https://actions.northwind-analytics.com/looker' }),
      },
    );
    expect(answer.status).toBe(200);
  });

  test('/login with a wrong client_secret answers the documented 401', async () => {
    const answer = await call(api, baseUrl(), operation('login'), {}, { body: 'client_id=gXvR7dQ4bN9kYpTm2Hs8&client_secret=wrong' });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(firstExample(operation('login'), 401));
  });

  test('/login with the API3 key in the query string and no body answers 200, as Looker still accepts it there', async () => {
    const answer = await call(
      api,
      baseUrl(),
      operation('login'),
      {},
      { body: '', query: '?client_id=gXvR7dQ4bN9kYpTm2Hs8&client_secret=Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String) });
  });

  test('the older `Authorization: token <t>` form is accepted', async () => {
    const token = (credentials.looker as string).replace(/^Bearer /, 'token ');
    const answer = await call(api, baseUrl(), operation('update_user_credentials_api3'), { authorization: token });
    expect(answer.status).toBe(200);
  });

  test('the fields parameter keeps only the listed fields', async () => {
    const answer = await call(
      api,
      baseUrl(),
      operation('update_integration_hub'),
      { authorization: credentials.looker as string },
      { query: '?fields=id,url' },
    );
    expect(answer.body).toEqual({ id: '2', url: 'https://actions.northwind-analytics.com/looker' });
  });
});

describe('given the Truto and Versori mocks', () => {
  const operationOf = (apiName: string, operationId: string) => {
    const found = apis.find(({ api }) => api.name === apiName);
    const operation = found?.operations.find((candidate) => candidate.operationId === operationId);
    if (!found || !operation) throw new Error(`no ${apiName} operation ${operationId}`);
    return { api: found.api, operation };
  };
  const acmeIds = { id: '01J2F7QK9RZ8X3M5N4B6C7D8EA', organisationId: '01HQ8ZK3M7V4X2N9P6R5T8W1YB' };

  test('Truto names the field as body/<field> in its message', async () => {
    const { api, operation } = operationOf('truto', 'updateEnvironmentIntegration');
    const answer = await call(
      api,
      mocks.urls.truto as string,
      operation,
      { authorization: credentials.truto as string },
      {
        body: JSON.stringify({ is_enabled: 'yes', show_in_catalog: 'no' }),
      },
    );
    expect(answer).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request' } });
    expect((answer.body as { message: string }).message).toContain('body/is_enabled must be boolean');
    expect((answer.body as { message: string }).message).toContain('body/show_in_catalog must be boolean');
  });

  test('Versori lists each field in fields[], in its own path notation', async () => {
    const { api, operation } = operationOf('versori', 'UpdateConnector');
    const answer = await call(
      api,
      mocks.urls.versori as string,
      operation,
      { authorization: credentials.versori as string },
      {
        body: JSON.stringify({ ...acmeIds, name: 'Acme', protocol: 'http', baseUrl: 'https://api.acme-crm.com/v3', connectionVariables: [{ name: 'region' }] }),
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 'invalid_argument',
      message: 'request body failed validation',
      fields: [{ field: 'connectionVariables[0].value', message: "must have required property 'value'" }],
    });
  });

  test('Versori refuses a body whose id disagrees with the connector_id of the path', async () => {
    const { api, operation } = operationOf('versori', 'UpdateConnector');
    const answer = await call(
      api,
      mocks.urls.versori as string,
      operation,
      { authorization: credentials.versori as string },
      {
        body: JSON.stringify({ ...acmeIds, id: '01J2F7QK9RZ8X3M5N4B6C7D8EB', name: 'Acme CRM', protocol: 'http', baseUrl: 'https://api.acme-crm.com/v3' }),
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 'invalid_argument',
      message: 'id 01J2F7QK9RZ8X3M5N4B6C7D8EB in the body does not match connector_id 01J2F7QK9RZ8X3M5N4B6C7D8EA of the path',
      fields: [{ field: 'id', message: 'must equal the connector_id of the path' }],
    });
    expect(validatorFor(api).response(operation, 400, answer.body)).toEqual([]);
  });
});
