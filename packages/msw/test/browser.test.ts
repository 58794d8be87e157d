import { join } from 'node:path';
import type { Listening } from '@contracts/http';
import { lookerCredentials } from '@contracts/vendors/looker';
import type { Browser } from 'playwright-core';
import { launchChromium, requireChromium } from '../../../scripts/test/chromium';
import { serveWorkerPage } from '../../../scripts/test/worker-page';

// A frontend app in Debian's Chromium: its page starts MSW's service worker with the Looker handlers, then its own
// fetch calls to the vendor's host are answered by the worker (the machine has no route to that host).

// What an app's entry module does in development (`if (import.meta.env.DEV) await worker.start()`).
const pageScript = `
import { setupWorker } from 'msw/browser';
import { handlers } from '@contracts/msw/looker';

window.workerStarted = setupWorker(...handlers).start({ onUnhandledRequest: 'error', quiet: true });
`;

jest.setTimeout(60_000);

let site: Listening;
let browser: Browser;

beforeAll(async () => {
  requireChromium();
  // The worker script from the msw package itself, so that it always matches the library.
  site = await serveWorkerPage(
    { stdin: { contents: pageScript, resolveDir: join(__dirname, '..'), loader: 'ts' } },
    require.resolve('msw/mockServiceWorker.js'),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('given a page whose service worker runs the Looker MSW handlers', () => {
  test('its fetch calls to https://mycompany.cloud.looker.com log in, create a hub and read it back, and get Looker’s errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const vendorAnswers: Array<{ url: string; fromServiceWorker: boolean }> = [];
    page.on('response', (response) => {
      if (new URL(response.url()).hostname === 'mycompany.cloud.looker.com')
        vendorAnswers.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
    });
    await page.goto(site.origin);
    await page.waitForFunction(() => 'workerStarted' in globalThis);
    await page.evaluate(() => (globalThis as unknown as { workerStarted: Promise<unknown> }).workerStarted);

    const result = await page.evaluate(
      async ({ clientId, clientSecret }) => {
        const base = 'https://mycompany.cloud.looker.com/api/4.0';
        const login = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }) });
        const { access_token } = (await login.json()) as { access_token: string };
        const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' };
        const created = await fetch(`${base}/integration_hubs`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ url: 'https://looker-actions.brightwave.io/hub', authorization_token: 's3cret' }),
        });
        const hub = (await created.json()) as { id: string };
        const readBack = await fetch(`${base}/integration_hubs/${hub.id}?fields=id,url,has_authorization_token`, { method: 'PATCH', headers, body: '{}' });
        const invalid = await fetch(`${base}/integration_hubs/${hub.id}`, { method: 'PATCH', headers, body: '{"url":5}' });
        const anonymous = await fetch(`${base}/integration_hubs/${hub.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
        return {
          login: login.status,
          created: { status: created.status, body: hub },
          readBack: { status: readBack.status, body: await readBack.json() },
          invalid: { status: invalid.status, body: await invalid.json() },
          anonymous: anonymous.status,
        };
      },
      { clientId: lookerCredentials.variables.LOOKER_CLIENT_ID, clientSecret: lookerCredentials.variables.LOOKER_CLIENT_SECRET },
    );

    expect(result).toMatchObject({
      login: 200,
      created: { status: 200, body: { id: '3', label: 'Brightwave Actions', has_authorization_token: true } },
      readBack: { status: 200, body: { id: '3', url: 'https://looker-actions.brightwave.io/hub', has_authorization_token: true } },
      invalid: { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'url', code: 'invalid' }] } },
      anonymous: 401,
    });
    expect(result.created.body).not.toHaveProperty('authorization_token');
    // Every answer from the vendor's host came from the service worker, none from the network.
    expect(vendorAnswers).toHaveLength(5);
    expect(vendorAnswers.filter((answer) => !answer.fromServiceWorker)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
