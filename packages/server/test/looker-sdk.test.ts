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
});
