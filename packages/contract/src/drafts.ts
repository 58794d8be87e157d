import type { KitOperation, Media } from './operations';
import { consult, type Draft, encodeBody, examplePath, requiredQuery, retarget } from './requests';
import type { Run } from './run';

/* Valid drafts built from the spec's named examples: as they stand, or carrying a value unique to the run. */

export interface NamedExample {
  name: string;
  media: Media;
  value: unknown;
}

/** Every named request example of an operation, in spec order. */
export function requestExamples(operation: KitOperation): NamedExample[] {
  return (operation.requestBody?.content ?? []).flatMap((media) => media.examples.map((example) => ({ name: example.name, media, value: example.value })));
}

/** A valid draft of `operation`: the example path (or `path`), the required query, `example` (or `value`) as the body, aimed at the path. */
export function exampleDraft(
  run: Run,
  operation: KitOperation,
  example: NamedExample | undefined,
  path = examplePath(operation, run.params),
  value = example?.value,
): Draft {
  const mediaType = example?.media.mediaType;
  return {
    operation,
    path,
    query: requiredQuery(operation),
    body: mediaType ? { contentType: mediaType, text: encodeBody(mediaType, retarget(operation, value, path)) } : undefined,
    credentials: operation.anonymous ? 'none' : 'session',
  };
}

/** A string leaf of a body, replaced by a value no server would hold unless the kit wrote it. */
function marked(value: unknown, path: string[], marker: string): unknown {
  if (path.length === 0) {
    const text = value as string;
    return /^https?:\/\//.test(text) ? text.replace(/^(https?:\/\/)[^/?#]+/, `$1contract-kit-${marker}.example.com`) : `contract-kit ${marker}`;
  }
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((child, index) => (String(index) === key ? marked(child, rest, marker) : child));
  return { ...(value as object), [key]: marked((value as Record<string, unknown>)[key], rest, marker) };
}

function stringLeaves(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, [...path, key]));
}

/**
 * A valid body for `operation` that carries `marker` in a field a server keeps and shows (not write-only,
 * not an id of the path): an example with one string replaced. Undefined when no example allows it.
 */
export function distinctiveDraft(run: Run, operation: KitOperation, marker: string, path = examplePath(operation, run.params)): Draft | undefined {
  const ids = new Set([...Object.values(path), ...Object.values(examplePath(operation, {}))]);
  for (const example of requestExamples(operation)) {
    if (!/json/.test(example.media.mediaType)) continue;
    for (const leaf of stringLeaves(example.value)) {
      const original = leaf.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], example.value) as string;
      if (ids.has(original)) continue;
      const draft = exampleDraft(run, operation, example, path, marked(example.value, leaf, marker));
      const oracle = consult(run.schemas, draft);
      if (oracle.errors.length === 0 && !oracle.writeOnlyValues.some((secret) => secret.includes(marker))) return draft;
    }
  }
  return undefined;
}

/** A marker unique to this run: the seed and the clock. */
export const markerOf = (seed: number, suffix: string) => `${(seed >>> 0).toString(36)}${Date.now().toString(36)}${suffix}`;
