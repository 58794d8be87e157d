import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookerCredentials } from '@contracts/vendors/looker';
import { Looker40SDK } from '@looker/sdk';
import { NodeSession, NodeSettings } from '@looker/sdk-node';
import { credentialsOf, freshStub } from './support';

describe('given the official Looker SDK pointed at the stub', () => {
  let server: Server;
  let sdk: Looker40SDK;

  beforeAll(async () => {
    // The SDK prints a debug notice per request under jest, whose globals lack AbortSignal.timeout.
    jest.spyOn(console, 'debug').mockImplementation(() => undefined);
    const stub = await freshStub('looker');
    // NodeSettings reads the API3 key from LOOKERSDK_CLIENT_ID / LOOKERSDK_CLIENT_SECRET, as for a real instance.
    const credentials = credentialsOf<LookerCredentials>(stub);
    process.env.LOOKERSDK_CLIENT_ID = credentials.clientId;
    process.env.LOOKERSDK_CLIENT_SECRET = credentials.clientSecret;
    server = stub.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const settings = new NodeSettings('LOOKERSDK', {
      base_url: `http://127.0.0.1:${port}`,
      verify_ssl: false,
      timeout: 30,
      agentTag: 'contracts-stub-test',
    } as never);
    sdk = new Looker40SDK(new NodeSession(settings));
  });

  afterAll(async () => {
    await sdk.authSession.logout();
    await new Promise((resolve) => server.close(resolve));
    delete process.env.LOOKERSDK_CLIENT_ID;
    delete process.env.LOOKERSDK_CLIENT_SECRET;
  });

  test('it logs in, creates and updates a hub and updates an API3 credential, unmodified', async () => {
    const created = await sdk.ok(sdk.create_integration_hub({ url: 'https://looker-actions.brightwave.io/hub', authorization_token: 't0ken' }));
    expect(created).toMatchObject({ id: '3', label: 'Brightwave Actions', has_authorization_token: true });
    const updated = await sdk.ok(sdk.update_integration_hub(created.id as string, { authorization_token: null }, 'id,has_authorization_token'));
    expect(updated).toEqual({ id: '3', has_authorization_token: false });
    const credential = await sdk.ok(sdk.update_user_credentials_api3('17', '5', { purpose: 'SDK round trip' }));
    expect(credential).toMatchObject({ id: '5', purpose: 'SDK round trip' });
    expect(sdk.authSession.isAuthenticated()).toBe(true);
  });

  test('it takes a hub through its whole lifecycle: create, list, get, update, delete, then get answers 404', async () => {
    const created = await sdk.ok(sdk.create_integration_hub({ url: 'https://actions.lifecycle-demo.io/hub' }));
    const listed = await sdk.ok(sdk.all_integration_hubs('id'));
    expect(listed.map((hub) => hub.id)).toContain(created.id);
    expect(await sdk.ok(sdk.integration_hub(created.id as string, 'id,url'))).toEqual({ id: created.id, url: 'https://actions.lifecycle-demo.io/hub' });
    const updated = await sdk.ok(sdk.update_integration_hub(created.id as string, { url: 'https://actions.lifecycle-demo.io/v2' }, 'url'));
    expect(updated).toEqual({ url: 'https://actions.lifecycle-demo.io/v2' });
    await sdk.ok(sdk.delete_integration_hub(created.id as string));
    const gone = await sdk.integration_hub(created.id as string);
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error).toMatchObject({ message: 'Not found' });
  });

  test('it creates an API3 key whose secret it sees once, reads and deletes it', async () => {
    const created = await sdk.ok(sdk.create_user_credentials_api3('17'));
    expect(created.client_secret).toMatch(/^[A-Za-z0-9]{24}$/);
    const read = await sdk.ok(sdk.user_credentials_api3('17', created.id as string));
    expect(read).not.toHaveProperty('client_secret');
    await sdk.ok(sdk.delete_user_credentials_api3('17', created.id as string));
    expect((await sdk.ok(sdk.all_user_credentials_api3s('17', 'id'))).map((key) => key.id)).not.toContain(created.id);
  });
});
