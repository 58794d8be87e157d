import type { HttpMethod, Operation } from '@contracts/bundles/model';

/** One segment of a request path: as sent, and decoded (undefined when its percent-encoding is malformed). */
interface Segment {
  raw: string;
  decoded: string | undefined;
}

/** A node of the table: the paths below it by literal segment or by parameter, and the operations that end here. */
interface Node {
  literals: Map<string, Node>;
  parameter?: { name: string; node: Node };
  /** The operations of the path that ends at this node, by method, in the spec's order. */
  operations?: Map<HttpMethod, Operation>;
  /** The path template that ends at this node. */
  template?: string;
}

/** Where a request path leads. */
export type RouteLookup =
  | {
      kind: 'operation';
      operation: Operation;
      /** Path parameters by name, decoded. */
      params: Record<string, string>;
      /** The first path parameter whose percent-encoding is malformed, with the value as sent. */
      malformed?: { name: string; raw: string };
    }
  /** The path exists, without an operation for the method: the methods it has, for `Allow`. */
  | { kind: 'path'; template: string; methods: HttpMethod[] }
  | { kind: 'none' };

const newNode = (): Node => ({ literals: new Map() });

function decodeSegment(raw: string): string | undefined {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * The operations of one API by path and method: the one router of the stub, the mock and the MSW handlers. Its rule
 * for every request path: split at `/`, percent-decode each segment once, then match segment by segment, literal
 * segments before parameters (OpenAPI matches concrete paths before templated ones), case-sensitively and without
 * a trailing slash. A parameter takes any non-empty segment; one whose encoding is malformed still routes, so that
 * the pipeline refuses it in the vendor's words rather than answering 404.
 */
export class RouteTable {
  private readonly root = newNode();

  constructor(operations: Operation[]) {
    for (const operation of operations) this.add(operation);
  }

  /** Where `path` (below the base path, as sent: still percent-encoded, without the query) leads for `method`. */
  lookup(method: string, path: string): RouteLookup {
    if (!path.startsWith('/')) return { kind: 'none' };
    const segments = path
      .slice(1)
      .split('/')
      .map((raw) => ({ raw, decoded: decodeSegment(raw) }));
    const found = this.find(this.root, segments, 0, []);
    if (!found?.node.operations) return { kind: 'none' };
    const operation = found.node.operations.get(method.toLowerCase() as HttpMethod);
    if (!operation) return { kind: 'path', template: found.node.template as string, methods: [...found.node.operations.keys()] };
    const params: Record<string, string> = {};
    let malformed: { name: string; raw: string } | undefined;
    for (const { name, segment } of found.bound) {
      params[name] = segment.decoded ?? segment.raw;
      if (segment.decoded === undefined) malformed ??= { name, raw: segment.raw };
    }
    return { kind: 'operation', operation, params, ...(malformed && { malformed }) };
  }

  private add(operation: Operation): void {
    let node = this.root;
    for (const segment of operation.path.slice(1).split('/')) {
      const parameter = /^\{([^}]+)\}$/.exec(segment)?.[1];
      if (parameter) {
        node.parameter ??= { name: parameter, node: newNode() };
        node = node.parameter.node;
      } else {
        let next = node.literals.get(segment);
        if (!next) {
          next = newNode();
          node.literals.set(segment, next);
        }
        node = next;
      }
    }
    node.operations ??= new Map();
    node.template = operation.path;
    // The first operation of a method wins, as the spec lists them.
    if (!node.operations.has(operation.method)) node.operations.set(operation.method, operation);
  }

  private find(
    node: Node,
    segments: Segment[],
    index: number,
    bound: Array<{ name: string; segment: Segment }>,
  ): { node: Node; bound: typeof bound } | undefined {
    const segment = segments[index];
    if (!segment) return node.operations ? { node, bound } : undefined;
    const literal = segment.decoded === undefined ? undefined : node.literals.get(segment.decoded);
    const byLiteral = literal && this.find(literal, segments, index + 1, bound);
    if (byLiteral) return byLiteral;
    if (!node.parameter || segment.raw === '') return undefined;
    return this.find(node.parameter.node, segments, index + 1, [...bound, { name: node.parameter.name, segment }]);
  }
}
