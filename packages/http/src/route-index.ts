/** How request paths compare with route paths. */
export interface RouteIndexOptions {
  /** Whether `/Users` and `/users` differ (Express: the app's `case sensitive routing`; the mock: yes). */
  caseSensitive: boolean;
  /** Whether one trailing slash may follow a route path (Express without `strict routing`: yes; the mock: no). */
  trailingSlash: boolean;
}

interface Node<T> {
  literals: Map<string, Node<T>>;
  /** A segment holding a parameter (`{id}`, `:id`): any non-empty segment may match it. */
  parameter?: Node<T>;
  /** The routes whose path ends here, with the order they were added in. */
  routes: Array<{ order: number; value: T }>;
}

const newNode = <T>(): Node<T> => ({ literals: new Map(), routes: [] });

/**
 * Finds the routes a request path may match without trying every route in turn: route paths are filed by segment
 * (a literal segment by its text, a segment holding a parameter as a wildcard), so a lookup costs the same in an API
 * of five operations as in one of eight hundred. It only narrows the routes down: the answer holds every route that
 * matches (and maybe some that do not, such as `/files/{name}.json` for `/files/x`), in the order they were added,
 * and the caller still matches each one its own way — which route wins and what its parameters are stay the caller's.
 */
export class RouteIndex<T> {
  private readonly root = newNode<T>();
  private added = 0;

  constructor(private readonly options: RouteIndexOptions) {}

  /** Adds a route path, OpenAPI's `/hubs/{id}` or Express's `/hubs/:id`. */
  add(path: string, value: T): void {
    let node = this.root;
    for (const segment of this.segments(path)) {
      if (/[{:*]/.test(segment)) {
        node.parameter ??= newNode();
        node = node.parameter;
        continue;
      }
      const key = this.key(segment);
      let child = node.literals.get(key);
      if (!child) {
        child = newNode();
        node.literals.set(key, child);
      }
      node = child;
    }
    node.routes.push({ order: this.added++, value });
  }

  /** The routes `path` may match, in the order they were added; none when it matches no route. */
  candidates(path: string): T[] {
    let nodes = [this.root];
    for (const segment of this.segments(path)) {
      const key = this.key(segment);
      const next: Node<T>[] = [];
      for (const node of nodes) {
        const literal = node.literals.get(key);
        if (literal) next.push(literal);
        if (node.parameter && segment.length > 0) next.push(node.parameter);
      }
      if (next.length === 0) return [];
      nodes = next;
    }
    const found = nodes.length === 1 ? (nodes[0]?.routes ?? []) : nodes.flatMap((node) => node.routes).sort((a, b) => a.order - b.order);
    return found.map((route) => route.value);
  }

  private key(segment: string): string {
    return this.options.caseSensitive ? segment : segment.toLowerCase();
  }

  /** `/a/b` → `['a', 'b']`; one trailing slash does not count where it may follow a route path. */
  private segments(path: string): string[] {
    const trimmed = this.options.trailingSlash && path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    return trimmed.split('/').slice(1);
  }
}
