import { type Json, nodeAt, type OpenApiDocument } from './document';
import { httpMethods, type Operation } from './operations';

/** Every `$ref` found in `node`, however deep. */
function refsIn(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) refsIn(item, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value);
      else refsIn(value, found);
    }
  }
}

const operationKeys = new Set<string>(httpMethods);

/**
 * The document with only `operations` (their path items keep their shared fields, such as path-level parameters)
 * and the components they reach through `$ref`, transitively; security schemes and everything outside `paths` and
 * `components` stay. A validator that compiles each schema together with the whole document it was given then
 * works in proportion to these operations, not to the API. A `$ref` to anything but a component (`#/paths/…`)
 * cannot be carried over alone: the whole document is returned then. The result shares nodes with `document`:
 * clone it before handing it to code that writes into it.
 */
export function subsetDocument(document: OpenApiDocument, operations: Operation[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const operation of operations) {
    const item = document.paths[operation.path] ?? {};
    const kept = paths[operation.path] ?? Object.fromEntries(Object.entries(item).filter(([key]) => !operationKeys.has(key)));
    kept[operation.method] = item[operation.method];
    paths[operation.path] = kept;
  }

  const components: Record<string, Json> = {};
  if (document.components?.securitySchemes) components.securitySchemes = document.components.securitySchemes;
  const pending = new Set<string>();
  refsIn(paths, pending);
  // A Set's iteration visits what is added while it runs: the components that components refer to.
  for (const pointer of pending) {
    const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)/.exec(pointer) ?? [];
    if (!kind || !name) return document;
    const key = name.replace(/~1/g, '/').replace(/~0/g, '~');
    const node = nodeAt(document, `#/components/${kind}/${name}`);
    const ofKind = components[kind] ?? {};
    components[kind] = ofKind;
    if (node === undefined || ofKind[key] !== undefined) continue;
    ofKind[key] = node;
    refsIn(node, pending);
  }
  return document.components ? { ...document, paths, components } : { ...document, paths };
}
