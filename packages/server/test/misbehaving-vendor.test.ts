import { join } from 'node:path';
import { readFixtureFile } from '@contracts/http';
import { Looker40SDK } from '@looker/sdk';
import { NodeSession, NodeSettings } from '@looker/sdk-node';
import type { IRequestProps, IWait, Waitable } from '@looker/sdk-rtl';
import { type RunningStub, startStub } from '../src/start';

const secret = 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N';

describe('given the official Looker SDK pointed at a stub whose vendor misbehaves', () => {
  let looker: RunningStub;
  let sdk: Looker40SDK;

  beforeAll(async () => {
    // The SDK prints a debug notice per request.
    jest.spyOn(console, 'debug').mockImplementation(() => undefined);
    looker = await startStub('looker', { port: 0 });
    process.env.LOOKERSDK_CLIENT_ID = 'gXvR7dQ4bN9kYpTm2Hs8';
    process.env.LOOKERSDK_CLIENT_SECRET = secret;
    const settings = new NodeSettings('LOOKERSDK', { base_url: new URL(looker.url).origin, verify_ssl: false, timeout: 10 } as never);
    sdk = new Looker40SDK(new NodeSession(settings));
  });
  beforeEach(async () => {
    await looker.faults.clear();
    // The store seeded again forgets the SDK's session: it logs in again on its next call.
    await looker.reset();
    sdk.authSession.reset();
    await looker.clearRequests();
  });
  afterAll(async () => {
    await sdk.authSession.logout();
    await looker.close();
    delete process.env.LOOKERSDK_CLIENT_ID;
    delete process.env.LOOKERSDK_CLIENT_SECRET;
  });

  test('two injected 429s, then the SDK retries its way to the update, and the journal holds all three calls', async () => {
    await sdk.ok(sdk.all_integration_hubs('id'));
    await looker.faults.add('update_integration_hub', { status: 429, times: 2, retryAfterSeconds: 0 });
    const waits: IWait[] = [];
    // The SDK waits a second or more between tries; its wait handler keeps the test fast and shows each 429.
    const waitHandler: Waitable = async (wait) => {
      waits.push(wait);
      return { response: 'retry' };
    };
    const updated = await sdk.ok(
      sdk.update_integration_hub('2', { authorization_token: 'rotated-token-1' }, 'id,has_authorization_token', { maxTries: 3, waitHandler }),
    );
    expect(updated).toEqual({ id: '2', has_authorization_token: true });
    expect(waits.map((wait) => [wait.attempt, wait.response.statusCode, wait.response.headers['retry-after']])).toEqual([
      [1, 429, '0'],
      [2, 429, '0'],
    ]);
    const calls = await looker.requests('update_integration_hub');
    expect(calls.map((call) => [call.status, call.faultId !== null])).toEqual([
      [429, true],
      [429, true],
      [200, false],
    ]);
    expect(await looker.faults.list()).toEqual([]);
  });

  test('without retries the SDK reports the documented 429 body', async () => {
    await looker.faults.add('update_integration_hub', { status: 429, times: 1 });
    const refused = await sdk.update_integration_hub('2', { authorization_token: 'rotated-token-2' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toEqual(expect.objectContaining({ message: 'Too many requests, please retry after 42 seconds' }));
  });

  test("a hung call outlives the SDK's own timeout, which @looker/sdk-rtl 21.6.5 computes but never hands to fetch", async () => {
    await looker.faults.add('integration_hub', { kind: 'hang', times: 1 });
    await sdk.ok(sdk.all_integration_hubs('id'));
    // Still pending well past its 0.3 s: the stub holds it until the client goes away (here: when the stub closes).
    const hung = sdk.integration_hub('2', 'id', { timeout: 0.3 }).then(() => 'answered');
    const pause = new Promise((resolve) => setTimeout(resolve, 1000, 'still waiting'));
    expect(await Promise.race([hung, pause])).toBe('still waiting');
    expect((await looker.requests('integration_hub')).map((call) => [call.status, call.interrupted])).toEqual([[null, 'hang']]);
  });

  test('a session that hands fetch the timeout ends a hung call at it, and the stub answers the next call at once', async () => {
    /** The SDK's session, with the AbortSignal of its timeout on every request (the SDK's own is dropped, above). */
    class TimedSession extends NodeSession {
      override async authenticate(props: IRequestProps): Promise<IRequestProps> {
        return { ...(await super.authenticate(props)), signal: AbortSignal.timeout(this.settings.timeout * 1000) };
      }
    }
    const settings = new NodeSettings('LOOKERSDK', { base_url: new URL(looker.url).origin, verify_ssl: false, timeout: 1 } as never);
    const timed = new Looker40SDK(new TimedSession(settings));
    await looker.faults.add('integration_hub', { kind: 'hang', times: 1 });
    await timed.ok(timed.all_integration_hubs('id'));
    const started = performance.now();
    const hung = await timed.integration_hub('2', 'id');
    const waited = performance.now() - started;
    expect(hung.ok).toBe(false);
    if (!hung.ok) expect((hung.error as unknown as Error).name).toBe('TimeoutError');
    expect(waited).toBeGreaterThanOrEqual(990);
    expect(waited).toBeLessThan(3000);
    expect(await timed.ok(timed.integration_hub('2', 'id'))).toEqual({ id: '2' });
    expect((await looker.requests('integration_hub')).map((call) => [call.status, call.interrupted])).toEqual([
      [null, 'hang'],
      [200, undefined],
    ]);
    await timed.authSession.logout();
  });

  test('the journal shows exactly the calls of a new SDK session, its secret and tokens masked', async () => {
    const settings = new NodeSettings('LOOKERSDK', { base_url: new URL(looker.url).origin, verify_ssl: false } as never);
    const session = new Looker40SDK(new NodeSession(settings));
    await session.ok(session.all_integration_hubs('id,url'));
    await session.ok(session.update_integration_hub('1', { authorization_token: 'a-hub-secret' }));
    await session.authSession.logout();
    const journal = await looker.requests();
    expect(journal.map((call) => [call.method, call.path, call.operationId, call.status])).toEqual([
      ['POST', '/api/4.0/login', 'login', 200],
      ['GET', '/api/4.0/integration_hubs?fields=id%2Curl', 'all_integration_hubs', 200],
      ['PATCH', '/api/4.0/integration_hubs/1', 'update_integration_hub', 200],
      ['DELETE', '/api/4.0/logout', 'logout', 204],
    ]);
    expect(journal[0]?.body).toEqual({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: '***' });
    expect(journal[2]?.body).toEqual({ authorization_token: '***' });
    expect(journal.slice(1).map((call) => call.headers.authorization)).toEqual(['Bearer ***', 'Bearer ***', 'Bearer ***']);
    expect(journal.map((call) => call.headers['x-looker-appid'])).toEqual(['TS-SDK', 'TS-SDK', 'TS-SDK', 'TS-SDK']);
    const text = JSON.stringify(journal);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('a-hub-secret');
  });

  test('a fixture file of three hubs makes all_integration_hubs return those three, and a new hub numbers on from them', async () => {
    const fixtures = readFixtureFile(join(__dirname, '..', 'fixtures', 'looker-three-hubs.yaml'));
    expect(await looker.fixtures.load(fixtures)).toEqual({ loaded: { integration_hubs: 3 } });
    const listed = await sdk.ok(sdk.all_integration_hubs('id,url,label,has_authorization_token'));
    expect(listed).toEqual([
      { id: '10', url: 'https://actions.alpha-analytics.io/hub', label: 'Alpha Actions', has_authorization_token: false },
      { id: '11', url: 'https://actions.beta-retail.io/hub', label: 'Beta Actions', has_authorization_token: true },
      { id: '12', url: 'https://actions.gamma-logistics.io/hub', label: 'Gamma Actions', has_authorization_token: false },
    ]);
    const created = await sdk.ok(sdk.create_integration_hub({ url: 'https://actions.delta.example.org/hub' }));
    expect(created.id).toBe('13');
    expect((await looker.fixtures.export()).integration_hubs?.map((hub) => hub.id)).toEqual(['10', '11', '12', '13']);
  });
});
