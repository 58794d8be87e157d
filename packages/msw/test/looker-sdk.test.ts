import { lookerCredentials } from '@contracts/vendors/looker';
import { Looker40SDK } from '@looker/sdk';
import { NodeSession, NodeSettings } from '@looker/sdk-node';
import type { ApiHandlers } from '../src';
import { apiNamed, serverWith } from './support';

describe('given the official Looker SDK for a Looker instance, answered in-process by the stateful handlers', () => {
  const { entry } = apiNamed('looker');
  let handlers: ApiHandlers<object>;
  serverWith(() => {
    handlers = entry.createHandlers();
    return handlers;
  });
  let sdk: Looker40SDK;

  beforeAll(() => {
    // The SDK prints a debug notice per request under jest, whose globals lack AbortSignal.timeout.
    jest.spyOn(console, 'debug').mockImplementation(() => undefined);
    // NodeSettings reads the API3 key from LOOKERSDK_CLIENT_ID / LOOKERSDK_CLIENT_SECRET, as for a real instance.
    process.env.LOOKERSDK_CLIENT_ID = lookerCredentials.variables.LOOKER_CLIENT_ID;
    process.env.LOOKERSDK_CLIENT_SECRET = lookerCredentials.variables.LOOKER_CLIENT_SECRET;
    const settings = new NodeSettings('LOOKERSDK', {
      base_url: 'https://mycompany.cloud.looker.com',
      verify_ssl: true,
      timeout: 30,
      agentTag: 'contracts-msw-test',
    } as never);
    sdk = new Looker40SDK(new NodeSession(settings));
  });

  afterAll(() => {
    delete process.env.LOOKERSDK_CLIENT_ID;
    delete process.env.LOOKERSDK_CLIENT_SECRET;
  });

  test('it logs in, creates and updates a hub, updates an API3 credential and logs out, unmodified', async () => {
    const created = await sdk.ok(sdk.create_integration_hub({ url: 'https://looker-actions.brightwave.io/hub', authorization_token: 't0ken' }));
    expect(created).toMatchObject({ id: '3', label: 'Brightwave Actions', has_authorization_token: true });
    const updated = await sdk.ok(sdk.update_integration_hub(created.id as string, { authorization_token: null }, 'id,has_authorization_token'));
    expect(updated).toEqual({ id: '3', has_authorization_token: false });
    const credential = await sdk.ok(sdk.update_user_credentials_api3('17', '5', { purpose: 'SDK round trip' }));
    expect(credential).toMatchObject({ id: '5', purpose: 'SDK round trip' });
    expect(sdk.authSession.isAuthenticated()).toBe(true);
    expect(await sdk.authSession.logout()).toBe(true);
  });

  test('a hub the SDK asks for that does not exist is the SDK’s own error, carrying Looker’s 404 message', async () => {
    await expect(sdk.ok(sdk.update_integration_hub('99', { url: 'https://x.example.com/hub' }))).rejects.toThrow('Not found');
  });
});
