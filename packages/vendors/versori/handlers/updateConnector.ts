import type { VersoriHandler } from '../context';
import { versoriError } from '../errors';
import { connectorKey, connectors, type StoredConnector, visibleConnector } from '../store';

/**
 * Replaces the mutable fields: those omitted are unset (`connectionVariables` becomes empty), except
 * `authSchemeConfigIds`, which only reorders and, when omitted, leaves the order as it is.
 * `connectionVariables`, when sent, also overwrites every connection's variables.
 * (Ids in the body that disagree with the path are refused before this runs: see `../path-ids.ts`.)
 */
const updateConnector: VersoriHandler<'updateConnector'> = async ({ params, body }, { store }) => {
  const { organisation_id: organisationId, connector_id: connectorId } = params;
  const current = await store.get(connectors, connectorKey(organisationId, connectorId));
  if (!current) return versoriError(404, `connector ${connectorId} not found in organisation ${organisationId}`);

  const existing = current.authSchemeConfigs.map((config) => config.id);
  const requested = body.authSchemeConfigIds;
  if (requested && [...requested].sort().join('\n') !== [...existing].sort().join('\n'))
    return versoriError(400, 'authSchemeConfigIds must be a reordering of the connector’s auth scheme config ids', [
      { field: 'authSchemeConfigIds', message: `must contain each of ${existing.join(', ') || '(none)'} exactly once` },
    ]);

  const now = new Date(Math.max(Date.now(), Date.parse(current.updatedAt) + 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const variables = body.connectionVariables;
  const updated: StoredConnector = {
    id: current.id,
    organisationId: current.organisationId,
    name: body.name,
    protocol: body.protocol,
    ...(body.documentationURL !== undefined && { documentationURL: body.documentationURL }),
    ...(body.imageURL !== undefined && { imageURL: body.imageURL }),
    ...(body.baseUrl !== undefined && { baseUrl: body.baseUrl }),
    authSchemeConfigs: requested ? requested.flatMap((id) => current.authSchemeConfigs.filter((config) => config.id === id)) : current.authSchemeConfigs,
    connectionVariables: structuredClone(variables ?? []),
    connections: variables
      ? current.connections.map((connection) => ({ ...connection, variables: structuredClone(variables), updatedAt: now }))
      : current.connections,
    versions: current.versions,
    createdAt: current.createdAt,
    updatedAt: now,
  };
  store.put(connectors, connectorKey(organisationId, connectorId), updated);
  return { status: 200, body: visibleConnector(updated) };
};

export default updateConnector;
