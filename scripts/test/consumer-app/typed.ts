// What a team's TypeScript compiles against: the types, the client, the MSW handlers on the app's own msw, and the
// stub, the mock and the kit embedded in its tests.

import { createTrutoClient, trutoBaseUrls } from '@contracts/client/truto';
import type { runContract } from '@contracts/contract';
import { startMock } from '@contracts/mock';
import { createHandlers, http } from '@contracts/msw/looker';
import { startStubs } from '@contracts/server';
import type { IntegrationHub, UpdateIntegrationHubRequestBody } from '@contracts/types/looker';
import { setupServer } from 'msw/node';

const server = setupServer(...createHandlers());
server.use(http.patch('/integration_hubs/{integration_hub_id}', ({ params, response }) => response(200).json({ id: params.integration_hub_id })));

export const update: UpdateIntegrationHubRequestBody = { authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61' };
// @ts-expect-error write-only: never in an answer's type
export const readBack: IntegrationHub['authorization_token'] = 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61';

export async function embedded(): Promise<number> {
  const stubs = await startStubs({ apis: ['truto'], ports: { truto: 0 } });
  const mocks = await startMock({ apis: ['truto'], ports: { truto: 0 } });
  const truto = createTrutoClient({ baseUrl: stubs.urls.truto ?? trutoBaseUrls.stub, token: 'truto-local-api-token' });
  const { data } = await truto.GET('/environment-integration', {});
  await Promise.all([stubs.close(), mocks.close()]);
  return data?.result.length ?? 0;
}

export type Kit = typeof runContract;
