import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type OpenApiDocument, operationsOf } from '@contracts/bundles';
import { isNotImplemented } from '@contracts/vendors';
import type { ApiEntry } from './entries';
import { camelCase, header, pascalCase } from './text';

/** Where a vendor's own code lives: `packages/vendors/<api>/`. */
export const vendorDir = (api: { name: string }) => `packages/vendors/${api.name}`;
/** The handler module of an operation: `packages/vendors/<api>/handlers/<operationId>.ts`. */
export const handlerPath = (api: { name: string }, operationId: string) => `${vendorDir(api)}/handlers/${operationId}.ts`;
/** The generated map of an API's handler modules. */
export const handlerMapPath = (api: { name: string }) => `packages/vendors/generated/${api.name}.ts`;
/** The generated registry of every vendor. */
export const registryPath = 'packages/vendors/generated/index.ts';

const reserved = new Set(['default', 'delete', 'new', 'function', 'class', 'import', 'export', 'return', 'this', 'var', 'let', 'const', 'in', 'do', 'if']);
/** A JavaScript identifier for an operationId (the operationId itself when it is one). */
const identifier = (operationId: string) =>
  /^[A-Za-z_$][\w$]*$/.test(operationId) && !reserved.has(operationId) ? operationId : `operation_${operationId.replace(/\W/g, '_')}`;

/** `packages/vendors/generated/<api>.ts`: every operation's handler module, by operationId, for the vendor's index. */
export function renderHandlerMap(api: ApiEntry, document: OpenApiDocument, fingerprint: string): string {
  const operations = operationsOf(document);
  const imports = operations.map(({ operationId }) => `import ${identifier(operationId)} from '../${api.name}/handlers/${operationId}';`);
  const entries = operations.map(({ operationId }) => `  ${JSON.stringify(operationId)}: ${identifier(operationId)},`);
  return `${header(api, '//', fingerprint)}${imports.join('\n')}

/** The handler module of every operation of ${document.info.title}, by operationId. */
export const operationHandlers = {
${entries.join('\n')}
};
`;
}

/** `packages/vendors/generated/index.ts`: the vendor of every API in redocly.yaml, by name. */
export function renderRegistry(apis: ApiEntry[]): string {
  const imports = apis.map((api) => `import { vendor as ${camelCase(api.name)} } from '../${api.name}';`);
  return `// Generated from redocly.yaml by \`pnpm generate\`. Do not edit: add an API to redocly.yaml and regenerate.
import type { AnyVendor } from '../src/vendor';
${imports.join('\n')}

/** The vendor of every API in redocly.yaml, by name. */
export const vendors: Record<string, AnyVendor> = {
${apis.map((api) => `  ${JSON.stringify(api.name)}: ${camelCase(api.name)},`).join('\n')}
};

/** The vendor of the API \`name\`; fails saying how to scaffold one. */
export function vendorOf(name: string): AnyVendor {
  const vendor = vendors[name];
  if (!vendor) throw new Error(\`No vendor folder for API "\${name}"; run \\\`pnpm generate\\\` to scaffold packages/vendors/\${name}/\`);
  return vendor;
}
`;
}

function handlerScaffold(api: ApiEntry, title: string, operationId: string, route: string): string {
  const type = `${pascalCase(api.name)}Handler`;
  return `// Scaffolded by \`pnpm generate\` for ${api.name} ${route} (${operationId}); never overwritten.
// Until implemented it answers 501 in ${title}'s error shape and \`pnpm check\` lists it. Implement it as
//
//   import type { ${type} } from '../context';
//   const handler: ${type}<'${operationId}'> = async ({ params, query, body }, { store, principal }) => ({ status: 200, body: ... });
//   export default handler;
//
// The type holds the handler to the spec: only documented statuses, bodies and parameters compile.
import { notImplemented } from '../../src/handler';

export default notImplemented('${operationId}');
`;
}

/** The files of a new vendor's folder: everything a vendor needs, with defaults to replace by the vendor's own. */
function vendorScaffold(api: ApiEntry, title: string): Record<string, string> {
  const name = pascalCase(api.name);
  const variable = `${api.name.toUpperCase().replace(/\W/g, '_')}_API_TOKEN`;
  return {
    'context.ts': `import type { operations } from '@contracts/types/${api.name}';
import type { HandlerContext, OperationHandler } from '../src/handler';
import type { ${name}Credentials } from './index';

/** Who called: the one API token's holder, until the vendor's own principals are modelled. */
export interface ${name}Principal {
  kind: 'api-token';
}

export type ${name}Context = HandlerContext<${name}Principal, ${name}Credentials>;
/** The type of the handler module \`packages/vendors/${api.name}/handlers/<operationId>.ts\`. */
export type ${name}Handler<K extends keyof operations> = OperationHandler<operations[K], ${name}Context>;
`,
    'index.ts': `// Scaffolded by \`pnpm generate\` for ${title}; never overwritten. Replace the defaults with the vendor's own
// behaviour: its error body, how it authenticates, what its store starts with (see packages/vendors/README.md).
import { operationHandlers } from '../generated/${api.name}';
import { apiTokenAuthentication } from '../src/api-token';
import { defineCredentials } from '../src/credentials';
import { plainErrors } from '../src/errors';
import { defineVendor } from '../src/vendor';
import type { ${name}Principal } from './context';

export const ${camelCase(api.name)}Credentials = defineCredentials({ ${variable}: '${api.name}-local-api-token' }, (read) => ({ apiToken: read('${variable}') }));
export type ${name}Credentials = ReturnType<typeof ${camelCase(api.name)}Credentials.read>;

const errors = plainErrors();
const authenticate = apiTokenAuthentication<${name}Principal, ${name}Credentials>(errors.token, (credentials) => credentials.apiToken, { kind: 'api-token' });

/** ${title}. */
export const vendor = defineVendor<${name}Principal, ${name}Credentials>({
  name: '${api.name}',
  errors,
  credentials: ${camelCase(api.name)}Credentials,
  seed: () => [],
  authenticate,
  operationHandlers,
  exampleRules: (_api, credentials) => ({ authenticate: (authorization) => errors.token(authorization) === credentials.apiToken }),
});
`,
  };
}

export interface HandlerModule {
  api: string;
  operationId: string;
  /** `METHOD /path` as the spec writes it. */
  route: string;
  /** Repo-relative path of the module. */
  path: string;
}

/**
 * Writes what a vendor folder lacks: the folder itself for an API new to redocly.yaml, and a 501 handler module for
 * every operation without one. Never touches an existing file.
 */
export function scaffoldVendor(repoRoot: string, api: ApiEntry, document: OpenApiDocument): Array<HandlerModule & { created: boolean }> {
  const write = (path: string, content: string) => {
    const target = join(repoRoot, path);
    if (existsSync(target)) return false;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content, { flag: 'wx' });
    return true;
  };
  for (const [file, content] of Object.entries(vendorScaffold(api, document.info.title))) write(`${vendorDir(api)}/${file}`, content);
  return operationsOf(document).map(({ operationId, method, path }) => {
    const route = `${method.toUpperCase()} ${path}`;
    const module = handlerPath(api, operationId);
    return { api: api.name, operationId, route, path: module, created: write(module, handlerScaffold(api, document.info.title, operationId, route)) };
  });
}

/** The operations whose handler module is missing or still the scaffold (they answer 501). */
export function listUnimplemented(repoRoot: string, api: ApiEntry, document: OpenApiDocument): HandlerModule[] {
  return operationsOf(document)
    .map(({ operationId, method, path }) => ({ api: api.name, operationId, route: `${method.toUpperCase()} ${path}`, path: handlerPath(api, operationId) }))
    .filter(({ path }) => {
      const file = join(repoRoot, path);
      return !existsSync(file) || isNotImplemented((require(file) as { default?: unknown }).default);
    });
}
