// A team's app in plain Node: the published client and types, nothing compiled, calling the mock or the stub.
import { createLookerClient, lookerBaseUrls } from '@contracts/client/looker';
import * as lookerTypes from '@contracts/types/looker';

const baseUrl = process.argv[2] ?? lookerBaseUrls.mock;
const anonymous = createLookerClient({ baseUrl });
const login = await anonymous.POST('/login', {
  body: { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' },
  bodySerializer: (body) => new URLSearchParams(body),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
if (!login.data) throw new Error(`login answered ${login.response.status}: ${JSON.stringify(login.error)}`);
const looker = createLookerClient({ baseUrl, token: login.data.access_token });
const hub = await looker.PATCH('/integration_hubs/{integration_hub_id}', {
  params: { path: { integration_hub_id: '2' } },
  body: { authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' },
});
console.log(JSON.stringify({ typesModule: Object.keys(lookerTypes), login: login.response.status, hub: { status: hub.response.status, body: hub.data } }));
