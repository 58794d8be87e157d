/**
 * The credentials that the local stub and mock accept. Each comes from an environment variable;
 * the defaults are the example values of the spec (Looker's API3 key is the `POST /login`
 * request example), so the spec's own examples work against a fresh server.
 */
export interface LocalCredentials {
  looker: { clientId: string; clientSecret: string };
  trutoApiToken: string;
  versoriApiKey: string;
}

/** Every variable with its default, in the order the README lists them. */
export const credentialVariables = {
  LOOKER_CLIENT_ID: 'gXvR7dQ4bN9kYpTm2Hs8',
  LOOKER_CLIENT_SECRET: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N',
  TRUTO_API_TOKEN: 'truto-local-api-token',
  VERSORI_API_KEY: 'versori-local-api-key',
} as const;

/** Reads the credentials from `env` (default: `process.env`); an empty variable counts as unset. */
export function localCredentials(env: NodeJS.ProcessEnv = process.env): LocalCredentials {
  const read = (name: keyof typeof credentialVariables) => env[name] || credentialVariables[name];
  return {
    looker: { clientId: read('LOOKER_CLIENT_ID'), clientSecret: read('LOOKER_CLIENT_SECRET') },
    trutoApiToken: read('TRUTO_API_TOKEN'),
    versoriApiKey: read('VERSORI_API_KEY'),
  };
}
