import type { ApiEntry } from './entries';

/** The header of every generated file: where it comes from, and the fingerprint of its inputs. */
export function header(api: ApiEntry, comment: '#' | '//', fingerprint: string): string {
  return `${comment} Generated from ${api.specDir}/ by \`pnpm generate\`. Do not edit: edit the spec and regenerate.\n${comment} fingerprint: ${fingerprint}\n`;
}

/** `create_integration_hub` → `CreateIntegrationHub`, `updateConnector` → `UpdateConnector`. */
export function pascalCase(identifier: string): string {
  return identifier
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

export function camelCase(identifier: string): string {
  const pascal = pascalCase(identifier);
  return pascal[0]?.toLowerCase() + pascal.slice(1);
}
