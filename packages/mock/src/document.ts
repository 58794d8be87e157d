import type { OpenApiDocument } from '@contracts/bundles';
import { writeOnlyStripper } from './write-only';

/** A JSON Schema or any other node of the OpenAPI document. */
export type Node = Record<string, unknown>;

/** One documented response of an operation. */
export interface ResponseInfo {
  status: number;
  /** The named examples of its JSON content, in document order (the first is the default answer). */
  examples: Array<{ name: string; value: unknown }>;
  /** The response's headers, by name. */
  headers: string[];
  /** Removes every property the response schema marks `writeOnly`. */
  stripWriteOnly: (body: unknown) => unknown;
}

/** What the mock needs to know about one operation, read from the bundled document. */
export interface OperationInfo {
  operationId: string;
  /** Lower-case HTTP method, as Prism names it. */
  method: string;
  /** The path template relative to the base path, e.g. `/integration_hubs/{integration_hub_id}`. */
  path: string;
  /** Whether a credential is required (the operation's own `security`, else the document's). */
  secured: boolean;
  /** Media types of the request body; empty when the operation takes no body. */
  requestMediaTypes: string[];
  /** Names of the query parameters. */
  queryParameters: string[];
  responses: Map<number, ResponseInfo>;
  /** Matches a path relative to the base path. */
  pattern: RegExp;
  /** The operation object of the document. */
  node: Node;
}

/** Follows a local `$ref` (`#/components/...`) until it reaches a node that is not a reference. */
export function resolve(document: OpenApiDocument, node: unknown): Node {
  let current = node as Node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`Cannot resolve $ref ${ref}: only local, acyclic references are supported`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((parent, key) => (parent as Node | undefined)?.[key], document) as Node;
  }
  if (!current) throw new Error(`Broken $ref in the bundle: ${JSON.stringify(node)}`);
  return current;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function pathPattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  return new RegExp(`^${escaped}$`);
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = pathItem[method] as Node | undefined;
      if (!operation) continue;
      const security = (operation.security ?? document.security ?? []) as unknown[];
      const requestBody = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
      const parameters = [...((pathItem.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map((p) => resolve(document, p));
      const responses = new Map<number, ResponseInfo>();
      for (const [status, reference] of Object.entries((operation.responses ?? {}) as Node)) {
        if (!/^\d{3}$/.test(status)) continue;
        const response = resolve(document, reference);
        const json = (response.content as Node | undefined)?.['application/json'] as Node | undefined;
        responses.set(Number(status), {
          status: Number(status),
          examples: Object.entries((json?.examples as Node | undefined) ?? {}).map(([name, example]) => ({ name, value: resolve(document, example).value })),
          headers: Object.keys((response.headers as Node | undefined) ?? {}),
          stripWriteOnly: json?.schema ? writeOnlyStripper(document, json.schema as Node) : (body) => body,
        });
      }
      operations.push({
        operationId: String(operation.operationId ?? `${method} ${path}`),
        method,
        path,
        secured: security.length > 0,
        requestMediaTypes: Object.keys((requestBody?.content as Node | undefined) ?? {}),
        queryParameters: parameters.filter((p) => p.in === 'query').map((p) => String(p.name)),
        responses,
        pattern: pathPattern(path),
        node: operation,
      });
    }
  }
  return operations;
}

/** The operation that serves `method` at `path` (relative to the base path), if any. */
export function findOperation(operations: OperationInfo[], method: string, path: string): OperationInfo | undefined {
  return operations.find((operation) => operation.method === method && operation.pattern.test(path));
}

/** The names of every response header the document declares (e.g. `Retry-After`), so browsers may read them. */
export function responseHeaderNames(document: OpenApiDocument): string[] {
  const names = operationsOf(document).flatMap((operation) => [...operation.responses.values()].flatMap((response) => response.headers));
  return [...new Set(names)];
}

/** The path parameters of `path` (relative to the base path) by name, decoded. */
export function paramsOf(operation: OperationInfo, path: string): Record<string, string> {
  const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  const values = operation.pattern.exec(path)?.slice(1) ?? [];
  const decode = (value = '') => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // A malformed escape is left for validation to reject.
    }
  };
  return Object.fromEntries(names.map((name, index) => [name, decode(values[index])]));
}
