import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLookerClient, lookerBaseUrls } from '../generated/looker';
import { trutoBaseUrls } from '../generated/truto';
import { versoriBaseUrls } from '../generated/versori';

describe('given a client pointed at a local HTTP server', () => {
  const received: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ id: '2', url: 'https://actions.northwind-analytics.com/looker', has_authorization_token: true }));
    });
  });
  let baseUrl: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/4.0`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('it sends the typed request under the base path, with the bearer token', async () => {
    const client = createLookerClient({ baseUrl, token: 'Kq3mZt8YvR2pWn6sXc4bLd9fHj7gTe5a' });
    const { data, error } = await client.PATCH('/integration_hubs/{integration_hub_id}', {
      params: { path: { integration_hub_id: '2' }, query: { fields: 'id,url' } },
      body: { authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' },
    });
    expect(error).toBeUndefined();
    expect(data?.id).toBe('2');
    expect(received.at(-1)).toMatchObject({
      method: 'PATCH',
      url: '/api/4.0/integration_hubs/2?fields=id%2Curl',
      headers: { authorization: 'Bearer Kq3mZt8YvR2pWn6sXc4bLd9fHj7gTe5a' },
      body: JSON.stringify({ authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' }),
    });
  });

  test('it exposes the vendor, mock and stub base URLs of each API from the spec', () => {
    expect(lookerBaseUrls).toEqual({
      vendor: 'https://mycompany.cloud.looker.com/api/4.0',
      mock: 'http://127.0.0.1:4010/api/4.0',
      stub: 'http://127.0.0.1:3010/api/4.0',
    });
    expect(trutoBaseUrls.stub).toBe('http://127.0.0.1:3011');
    expect(versoriBaseUrls.mock).toBe('http://127.0.0.1:4012/api/connect/v1');
  });
});
