import { apiOf, loadApi, type OpenApiDocument } from '@contracts/bundles';
import { servesControl } from '@contracts/http';
import { vendorOf } from '@contracts/vendors/registry';
import request from 'supertest';
import { createStubApp, type StubApp } from '../src/app';
import { resolveOptions } from '../src/options';
import { type RunningStub, startStub } from '../src/start';
import { freshStub, lookerLogin } from './support';

// The control API as the stub serves it at /__contracts/ (spec/control): no vendor credentials, not journaled, its own
// error shape, never in the way of a vendor path. The Looker SDK tests (misbehaving-vendor.test.ts) drive it end to end.
describe('given the Looker stub and its control API', () => {
  let stub: StubApp;
  let token: string;
  beforeAll(async () => {
    stub = await freshStub('looker');
    token = await lookerLogin(stub);
  });
  beforeEach(async () => {
    await request(stub.app).delete('/__contracts/faults').expect(204);
    await request(stub.app).delete('/__contracts/requests').expect(204);
  });

  test('its requests need no vendor credentials and stay out of the journal, which holds each vendor request and its answer', async () => {
    await request(stub.app).post('/__contracts/faults').send({ operationId: 'integration_hub', status: 404, times: 1 }).expect(201);
    await request(stub.app).get('/api/4.0/integration_hubs/2').set('authorization', `Bearer ${token}`).expect(404);
    await request(stub.app).get('/api/4.0/integration_hubs/2').expect(401);
    await request(stub.app).get('/api/4.0/nothing/here').expect(404);
    const journal = await request(stub.app).get('/__contracts/requests').expect(200);
    expect(journal.body.map((entry: { path: string; operationId: string | null; status: number }) => [entry.path, entry.operationId, entry.status])).toEqual([
      ['/api/4.0/integration_hubs/2', 'integration_hub', 404],
      ['/api/4.0/integration_hubs/2', 'integration_hub', 401],
      ['/api/4.0/nothing/here', null, 404],
    ]);
    const filtered = await request(stub.app).get('/__contracts/requests?operationId=integration_hub').expect(200);
    expect(filtered.body).toHaveLength(2);
  });

  test("a fault's status must be one its operation documents, every operation for *, and refusals are ControlErrors naming the field", async () => {
    const undocumented = await request(stub.app).post('/__contracts/faults').send({ operationId: 'update_integration_hub', status: 503 }).expect(422);
    expect(undocumented.body).toEqual({
      message: 'The fault cannot be injected',
      violations: [{ path: '/status', message: expect.stringMatching(/^update_integration_hub does not document 503 .*--allow-undocumented-faults/) }],
    });
    const everyOperation = await request(stub.app).post('/__contracts/faults').send({ operationId: '*', status: 422 }).expect(422);
    expect(everyOperation.body.violations.map((violation: { message: string }) => violation.message.split(' ')[0])).toContain('login_user');
    const outOfRange = await request(stub.app).post('/__contracts/faults').send({ operationId: 'login', status: 700, times: 0 }).expect(422);
    expect(outOfRange.body.violations.map((violation: { path: string }) => violation.path).sort()).toEqual(['/status', '/times']);
    const unknown = await request(stub.app).post('/__contracts/faults').send({ operationId: 'delete_dashboard', status: 404 }).expect(422);
    expect(unknown.body.violations[0].path).toBe('/operationId');
    const example = await request(stub.app).post('/__contracts/faults').send({ operationId: 'login', status: 429, example: 'nope' }).expect(422);
    expect(example.body.violations[0].message).toMatch(/name one of rateLimited/);
    const both = await request(stub.app).post('/__contracts/faults').send({ operationId: 'login', status: 429, kind: 'hang' }).expect(422);
    expect(both.body.violations[0].path).toBe('/kind');
    const retryAfter = await request(stub.app).post('/__contracts/faults').send({ operationId: 'login', kind: 'reset', retryAfterSeconds: 1 }).expect(422);
    expect(retryAfter.body.violations[0].path).toBe('/retryAfterSeconds');
    const upsideDown = await request(stub.app)
      .post('/__contracts/faults')
      .send({ operationId: 'login', latencyMs: { min: 300, max: 100 } })
      .expect(422);
    expect(upsideDown.body.violations[0].message).toBe('min 300 is above max 100');
    const nothing = await request(stub.app).post('/__contracts/faults').send({ operationId: 'login', times: 2 }).expect(422);
    expect(nothing.body.violations[0].message).toBe('a fault needs a status, a kind (reset or hang) or a latencyMs');
    expect((await request(stub.app).get('/__contracts/faults').expect(200)).body).toEqual([]);
  });

  test('malformed, mistyped and misrouted control requests are refused in the same shape', async () => {
    const malformed = await request(stub.app).post('/__contracts/faults').set('content-type', 'application/json').send('{"operationId":').expect(400);
    expect(malformed.body.message).toMatch(/^The body is not valid JSON/);
    const text = await request(stub.app).post('/__contracts/faults').set('content-type', 'text/plain').send('login=429').expect(415);
    expect(text.body.message).toMatch(/application\/json or application\/yaml/);
    expect((await request(stub.app).get('/__contracts/nothing').expect(404)).body.message).toMatch(/has no \/__contracts\/nothing/);
    const wrongMethod = await request(stub.app).put('/__contracts/faults').expect(405);
    expect(wrongMethod.headers.allow).toBe('GET, POST, DELETE');
    expect((await request(stub.app).get('/__contracts/requests?method=GET').expect(400)).body.message).toMatch(/only operationId/);
  });

  test('one fault is removed by its id; a second removal is 404', async () => {
    const added = await request(stub.app).post('/__contracts/faults').send({ operationId: 'login', kind: 'reset' }).expect(201);
    expect(added.body).toEqual({ id: expect.any(String), operationId: 'login', kind: 'reset', remaining: null });
    await request(stub.app).delete(`/__contracts/faults/${added.body.id}`).expect(204);
    expect((await request(stub.app).delete(`/__contracts/faults/${added.body.id}`).expect(404)).body.message).toBe(`No fault ${added.body.id} is in force`);
  });

  test('a fixture with one invalid resource is refused whole, with every violation, and the state stays as it was', async () => {
    const before = (await request(stub.app).get('/__contracts/fixtures').expect(200)).body;
    const refused = await request(stub.app)
      .post('/__contracts/fixtures')
      .set('content-type', 'application/yaml')
      .send(
        'integration_hubs:\n  - id: "30"\n    url: https://actions.valid.io/hub\n  - id: "31"\n    url: 7\n  - url: https://actions.no-id.io/hub\ndashboards: []\n',
      )
      .expect(422);
    expect(refused.body.violations).toEqual([
      { path: '/integration_hubs/1/url', message: 'must be string' },
      { path: '/integration_hubs/2/id', message: 'is required to store the resource' },
      { path: '/dashboards', message: 'Looker API 4.0 has no fixture collection dashboards; it has integration_hubs' },
    ]);
    expect((await request(stub.app).get('/__contracts/fixtures').expect(200)).body).toEqual(before);
    const twoUrls = await request(stub.app)
      .post('/__contracts/fixtures')
      .send({
        integration_hubs: [
          { id: '30', url: 'https://same.io/hub' },
          { id: '31', url: 'https://same.io/hub' },
        ],
      })
      .expect(422);
    expect(twoUrls.body.violations[0].message).toMatch(/would both hold url/);
  });

  test('a latency fault delays only its own operation: another request is answered meanwhile', async () => {
    await request(stub.app).post('/__contracts/faults').send({ operationId: 'all_integration_hubs', latencyMs: 800 }).expect(201);
    const started = performance.now();
    const slow = request(stub.app).get('/api/4.0/integration_hubs').set('authorization', `Bearer ${token}`);
    const slowDone = slow.then(() => performance.now() - started);
    await request(stub.app).get('/api/4.0/integration_hubs/2').set('authorization', `Bearer ${token}`).expect(200);
    const fast = performance.now() - started;
    expect(fast).toBeLessThan(600);
    expect(await slowDone).toBeGreaterThanOrEqual(790);
  });
});

describe('given stubs started with the control API guarded, off, or allowed undocumented faults', () => {
  test('a control token is required on every control request, and the vendor requests need none of it', async () => {
    const guarded = await freshStub('truto', { controlToken: 's3cret-control' });
    const refused = await request(guarded.app).get('/__contracts/faults').expect(401);
    expect(refused.body.message).toMatch(/Bearer <token>/);
    await request(guarded.app).get('/__contracts/faults').set('authorization', 'Bearer wrong').expect(401);
    await request(guarded.app).get('/__contracts/faults').set('authorization', 'Bearer s3cret-control').expect(200);
    await request(guarded.app).get('/environment-integration').set('authorization', 'Bearer truto-local-api-token').expect(200);
  });

  test('with the control API off, its paths are the vendor API 404 and journaled as vendor requests', async () => {
    const off = await freshStub('looker', { control: false });
    const answer = await request(off.app).get('/__contracts/faults').expect(404);
    expect(answer.body).toEqual({ message: 'Not found', documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/404' });
    expect((await off.pipeline.control.requests()).map((entry) => [entry.path, entry.status])).toEqual([['/__contracts/faults', 404]]);
  });

  test('a server serves the control API on a loopback address, elsewhere only when asked to', async () => {
    expect(['127.0.0.1', '127.0.0.2', 'localhost', '::1'].map((host) => servesControl(host, undefined))).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '10.1.2.3', '::', 'stub.internal'].map((host) => servesControl(host, undefined))).toEqual([false, false, false, false]);
    expect(servesControl('0.0.0.0', true)).toBe(true);
    const loopback = await startStub('looker', { host: '127.0.0.2', port: 0 });
    try {
      expect((await loopback.faults.list()).length).toBe(0);
    } finally {
      await loopback.close();
    }
  });

  test('the control API never shadows a vendor path under its prefix: the vendor answers there', async () => {
    const truto = loadApi('truto');
    const document = structuredClone(truto.document) as OpenApiDocument;
    document.paths['/__contracts/faults'] = document.paths['/environment-integration'] as Record<string, unknown>;
    delete document.paths['/environment-integration'];
    const shadowed = await createStubApp(apiOf('truto', document), resolveOptions({}, {}), undefined, vendorOf('truto'));
    const unauthenticated = await request(shadowed.app).get('/__contracts/faults').expect(401);
    expect(unauthenticated.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const listed = await request(shadowed.app).get('/__contracts/faults').set('authorization', 'Bearer truto-local-api-token').expect(200);
    expect(listed.body.result.length).toBeGreaterThan(0);
    await request(shadowed.app).get('/__contracts/requests').expect(200);
  });

  test('with undocumented faults allowed, a 503 is answered in the vendor error shape', async () => {
    let allowed: RunningStub | undefined;
    try {
      allowed = await startStub('looker', { port: 0, allowUndocumentedFaults: true });
      await allowed.faults.add('*', { status: 503, times: 1 });
      const login = await fetch(`${allowed.url}/login`, {
        method: 'POST',
        body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
      });
      expect(login.status).toBe(503);
      expect(await login.json()).toEqual({
        message: 'The stub answers 503 because a fault was injected through /__contracts/faults',
        documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/503',
      });
      expect((await allowed.requests('login')).map((entry) => [entry.status, entry.faultId])).toEqual([[503, '1']]);
    } finally {
      await allowed?.close();
    }
  });
});
