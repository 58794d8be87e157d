import { lookerCredentials } from '../looker';
import { trutoCredentials } from '../truto';
import { versoriCredentials } from '../versori';

describe('given no credential variables', () => {
  test('each vendor falls back to the documented defaults', () => {
    expect([lookerCredentials.read({}), trutoCredentials.read({}), versoriCredentials.read({})]).toEqual([
      { clientId: lookerCredentials.variables.LOOKER_CLIENT_ID, clientSecret: lookerCredentials.variables.LOOKER_CLIENT_SECRET },
      { apiToken: trutoCredentials.variables.TRUTO_API_TOKEN },
      { apiKey: versoriCredentials.variables.VERSORI_API_KEY },
    ]);
  });
});

describe('given credential variables', () => {
  test('it reads each from the environment and treats an empty one as unset', () => {
    const env = { LOOKER_CLIENT_ID: 'id-1', LOOKER_CLIENT_SECRET: 'secret-1', TRUTO_API_TOKEN: 'tok', VERSORI_API_KEY: '' };
    expect([lookerCredentials.read(env), trutoCredentials.read(env), versoriCredentials.read(env)]).toEqual([
      { clientId: 'id-1', clientSecret: 'secret-1' },
      { apiToken: 'tok' },
      { apiKey: versoriCredentials.variables.VERSORI_API_KEY },
    ]);
  });
});
