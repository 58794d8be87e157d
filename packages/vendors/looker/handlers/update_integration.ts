import type { LookerHandler } from '../context';
import { lookerError, lookerValidationError } from '../errors';
import { integrations, visibleIntegration } from '../store';

/**
 * Changes `enabled`, `installed_delegate_oauth_targets` and the parameters sent, matched by name: a null value
 * leaves a parameter as it is, an empty string clears it. A parameter the integration does not have is a 422.
 */
const updateIntegration: LookerHandler<'update_integration'> = async ({ params, body }, { store, principal }) => {
  const current = await store.get(integrations, params.integration_id);
  if (!current || !principal.isAdmin) return lookerError(404, 'Not found');
  const known = new Set((current.params ?? []).map((param) => param.name));
  const unknown = (body.params ?? []).find((param) => !known.has(param.name ?? null));
  if (unknown) return lookerValidationError('params', 'invalid', `Integration ${current.id} has no parameter ${unknown.name ?? '(unnamed)'}`);
  const updates = new Map((body.params ?? []).map((param) => [param.name, param]));
  const updated = {
    ...current,
    ...(body.enabled !== undefined && { enabled: body.enabled }),
    ...(body.installed_delegate_oauth_targets !== undefined && { installed_delegate_oauth_targets: body.installed_delegate_oauth_targets }),
    params: (current.params ?? []).map((param) => {
      const update = updates.get(param.name);
      if (!update) return param;
      const value = update.value === null || update.value === undefined ? param.value : update.value === '' ? null : update.value;
      const userAttribute = update.user_attribute_name === undefined ? param.user_attribute_name : update.user_attribute_name;
      return { ...param, value, user_attribute_name: userAttribute, has_value: value !== null || Boolean(userAttribute) };
    }),
  };
  store.put(integrations, current.id, updated);
  return { status: 200, body: visibleIntegration(updated) };
};

export default updateIntegration;
