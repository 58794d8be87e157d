import { defineCredentials } from '../src/credentials';

/**
 * The API3 key of the admin user 17, which `POST /login` accepts. The defaults are the spec's login request
 * example, so the spec's own examples work against a fresh fake.
 */
export const lookerCredentials = defineCredentials({ LOOKER_CLIENT_ID: 'gXvR7dQ4bN9kYpTm2Hs8', LOOKER_CLIENT_SECRET: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }, (read) => ({
  clientId: read('LOOKER_CLIENT_ID'),
  clientSecret: read('LOOKER_CLIENT_SECRET'),
}));

export type LookerCredentials = ReturnType<typeof lookerCredentials.read>;
