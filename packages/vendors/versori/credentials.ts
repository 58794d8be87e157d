import { defineCredentials } from '../src/credentials';

/** The API key the fake accepts as `Authorization: Bearer <key>`. */
export const versoriCredentials = defineCredentials({ VERSORI_API_KEY: 'versori-local-api-key' }, (read) => ({ apiKey: read('VERSORI_API_KEY') }));

export type VersoriCredentials = ReturnType<typeof versoriCredentials.read>;
