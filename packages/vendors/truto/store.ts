import type { Api } from '@contracts/bundles/model';
import { operationsOf } from '@contracts/bundles/model';
import type { EnvironmentIntegration, Integration } from '@contracts/types/truto';
import { collection, type SeedRecord } from '../src/store';

/** An integration is installed once per environment: installing it again answers the installed one. */
export const environmentIntegrations = collection<EnvironmentIntegration>('environment_integrations', { unique: ['integration_id'] });
/** The integrations Truto offers that the fake knows of: every one the spec's examples show. */
export const integrationCatalog = collection<Integration>('integrations');
/** The environment the API token belongs to. */
export const environment = collection<{ id: string }>('environment');

/** Every example value of every answer of `operationId`. */
function exampleValues(api: Api, operationId: string): unknown[] {
  const operation = operationsOf(api.document).find((candidate) => candidate.operationId === operationId);
  return [...(operation?.responses.values() ?? [])].flatMap((response) => response.content['application/json']?.examples.map((example) => example.value) ?? []);
}

/**
 * The environment integrations of the list example (the ones installed), and a catalog of every integration the
 * examples show (installed or, like the create example's Jira, installable).
 */
export function seedTruto(api: Api): SeedRecord[] {
  const [page] = exampleValues(api, 'listEnvironmentIntegrations') as Array<{ result?: EnvironmentIntegration[] }>;
  const installed = page?.result ?? [];
  const [first] = installed;
  if (!first) throw new Error('truto: listEnvironmentIntegrations has no example with environment integrations to seed the store from');
  const shown = [...installed, ...(exampleValues(api, 'createEnvironmentIntegration') as EnvironmentIntegration[])];
  const catalog = new Map(shown.filter((item) => item.integration).map((item) => [item.integration.id, item.integration]));
  return [
    { collection: environment, id: 'token', record: { id: first.environment_id } },
    ...installed.map((item) => ({ collection: environmentIntegrations, id: item.id, record: item })),
    ...[...catalog.values()].map((integration) => ({ collection: integrationCatalog, id: integration.id, record: integration })),
  ];
}

/** Truto lists environment integrations oldest first. */
export const byCreation = (a: EnvironmentIntegration, b: EnvironmentIntegration) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);

/** An ISO 8601 time after `previous`, for `updated_at` that always moves forward. */
export const after = (previous: string) => new Date(Math.max(Date.now(), Date.parse(previous) + 1)).toISOString();
