import { type Api, httpMethods, type Json, type OpenApiDocument } from '@contracts/bundles';
import type { AnyHandler, AnyVendor } from '@contracts/vendors';

/** The extension a renamed operation carries: the operationId it copies, whose handler serves it. */
export const copyOf = 'x-copy-of';

/** Every operation object of a document, with its path and method. */
function* operationObjects(document: OpenApiDocument): Generator<{ path: string; method: string; operation: Json }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of httpMethods) {
      const operation = item[method] as Json | undefined;
      if (operation) yield { path, method, operation };
    }
  }
}

/** `document` with only the operations whose ids are listed (paths left empty are dropped); components stay whole. */
export function subsetContract(document: OpenApiDocument, operationIds: string[]): OpenApiDocument {
  const wanted = new Set(operationIds);
  const subset = structuredClone(document);
  for (const { path, method, operation } of operationObjects(subset)) {
    if (wanted.has(operation.operationId as string)) wanted.delete(operation.operationId as string);
    else delete subset.paths[path]?.[method];
  }
  if (wanted.size > 0) throw new Error(`the document has no operation ${[...wanted].join(', ')}`);
  for (const [path, item] of Object.entries(subset.paths)) {
    if (!httpMethods.some((method) => item[method])) delete subset.paths[path];
  }
  return subset;
}

/** Renames every `$ref` to `#/components/<kind>/<name>` (except security schemes, which stay shared) by `rename`. */
function renameRefs(node: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => renameRefs(item, rename));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref' && typeof value === 'string') {
        const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value);
        if (match && match[1] !== 'securitySchemes') return [key, `#/components/${match[1]}/${rename(match[2] as string)}`];
      }
      return [key, renameRefs(value, rename)];
    }),
  );
}

/** `paths` with the entry `path` moved to the front or the end. */
function moved(paths: OpenApiDocument['paths'], path: string, to: 'front' | 'end'): OpenApiDocument['paths'] {
  const item = paths[path];
  if (!item) throw new Error(`the document has no path ${path}`);
  const others = Object.entries(paths).filter(([key]) => key !== path);
  return Object.fromEntries(to === 'front' ? [[path, item], ...others] : [...others, [path, item]]);
}

/**
 * A contract of `copies` × the operations of `document`: the first copy is the document itself, copy k (from 1)
 * serves every path under `/copy<k>`, with operationIds and components suffixed `_copy<k>` (each copy has its own
 * schemas, as a large API has distinct ones) and `x-copy-of` naming the operation it copies. Copies come in order,
 * and `edgePath` (when given) is the first path of the first copy and the last path of the last copy: its
 * operations are the first and the last that a router trying routes in order reaches.
 */
export function syntheticContract(document: OpenApiDocument, copies: number, edgePath?: string): OpenApiDocument {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a positive integer, not ${copies}`);
  const contract: OpenApiDocument = { ...structuredClone(document), paths: {}, components: structuredClone(document.components ?? {}) };
  for (let copy = 0; copy < copies; copy++) {
    const order = edgePath && copy === 0 ? 'front' : edgePath && copy === copies - 1 ? 'end' : undefined;
    const paths = order && edgePath ? moved(document.paths, edgePath, order) : document.paths;
    if (copy === 0) {
      Object.assign(contract.paths, structuredClone(paths));
      continue;
    }
    const suffix = `_copy${copy}`;
    const rename = (name: string) => `${name}${suffix}`;
    for (const [path, item] of Object.entries(renameRefs(paths, rename) as OpenApiDocument['paths'])) {
      for (const method of httpMethods) {
        const operation = item[method] as Json | undefined;
        if (operation) item[method] = { ...operation, operationId: rename(operation.operationId as string), [copyOf]: operation.operationId };
      }
      contract.paths[`/copy${copy}${path}`] = item;
    }
    const components = contract.components as Record<string, Record<string, unknown>>;
    for (const [kind, entries] of Object.entries(document.components ?? {})) {
      if (kind === 'securitySchemes') continue;
      const renamed = renameRefs(entries, rename) as Record<string, unknown>;
      const ofKind = components[kind] ?? {};
      components[kind] = ofKind;
      for (const [name, value] of Object.entries(renamed)) ofKind[rename(name)] = value;
    }
  }
  return contract;
}

/**
 * `vendor` serving a synthetic contract: each renamed operationId runs the handler of the operation it copies, and the
 * store is seeded from `seedFrom`, the vendor's own API (a subset may lack the operations whose examples seed it).
 */
export function syntheticVendor(vendor: AnyVendor, contract: OpenApiDocument, seedFrom: Api): AnyVendor {
  const operationHandlers: Record<string, AnyHandler> = { ...vendor.operationHandlers };
  for (const { operation } of operationObjects(contract)) {
    const original = operation[copyOf];
    const handler = typeof original === 'string' ? vendor.operationHandlers[original] : undefined;
    if (handler) operationHandlers[operation.operationId as string] = handler;
  }
  return { ...vendor, operationHandlers, seed: (_api, credentials) => vendor.seed(seedFrom, credentials) };
}
