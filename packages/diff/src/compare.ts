import { escapePointer, httpMethods, nodeAt, type OpenApiDocument } from '@contracts/bundles/model';
import type { RuleResult } from '@useoptic/openapi-utilities';
import { apiCompare, type Diff } from 'api-smart-diff';

export type Classification = 'breaking' | 'non-breaking' | 'annotation';

/** One change between two versions of an API's contract. */
export interface Change {
  classification: Classification;
  action: 'added' | 'removed' | 'changed';
  /** The operation the change is in; absent for document-wide changes (security schemes, info, servers). */
  operation?: { method: string; path: string; operationId?: string };
  /** Where in the operation: `response 200 application/json`, `request body application/json`, `query parameter force`, `security`. */
  location: string;
  /** The field inside the schema at `location`, dotted (`integration.sharing`), and the schema keyword that changed (`enum`). */
  field?: string;
  keyword?: string;
  /** JSON pointer into the bundled document (the base's for removals, the working tree's otherwise). */
  pointer: string;
  /** What changed, in the words of the library that found it. */
  description: string;
  /** Why it breaks clients, from Optic's breaking-change rules, when they flagged it. */
  reasons: string[];
}

const toPointer = (segments: Array<string | number>) => segments.map((segment) => `/${escapePointer(String(segment))}`).join('');
const fromPointer = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
const valueAt = (document: OpenApiDocument, segments: string[]) => nodeAt(document, `#${toPointer(segments)}`);
const isHttpMethod = (key: string) => (httpMethods as readonly string[]).includes(key);

/** `properties/integration/properties/sharing/enum/1` → field `integration.sharing`, keyword `enum`. */
function schemaField(segments: string[]): { field?: string; keyword?: string } {
  const names: string[] = [];
  let index = 0;
  while (index < segments.length) {
    const segment = segments[index] as string;
    const next = segments[index + 1];
    if ((segment === 'properties' || segment === 'patternProperties') && next !== undefined) {
      names.push(next);
      index += 2;
    } else if (segment === 'items' || segment === 'prefixItems') {
      names.push(`${names.pop() ?? ''}[]`);
      index += segment === 'prefixItems' ? 2 : 1;
    } else if (segment === 'additionalProperties') {
      names.push('*');
      index += 1;
    } else if ((segment === 'allOf' || segment === 'oneOf' || segment === 'anyOf') && next !== undefined) {
      index += 2;
    } else {
      return { ...(names.length > 0 ? { field: names.join('.') } : {}), keyword: segment };
    }
  }
  return names.length > 0 ? { field: names.join('.') } : {};
}

/** Names the operation, the place in it and the schema field a pointer leads to, looking parameters up in the documents. */
function describeLocation(segments: string[], documents: OpenApiDocument[]): Pick<Change, 'operation' | 'location' | 'field' | 'keyword'> {
  const [root, path, method, part, ...rest] = segments;
  if (root === 'components' && path === 'securitySchemes') {
    return { location: `security scheme ${method ?? ''}`.trim(), ...(part ? { keyword: [part, ...rest].join('.') } : {}) };
  }
  if (root !== 'paths' || path === undefined || method === undefined || !isHttpMethod(method)) {
    return { location: segments.slice(0, 2).join('.') || 'document' };
  }
  const operationObject = documents.map((document) => valueAt(document, ['paths', path, method])).find(Boolean) as { operationId?: string } | undefined;
  const operation = { method: method.toUpperCase(), path, ...(operationObject?.operationId ? { operationId: operationObject.operationId } : {}) };
  if (part === 'requestBody') {
    const [content, media, schema, ...schemaPath] = rest;
    if (content !== 'content' || media === undefined) return { operation, location: 'request body' };
    return { operation, location: `request body ${media}`, ...(schema === 'schema' ? schemaField(schemaPath) : {}) };
  }
  if (part === 'responses') {
    const [status, kind, name, schema, ...schemaPath] = rest;
    if (status === undefined) return { operation, location: 'responses' };
    if (kind === 'content' && name !== undefined) {
      return { operation, location: `response ${status} ${name}`, ...(schema === 'schema' ? schemaField(schemaPath) : {}) };
    }
    if (kind === 'headers' && name !== undefined) return { operation, location: `response ${status} header ${name}` };
    return { operation, location: `response ${status}` };
  }
  if (part === 'parameters') {
    const [index, schema, ...schemaPath] = rest;
    const parameter = documents.map((document) => valueAt(document, ['paths', path, method, 'parameters', index ?? ''])).find(Boolean) as
      | { in?: string; name?: string }
      | undefined;
    const location = parameter ? `${parameter.in} parameter ${parameter.name}` : 'parameters';
    return { operation, location, ...(schema === 'schema' ? schemaField(schemaPath) : {}) };
  }
  return { operation, location: part ?? 'operation' };
}

const actions = { add: 'added', remove: 'removed', replace: 'changed', rename: 'changed' } as const;

function classify(type: Diff['type']): Classification {
  // The library's `deprecated` marks a change that alters no behaviour; `unclassified` one it has no rule for (a path item's own keys).
  if (type === 'breaking') return 'breaking';
  if (type === 'annotation' || type === 'deprecated') return 'annotation';
  return 'non-breaking';
}

const isWithin = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}/`);

function breakingRuleResults(results: RuleResult[]): RuleResult[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    const key = `${result.name}|${result.location.jsonPath}`;
    if (result.passed || result.exempted || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

let breakingRules: Promise<{ diff: typeof import('@useoptic/openapi-utilities').diff; runner: import('@useoptic/rulesets-base').RuleRunner }> | undefined;

/** Optic's breaking-change rules, loaded once per process (loading them takes over a second). */
function loadBreakingRules() {
  breakingRules ??= (async () => {
    const [{ diff }, { RuleRunner }, { BreakingChangesRuleset }] = await Promise.all([
      import('@useoptic/openapi-utilities'),
      import('@useoptic/rulesets-base'),
      // Only the breaking-change ruleset: the package's index also loads its Spectral and LLM rulesets (half a second more).
      import('@useoptic/standard-rulesets/build/breaking-changes/index.js'),
    ]);
    return { diff, runner: new RuleRunner([new BreakingChangesRuleset()]) };
  })();
  return breakingRules;
}

/**
 * Every change between two dereferenced OpenAPI documents. api-smart-diff lists and classifies
 * them, reading schemas in their direction (request or response); Optic's breaking-change rules
 * then mark as breaking what they flag and api-smart-diff did not (removing an optional response
 * field, widening a response type), or add it as a change of its own when no listed change is at
 * that place. Component definitions are left out: their effect is listed at each operation using them.
 */
export async function compareDocuments(before: OpenApiDocument, after: OpenApiDocument): Promise<Change[]> {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const documents = [after, before];
  const changes: Change[] = apiCompare(before, after)
    .diffs.filter((diff) => diff.path[0] !== 'components' || diff.path[1] === 'securitySchemes')
    .map((diff) => {
      const segments = diff.path.map(String);
      const located = describeLocation(segments, diff.action === 'remove' ? [before, after] : documents);
      const action = actions[diff.action];
      return {
        classification: classify(diff.type),
        action,
        ...located,
        pointer: toPointer(segments),
        description: diff.description || `${action}: ${[located.location, located.field, located.keyword].filter(Boolean).join(' › ')}`,
        reasons: [],
      };
    });

  const { diff, runner } = await loadBreakingRules();
  const results = await runner.runRules({ context: {}, diffs: diff(before, after), fromSpec: before as never, toSpec: after as never });
  for (const result of breakingRuleResults(results)) {
    const pointer = result.location.jsonPath;
    const reason = result.error ?? result.name;
    const inside = changes.filter((change) => isWithin(change.pointer, pointer));
    const behavioural = inside.filter((change) => change.classification !== 'annotation');
    const targets = behavioural.length > 0 ? behavioural : inside;
    if (targets.length === 0) {
      // No listed change at or under this place: the nearest listed change that contains it, else a change of its own.
      const enclosing = changes.filter((change) => isWithin(pointer, change.pointer)).sort((a, b) => b.pointer.length - a.pointer.length)[0];
      if (enclosing?.classification === 'breaking') continue;
      if (enclosing) targets.push(enclosing);
    }
    if (targets.length === 0) {
      const located = describeLocation(fromPointer(pointer), result.location.spec === 'before' ? [before, after] : documents);
      const action = result.type === 'added' || result.type === 'removed' ? result.type : 'changed';
      changes.push({ classification: 'breaking', action, ...located, pointer, description: reason, reasons: [] });
      continue;
    }
    for (const target of targets) {
      target.classification = 'breaking';
      if (!target.reasons.includes(reason)) target.reasons.push(reason);
    }
  }
  return changes.sort((a, b) => (a.operation?.path ?? '').localeCompare(b.operation?.path ?? '') || a.pointer.localeCompare(b.pointer));
}
