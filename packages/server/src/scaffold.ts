import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { type Api, loadApis } from '@contracts/bundles';
import { isNotImplemented } from './handler';
import { handlerPath } from './handlers';
import { operationsOf } from './spec';

export interface HandlerModule {
  api: string;
  operationId: string;
  /** `METHOD /path` as the spec writes it. */
  route: string;
  /** Repo-relative path of the module. */
  path: string;
}

const repoRoot = `${__dirname}/../../..`;
const relativePath = (path: string) => relative(repoRoot, path);

function scaffold(api: Api, operationId: string, route: string): string {
  const alias = `${api.name.charAt(0).toUpperCase()}${api.name.slice(1)}Handler`;
  return `// Scaffolded by \`pnpm generate\` for ${api.name} ${route} (${operationId}); never overwritten.
// Until implemented it answers 501 in ${api.title}'s error shape and \`pnpm check\` lists it. Implement it as
//
//   import type { ${alias} } from '../../vendors/${api.name}';
//   const handler: ${alias}<'${operationId}'> = ({ params, query, body }, { store, principal }) => ({ status: 200, body: ... });
//   export default handler;
//
// The type holds the handler to the spec: only documented statuses, bodies and parameters compile.
import { notImplemented } from '../../handler';

export default notImplemented('${operationId}');
`;
}

/** Writes a 501 handler module for every operation that has none; never touches an existing module. */
export function scaffoldHandlers(apis: Api[] = loadApis()): Array<HandlerModule & { created: boolean }> {
  return apis.flatMap((api) =>
    operationsOf(api).map(({ operationId, method, path }) => {
      const file = handlerPath(api.name, operationId);
      const route = `${method.toUpperCase()} ${path}`;
      const created = !existsSync(file);
      if (created) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, scaffold(api, operationId, route), { flag: 'wx' });
      }
      return { api: api.name, operationId, route, path: relativePath(file), created };
    }),
  );
}

/** The operations whose handler module is missing or still the scaffold (they answer 501). */
export function listUnimplemented(apis: Api[] = loadApis()): HandlerModule[] {
  return apis.flatMap((api) =>
    operationsOf(api)
      .map(({ operationId, method, path }) => ({
        api: api.name,
        operationId,
        route: `${method.toUpperCase()} ${path}`,
        path: handlerPath(api.name, operationId),
      }))
      .filter(({ path }) => !existsSync(path) || isNotImplemented((require(path) as { default?: unknown }).default))
      .map((module) => ({ ...module, path: relativePath(module.path) })),
  );
}
