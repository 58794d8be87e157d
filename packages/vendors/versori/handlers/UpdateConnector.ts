import type { Connector } from '@contracts/types/versori';
import type { VersoriHandler } from '../context';
import { versoriError } from '../errors';
import { after, connectorKey, connectors } from '../store';

/**
 * Replaces the mutable fields: those omitted are unset (`public` becomes false, an HTTP connector's
 * `connectionVariables` empty), except `authSchemeConfigIds`, which only reorders and, when omitted, leaves the order
 * as it is. `connectionVariables`, when sent, also overwrites every connection's variables. The body's protocol
 * decides `baseUrl` or `datasetId`. (Ids in the body that disagree with the path are refused before this runs: see
 * `../refusals.ts`.)
 */
const updateConnector: VersoriHandler<'UpdateConnector'> = async ({ params, body }, { store }) => {
  const { organisation_id: organisationId, connector_id: connectorId } = params;
  const key = connectorKey(organisationId, connectorId);
  const current = await store.get(connectors, key);
  if (!current) return versoriError(404, `connector ${connectorId} not found in organisation ${organisationId}`);

  const existing = current.authSchemeConfigs.map((config) => config.id);
  const requested = body.authSchemeConfigIds;
  if (requested && [...requested].sort().join('\n') !== [...existing].sort().join('\n'))
    return versoriError(400, 'authSchemeConfigIds must be a reordering of the connector’s auth scheme config ids', [
      { field: 'authSchemeConfigIds', message: `must contain each of ${existing.join(', ') || '(none)'} exactly once` },
    ]);

  const updatedAt = after(current.updatedAt);
  const common = {
    id: current.id,
    organisationId: current.organisationId,
    name: body.name,
    public: body.public ?? false,
    ...(body.documentationURL !== undefined && { documentationURL: body.documentationURL }),
    ...(body.imageURL !== undefined && { imageURL: body.imageURL }),
    ...(body.tags !== undefined && { tags: structuredClone(body.tags) }),
    authSchemeConfigs: requested ? requested.flatMap((id) => current.authSchemeConfigs.filter((config) => config.id === id)) : current.authSchemeConfigs,
    versions: current.versions,
    createdAt: current.createdAt,
    updatedAt,
  };
  let updated: Connector;
  if (body.protocol === 'http') {
    const variables = body.connectionVariables;
    updated = {
      ...common,
      protocol: 'http',
      baseUrl: body.baseUrl,
      connectionVariables: structuredClone(variables ?? []),
      connections: variables
        ? current.connections.map((connection) => ({ ...connection, variables: structuredClone(variables), updatedAt }))
        : current.connections,
    };
  } else {
    updated = { ...common, protocol: 'bigquery', datasetId: body.datasetId, connections: current.connections };
  }
  store.put(connectors, key, updated);
  return { status: 200, body: updated };
};

export default updateConnector;
