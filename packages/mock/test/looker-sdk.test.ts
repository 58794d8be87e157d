import type { Operation } from '@contracts/bundles';
import { lookerCredentials } from '@contracts/vendors/looker';
import { type IWriteIntegrationHub, Looker40SDK } from '@looker/sdk';
import { NodeSession, NodeSettings } from '@looker/sdk-node';
import { DefaultSettings, type IApiSection } from '@looker/sdk-rtl';
import type { StartedMocks } from '../src/start';
import { apis, firstExample, requestSchema, startTestMocks } from './support';

const looker = apis.find(({ api }) => api.name === 'looker');
if (!looker) throw new Error('no Looker bundle');
const { api } = looker;
const operation = (id: string): Operation => {
  const found = looker.operations.find((candidate) => candidate.operationId === id);
  if (!found) throw new Error(`The Looker bundle has no operation ${id}`);
  return found;
};
/** The first request example of the spec, which the SDK sends as it is. */
const requestExample = (id: string) => requestSchema(api, operation(id))?.example;

/** The SDK's own settings class, reading the API3 key from code instead of looker.ini or LOOKERSDK_* variables. */
class MockSettings extends NodeSettings {
  override readConfig(): IApiSection {
    return { client_id: lookerCredentials.variables.LOOKER_CLIENT_ID, client_secret: lookerCredentials.variables.LOOKER_CLIENT_SECRET };
  }
}

let mocks: StartedMocks;
let sdk: Looker40SDK;

beforeAll(async () => {
  // The SDK prints a debug notice per request under jest, whose globals lack AbortSignal.timeout.
  jest.spyOn(console, 'debug').mockImplementation(() => undefined);
  mocks = await startTestMocks();
  // The SDK appends /api/4.0 itself: it needs the host and port only, as with a real instance.
  const { origin } = new URL(mocks.urls.looker as string);
  const settings = new MockSettings('LOOKERSDK', { ...DefaultSettings(), base_url: origin, timeout: 10 });
  sdk = new Looker40SDK(new NodeSession(settings));
});
afterAll(async () => {
  await sdk.authSession.logout();
  await mocks.close();
});

describe('given the official Looker SDK pointed at the mock', () => {
  test('it logs in with the API3 key', async () => {
    await sdk.authSession.login();
    expect(sdk.authSession.isAuthenticated()).toBe(true);
  });

  test('create_integration_hub answers the documented hub', async () => {
    const hub = await sdk.ok(sdk.create_integration_hub(requestExample('create_integration_hub') as IWriteIntegrationHub));
    expect(hub).toEqual(firstExample(operation('create_integration_hub'), 200));
    expect(hub).not.toHaveProperty('authorization_token');
  });

  test('update_integration_hub answers the documented hub', async () => {
    const hub = await sdk.ok(sdk.update_integration_hub('2', requestExample('update_integration_hub') as IWriteIntegrationHub));
    expect(hub.id).toBe('2');
    expect(hub).toEqual(firstExample(operation('update_integration_hub'), 200));
  });

  test('update_user_credentials_api3 answers the documented credential', async () => {
    const credential = await sdk.ok(sdk.update_user_credentials_api3('17', '5', { purpose: 'Nightly dashboard export to the data warehouse' }));
    expect(credential).toEqual(firstExample(operation('update_user_credentials_api3'), 200));
  });

  test('a hub lifecycle runs through the SDK unmodified: create, list, get, update and delete answer the documented examples', async () => {
    const created = await sdk.ok(sdk.create_integration_hub(requestExample('create_integration_hub') as IWriteIntegrationHub));
    expect(await sdk.ok(sdk.all_integration_hubs())).toEqual(firstExample(operation('all_integration_hubs'), 200));
    expect(await sdk.ok(sdk.integration_hub(created.id as string))).toEqual(firstExample(operation('integration_hub'), 200));
    expect(await sdk.ok(sdk.update_integration_hub('2', requestExample('update_integration_hub') as IWriteIntegrationHub))).toEqual(
      firstExample(operation('update_integration_hub'), 200),
    );
    const deleted = await sdk.delete_integration_hub('2');
    expect(deleted.ok).toBe(true);
  });

  test("an invalid body comes back as the SDK's error with Looker's 422 body", async () => {
    const result = await sdk.update_integration_hub('2', { url: 12 as unknown as string });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ message: 'Validation Failed', errors: [{ field: 'url', code: 'invalid' }] });
  });
});
