import type { Api, OpenApiDocument } from '@contracts/bundles';

/** The HTTP methods an OpenAPI path item can hold, in the order routes are registered. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

type Json = Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: Json;
}

/** One operation of a bundled spec, with the facts the server derives routes, limits and examples from. */
export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  /** The spec's path template, such as `/integration_hubs/{integration_hub_id}`. */
  path: string;
  /** The same path in Express syntax (`/integration_hubs/:integration_hub_id`). */
  expressPath: string;
  parameters: ParameterSpec[];
  /** Documented statuses, as numbers. */
  statuses: number[];
  /** Whether the operation documents 429: those are the rate-limited ones. */
  rateLimited: boolean;
  /** Whether anonymous access is allowed (`security: []` or an empty requirement). */
  anonymous: boolean;
  /** Media types of the request body, if it has one. */
  requestMediaTypes: string[];
  /** Top-level properties of the request body that the spec marks readOnly: the vendors ignore them on input. */
  readOnlyBodyFields: string[];
  /** Named examples of the request body, per media type. */
  requestExamples: Array<{ name: string; mediaType: string; value: unknown }>;
  operation: Json;
}

/** Follows a local `$ref` (`#/components/...`) inside `document`. */
export function resolveRef<T = Json>(document: OpenApiDocument, value: unknown): T {
  let current = value as Json;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) {
    const segments = (current.$ref as string).replace(/^#\//, '').split('/');
    current = segments.reduce<Json>((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, document as Json);
  }
  return current as T;
}

/** Collects top-level readOnly property names of a schema, through `$ref` and `allOf`. */
function readOnlyProperties(document: OpenApiDocument, schema: unknown, seen = new Set<unknown>()): string[] {
  const resolved = resolveRef<Json>(document, schema);
  if (!resolved || seen.has(resolved)) return [];
  seen.add(resolved);
  const own = Object.entries((resolved.properties as Record<string, unknown>) ?? {})
    .filter(([, property]) => {
      const raw = property as Json;
      return raw.readOnly === true || resolveRef<Json>(document, raw).readOnly === true;
    })
    .map(([name]) => name);
  const inherited = ((resolved.allOf as unknown[]) ?? []).flatMap((part) => readOnlyProperties(document, part, seen));
  return [...new Set([...own, ...inherited])];
}

/** Every operation of `api`'s bundle, in spec order. */
export function operationsOf(api: Api): OperationSpec[] {
  const { document } = api;
  const result: OperationSpec[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = ((item.parameters as unknown[]) ?? []).map((parameter) => resolveRef<ParameterSpec>(document, parameter));
    for (const method of httpMethods) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const operationId = operation.operationId as string | undefined;
      if (!operationId) throw new Error(`${api.name}: ${method.toUpperCase()} ${path} has no operationId; the server looks handlers up by it`);
      const own = ((operation.parameters as unknown[]) ?? []).map((parameter) => resolveRef<ParameterSpec>(document, parameter));
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      const responses = Object.keys((operation.responses as Json) ?? {});
      const security = (operation.security ?? document.security ?? []) as Json[];
      const body = resolveRef<Json | undefined>(document, operation.requestBody);
      const content = (body?.content ?? {}) as Record<string, Json>;
      result.push({
        operationId,
        method,
        path,
        expressPath: path.replace(/\{([^}]+)\}/g, ':$1'),
        parameters,
        statuses: responses.filter((status) => /^\d{3}$/.test(status)).map(Number),
        rateLimited: responses.includes('429'),
        anonymous: security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0),
        requestMediaTypes: Object.keys(content),
        readOnlyBodyFields: [...new Set(Object.values(content).flatMap((media) => readOnlyProperties(document, media.schema)))],
        requestExamples: Object.entries(content).flatMap(([mediaType, media]) =>
          Object.entries((media.examples as Record<string, unknown>) ?? {}).map(([name, example]) => ({
            name,
            mediaType,
            value: resolveRef<Json>(document, example).value,
          })),
        ),
        operation,
      });
    }
  }
  return result;
}

/** The value of the first named example of `operationId`'s response `status` (JSON). */
export function responseExample<T>(api: Api, operationId: string, status: number): T {
  const operation = operationsOf(api).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`${api.name}: no operation ${operationId} in the spec`);
  const response = resolveRef<Json>(api.document, (operation.operation.responses as Json)[String(status)]);
  const media = (response?.content as Record<string, Json> | undefined)?.['application/json'];
  const first = Object.values((media?.examples as Record<string, unknown>) ?? {})[0];
  if (first === undefined) throw new Error(`${api.name}: ${operationId} ${status} has no example to seed the store from; add one to the spec`);
  return structuredClone(resolveRef<Json>(api.document, first).value) as T;
}

/** Fills a path template with the parameters' `example` values (the spec gives one for every path parameter). */
export function examplePath(operation: OperationSpec): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    if (parameter?.example === undefined) throw new Error(`path parameter ${name} of ${operation.operationId} has no example`);
    return encodeURIComponent(String(parameter.example));
  });
}
