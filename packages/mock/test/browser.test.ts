import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lookerCredentials } from '@contracts/vendors/looker';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/chromium';
import type { StartedMocks } from '../src/start';
import { startTestMocks } from './support';

let mocks: StartedMocks;
let app: Server;
let appUrl: string;
let browser: Browser;

beforeAll(async () => {
  mocks = await startTestMocks();
  // A frontend app on another localhost port, as a dev server would serve it.
  app = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>app</title>');
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://localhost:${(app.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  app?.close();
  await mocks?.close();
});

describe('given a browser app on another origin', () => {
  test('it logs in to the Looker mock and updates a hub with fetch, preflight included, and reads Retry-After of a 429', async () => {
    const page = await browser.newPage();
    await page.goto(appUrl);
    const result = await page.evaluate(
      async ({ base, clientId, clientSecret }) => {
        const login = await fetch(`${base}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }),
        });
        const { access_token } = (await login.json()) as { access_token: string };
        const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' };
        const update = await fetch(`${base}/integration_hubs/2`, { method: 'PATCH', headers, body: JSON.stringify({ url: 'https://example.com/hub' }) });
        const limited = await fetch(`${base}/integration_hubs/2`, { method: 'PATCH', headers: { ...headers, prefer: 'code=429' }, body: '{}' });
        return {
          login: login.status,
          update: update.status,
          hub: await update.json(),
          limited: limited.status,
          retryAfter: limited.headers.get('retry-after'),
        };
      },
      {
        base: mocks.urls.looker as string,
        clientId: lookerCredentials.variables.LOOKER_CLIENT_ID,
        clientSecret: lookerCredentials.variables.LOOKER_CLIENT_SECRET,
      },
    );
    expect(result).toMatchObject({ login: 200, update: 200, hub: { id: '2' }, limited: 429, retryAfter: '42' });
  }, 30_000);
});
