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

  test('it logs in at https://mycompany.cloud.looker.com, then a hub it creates is there for its next calls, unmodified', async () => {
    const { id } = await sdk.ok(sdk.create_integration_hub({ url: 'https://looker-actions.brightwave.io/hub' }));
    const moved = await sdk.ok(sdk.update_integration_hub(id as string, { url: 'https://actions.northwind-analytics.com/v3' }, 'id,label'));
    expect(moved).toEqual({ id, label: 'Northwind Actions' });
    await expect(sdk.ok(sdk.create_integration_hub({ url: 'https://actions.northwind-analytics.com/v3' }))).rejects.toThrow('already exists');
    expect(await sdk.ok(sdk.update_user_credentials_api3('17', '5', { purpose: 'Nightly export' }, 'purpose'))).toEqual({ purpose: 'Nightly export' });
    expect(await sdk.authSession.logout()).toBe(true);
    expect(sdk.authSession.isAuthenticated()).toBe(false);
  });

  test('a hub the SDK asks for that does not exist is the SDK’s own error, carrying Looker’s 404 message', async () => {
    await expect(sdk.ok(sdk.update_integration_hub('99', { url: 'https://x.example.com/hub' }))).rejects.toThrow('Not found');
  });
});
