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

type Node = Record<string, unknown>;

/** A copy of `node` without its `example` and `examples` (a Parameter, Header or Media Type Object), or `node` itself when it is a `$ref`. */
function withoutOwnExamples(node: unknown, inner?: (copy: Node) => void): unknown {
  if (!node || typeof node !== 'object' || '$ref' in node) return node;
  const { example: _example, examples: _examples, ...rest } = node as Node;
  inner?.(rest);
  return rest;
}

/** Each value of a map (`content`, `headers`, `responses`) passed through `each`. */
const mapValues = (map: unknown, each: (value: unknown) => unknown) =>
  map && typeof map === 'object' ? Object.fromEntries(Object.entries(map).map(([key, value]) => [key, each(value)])) : map;

const bareMediaTypes = (owner: Node) => {
  if (owner.content) owner.content = mapValues(owner.content, (media) => withoutOwnExamples(media));
};
const bareParameter = (parameter: unknown) => withoutOwnExamples(parameter, bareMediaTypes);
const bareHeader = bareParameter;
const bareRequestBody = (body: unknown) => withoutOwnExamples(body, bareMediaTypes);
const bareResponse = (response: unknown) =>
  withoutOwnExamples(response, (copy) => {
    bareMediaTypes(copy);
    if (copy.headers) copy.headers = mapValues(copy.headers, bareHeader);
  });

/**
 * The document without its examples: those of parameters, headers, request and response bodies, and the
 * `components.examples` they point to. Schemas keep theirs (`examples` in a schema is an annotation, and a property
 * may be named `example`). Validators never read examples, so they get to copy and walk a smaller document. Nodes
 * without examples are shared with `document`.
 */
export function withoutExamples(document: OpenApiDocument): OpenApiDocument {
  const paths = mapValues(document.paths, (item) => {
    if (!item || typeof item !== 'object') return item;
    const copy: Node = { ...item };
    if (Array.isArray(copy.parameters)) copy.parameters = copy.parameters.map(bareParameter);
    for (const method of httpMethods) {
      const operation = copy[method] as Node | undefined;
      if (!operation) continue;
      copy[method] = {
        ...operation,
        ...(Array.isArray(operation.parameters) && { parameters: operation.parameters.map(bareParameter) }),
        ...(operation.requestBody !== undefined && { requestBody: bareRequestBody(operation.requestBody) }),
        ...(operation.responses !== undefined && { responses: mapValues(operation.responses, bareResponse) }),
      };
    }
    return copy;
  }) as OpenApiDocument['paths'];
  if (!document.components) return { ...document, paths };
  const { examples: _examples, ...components } = document.components;
  if (components.parameters) components.parameters = mapValues(components.parameters, bareParameter) as Json;
  if (components.headers) components.headers = mapValues(components.headers, bareHeader) as Json;
  if (components.requestBodies) components.requestBodies = mapValues(components.requestBodies, bareRequestBody) as Json;
  if (components.responses) components.responses = mapValues(components.responses, bareResponse) as Json;
  return { ...document, paths, components };
}
