import type { Api } from '@contracts/bundles/model';
import { operationsOf, responseExample } from '@contracts/bundles/model';
import type { EnvironmentIntegration } from '@contracts/types/truto';
import { collection, type SeedRecord } from '../src/store';

export const environmentIntegrations = collection<EnvironmentIntegration>('environment_integrations');

/** The environment integration the update example describes. */
export function seedTruto(api: Api): SeedRecord[] {
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === 'updateEnvironmentIntegration');
  const seeded = operation && (responseExample(operation, 200) as EnvironmentIntegration | undefined);
  if (!seeded) throw new Error('truto: updateEnvironmentIntegration has no example of its 200 answer to seed the store from');
  return [{ collection: environmentIntegrations.name, id: seeded.id, record: seeded }];
}
