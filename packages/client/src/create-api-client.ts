import createClient, { type ClientOptions } from 'openapi-fetch';

export interface ApiClientOptions extends ClientOptions {
  /** The API's base URL, path included: the vendor's, the mock's or the stub's (see `<api>BaseUrls`). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` on every request. */
  token?: string;
}

/** An openapi-fetch client typed by `Paths`, optionally sending a bearer token. */
export function createApiClient<Paths extends {}>({ token, ...options }: ApiClientOptions) {
  const client = createClient<Paths>(options);
  if (token) {
    client.use({
      onRequest({ request }) {
        request.headers.set('Authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}
