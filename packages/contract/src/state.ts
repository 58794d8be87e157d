import { distinctiveDraft, exampleDraft, markerOf } from './drafts';
import type { Exchange } from './http';
import { answerBreaches } from './judge';
import { type KitOperation, pathSegments, responseFor } from './operations';
import { consult, type Draft, describeRequest, examplePath } from './requests';
import type { Run } from './run';

/** How the kit reads a resource back: a GET of its path, else a PATCH with an empty body (which changes nothing). */
interface Reader {
  operation: KitOperation;
  body?: { contentType: string; text: string };
}

interface ReadBack {
  ok: boolean;
  body: unknown;
  text: string;
}

/** The reader of the resource `operation` acts on, if the spec offers one and the run may use it. */
function readerFor(run: Run, operation: KitOperation): Reader | undefined {
  const get = run.operations.find((candidate) => candidate.method === 'get' && candidate.path === operation.path);
  if (get) return { operation: get };
  if (operation.method !== 'patch' || !run.writesAllowed) return undefined;
  const media = operation.requestBody?.content.find((candidate) => /json/.test(candidate.mediaType));
  if (!media) return undefined;
  const draft: Draft = { ...exampleDraft(run, operation, undefined), body: { contentType: media.mediaType, text: '{}' } };
  return consult(run.schemas, draft).errors.length === 0 ? { operation, body: draft.body } : undefined;
}

/** Reads a resource; an answer that breaks the contract is recorded as a failure of the reader. */
async function readBack(run: Run, reader: Reader, path: Record<string, string>): Promise<ReadBack> {
  const draft: Draft = { operation: reader.operation, path, query: {}, body: reader.body, credentials: reader.operation.anonymous ? 'none' : 'session' };
  const exchange = await run.sendDraft(draft, { errors: [], writeOnlyValues: [] });
  const breaches = answerBreaches(reader.operation, exchange, run.schemas, run.secrets);
  if (breaches.length > 0) run.fail('invariant', reader.operation.operationId, 'read back a resource', breaches, describeRequest(exchange.request));
  const ok = breaches.length === 0 && exchange.status >= 200 && exchange.status < 300;
  let body: unknown;
  try {
    body = ok ? JSON.parse(exchange.text) : undefined;
  } catch {
    body = undefined;
  }
  return { ok, body, text: exchange.text };
}

/** The JSON pointers at which two values differ. */
function differences(before: unknown, after: unknown, at = ''): string[] {
  if (Object.is(before, after)) return [];
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object' || Array.isArray(before) !== Array.isArray(after)) return [at || '/'];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => differences((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${at}/${key}`));
}

const volatileCache = new WeakMap<Run, Map<string, Set<string>>>();

/** The fields that change between two reads with nothing in between (timestamps a PATCH-read moves): never compared. */
async function volatileFields(run: Run, reader: Reader, path: Record<string, string>): Promise<Set<string> | undefined> {
  const cache = volatileCache.get(run) ?? new Map<string, Set<string>>();
  volatileCache.set(run, cache);
  const key = `${reader.operation.operationId} ${JSON.stringify(path)}`;
  const known = cache.get(key);
  if (known) return known;
  const first = await readBack(run, reader, path);
  const second = await readBack(run, reader, path);
  if (!first.ok || !second.ok) return undefined;
  const fields = new Set(differences(first.body, second.body));
  cache.set(key, fields);
  return fields;
}

/**
 * Finds out whether the target keeps state: writes a distinctive value through an operation whose resource
 * can be read back, then reads it back. The mock answers every read with its example; a real service shows the value.
 */
export async function probeState(run: Run): Promise<void> {
  if (!run.writesAllowed) {
    run.state = { stateful: undefined, how: 'not probed: a read-only run (the probe writes)' };
    return;
  }
  for (const operation of run.operations) {
    if (operation.method === 'get' || operation.method === 'head' || operation === run.auth.login?.operation) continue;
    const reader = readerFor(run, operation);
    if (!reader) continue;
    const marker = markerOf(run.seed, 'p');
    const draft = distinctiveDraft(run, operation, marker);
    if (!draft) continue;
    const { outcome } = await run.check('state', draft, { kind: 'success' }, 'write a distinctive value to find out whether the target keeps state');
    if (outcome !== 'passed') continue;
    const read = await readBack(run, reader, draft.path);
    if (!read.ok) continue;
    const via = reader.operation === operation ? `an empty ${operation.method.toUpperCase()}` : reader.operation.operationId;
    run.state = read.text.includes(marker)
      ? { stateful: true, how: `a value written with ${operation.operationId} was read back with ${via}` }
      : { stateful: false, how: `a value written with ${operation.operationId} was not read back with ${via}` };
    return;
  }
  run.state = { stateful: undefined, how: 'no operation of the spec reads back what another writes' };
}

/** Runs `send`, a rejected request, and checks through `reader` that the resource is unchanged. */
export async function unchangedBy(run: Run, operation: KitOperation, title: string, send: () => Promise<boolean>): Promise<void> {
  const reader = run.state.stateful ? readerFor(run, operation) : undefined;
  if (!reader) {
    await send();
    return;
  }
  const path = examplePath(operation, run.params);
  const volatile = await volatileFields(run, reader, path);
  const before = await readBack(run, reader, path);
  const rejected = await send();
  if (!rejected || !volatile || !before.ok) return;
  const after = await readBack(run, reader, path);
  if (!after.ok) return;
  const changed = differences(before.body, after.body).filter((field) => !volatile.has(field));
  if (changed.length > 0) {
    run.fail('invariant', operation.operationId, `a rejected request changes nothing: ${title}`, [
      { message: `the rejected request changed ${changed.slice(0, 5).join(', ')} (read back with ${reader.operation.operationId})` },
    ]);
  }
}

const idOf = (body: unknown, parameter: string): string | undefined => {
  const record = (body ?? {}) as Record<string, unknown>;
  const value = record[parameter] ?? record.id;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
};

/**
 * Where the spec has the whole family of a resource (create, get, update, delete), runs the lifecycle
 * create → get → update → get → delete → get and checks each step against the spec and what came before.
 */
export async function lifecycles(run: Run): Promise<void> {
  for (const create of run.operations.filter((operation) => operation.method === 'post')) {
    const segments = pathSegments(create.path);
    const item = run.operations.filter((operation) => {
      const own = pathSegments(operation.path);
      return own.length === segments.length + 1 && segments.every((segment, index) => own[index] === segment) && /^\{.+\}$/.test(own.at(-1) ?? '');
    });
    // A POST without an item path below it (a login, an action) creates nothing the kit can follow.
    if (item.length === 0) continue;
    const get = item.find((operation) => operation.method === 'get');
    const remove = item.find((operation) => operation.method === 'delete');
    const update = item.find((operation) => operation.method === 'patch') ?? item.find((operation) => operation.method === 'put');
    const title = `lifecycle of ${create.path}: create, get, update, get, delete, get`;
    const missing = [!get && 'get', !remove && 'delete'].filter(Boolean);
    if (!get || !remove) {
      run.skip('invariant', create.operationId, title, `the spec has no ${missing.join(' or ')} for ${create.path}/{id}`);
      continue;
    }
    if (!run.state.stateful) {
      run.skip('invariant', create.operationId, title, 'the target keeps no state (or the kit could not find out)');
      continue;
    }
    await lifecycle(run, { create, get, update, remove, parameter: (pathSegments(get.path).at(-1) as string).slice(1, -1) }, title);
  }
}

/** A JSON answer, or undefined when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function lifecycle(
  run: Run,
  family: { create: KitOperation; get: KitOperation; update?: KitOperation; remove: KitOperation; parameter: string },
  title: string,
): Promise<void> {
  const marker = markerOf(run.seed, 'c');
  const created = distinctiveDraft(run, family.create, marker);
  if (!created) {
    run.skip('invariant', family.create.operationId, title, 'no request example of the create operation can carry a distinctive value');
    return;
  }
  const removeDraftFor = (id: string) => exampleDraft(run, family.remove, undefined, { ...examplePath(family.remove, run.params), [family.parameter]: id });
  /** Records `exchange` (or sends `draft` first) as one step of the lifecycle; the exchange when it passed. */
  const step = async (label: string, draft: Draft, expectStatus: 'success' | 404, mustContain?: string, sent?: Exchange) => {
    const notFound = expectStatus === 404;
    if (notFound && !responseFor(draft.operation, 404)) {
      run.skip('invariant', draft.operation.operationId, `${title}: ${label}`, `${draft.operation.operationId} documents no 404`);
      return undefined;
    }
    const exchange = sent ?? (await run.sendDraft(draft, consult(run.schemas, draft)));
    const extra =
      mustContain && exchange.status < 300 && !exchange.text.includes(mustContain)
        ? [{ message: `the answer does not show the value written earlier (${mustContain})` }]
        : [];
    const outcome = run.record(
      'invariant',
      draft,
      exchange,
      notFound ? { kind: 'rejection', statuses: [404], accepted: 'the deleted resource is still there' } : { kind: 'success' },
      `${title}: ${label}`,
      extra,
    );
    return outcome === 'passed' ? exchange : undefined;
  };
  // An idempotent create (Truto's install) answers an entity that exists already as it is: remove that one and
  // create afresh, so the lifecycle starts from what it wrote.
  let first = await run.sendDraft(created, consult(run.schemas, created));
  if (first.status < 300 && !first.text.includes(marker)) {
    const existing = idOf(parsed(first.text), family.parameter);
    if (existing) {
      await run.sendDraft(removeDraftFor(existing), { errors: [], writeOnlyValues: [] });
      first = await run.sendDraft(created, consult(run.schemas, created));
    }
  }
  const made = await step('create', created, 'success', marker, first);
  if (!made) return;
  const id = idOf(parsed(made.text), family.parameter) ?? made.headers.get('location')?.split('/').pop();
  if (!id) {
    run.fail('invariant', family.create.operationId, `${title}: the id of the created resource`, [
      { message: `the answer carries no ${family.parameter} or id` },
    ]);
    return;
  }
  const path = { ...examplePath(family.get, run.params), [family.parameter]: id };
  const getDraft = exampleDraft(run, family.get, undefined, path);
  if (!(await step('get the created resource', getDraft, 'success', marker))) return;
  if (family.update) {
    const second = markerOf(run.seed, 'u');
    const updated = distinctiveDraft(run, family.update, second, { ...examplePath(family.update, run.params), [family.parameter]: id });
    if (updated) {
      if (!(await step('update it', updated, 'success', second))) return;
      if (!(await step('get the updated resource', getDraft, 'success', second))) return;
    }
  }
  const removeDraft = removeDraftFor(id);
  if (!(await step('delete it', removeDraft, 'success'))) return;
  await step('get the deleted resource (404)', getDraft, 404);
}
