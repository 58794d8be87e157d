import { credentialVariables, localCredentials } from '../src';

describe('given no credential variables', () => {
  test('it falls back to the documented defaults', () => {
    expect(localCredentials({})).toEqual({
      looker: { clientId: credentialVariables.LOOKER_CLIENT_ID, clientSecret: credentialVariables.LOOKER_CLIENT_SECRET },
      trutoApiToken: credentialVariables.TRUTO_API_TOKEN,
      versoriApiKey: credentialVariables.VERSORI_API_KEY,
    });
  });
});

describe('given credential variables', () => {
  test('it reads each from the environment and treats an empty one as unset', () => {
    const credentials = localCredentials({ LOOKER_CLIENT_ID: 'id-1', LOOKER_CLIENT_SECRET: 'secret-1', TRUTO_API_TOKEN: 'tok', VERSORI_API_KEY: '' });
    expect(credentials).toEqual({
      looker: { clientId: 'id-1', clientSecret: 'secret-1' },
      trutoApiToken: 'tok',
      versoriApiKey: credentialVariables.VERSORI_API_KEY,
    });
  });
});
