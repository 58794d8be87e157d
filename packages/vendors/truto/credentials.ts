import { defineCredentials } from '../src/credentials';

/** The API token (per Truto environment) the fake accepts as `Authorization: Bearer <token>`. */
export const trutoCredentials = defineCredentials({ TRUTO_API_TOKEN: 'truto-local-api-token' }, (read) => ({ apiToken: read('TRUTO_API_TOKEN') }));

export type TrutoCredentials = ReturnType<typeof trutoCredentials.read>;
