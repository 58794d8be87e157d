import fc from 'fast-check';
import { validValue } from './arbitraries';
import { exampleDraft, requestExamples } from './drafts';
import { documentedStatuses, type Json, type KitOperation, objectShape, resolveRef } from './operations';
import { consult, type Draft, encodeBody } from './requests';
import type { Run } from './run';
import { unchangedBy } from './state';

/** One invalid request and the documented statuses that may answer it. */
interface NegativeCase {
  title: string;
  draft: Draft;
  statuses: number[];
  /** Valid as the spec reads it, wrong for the server: bad credentials, an unknown id. */
  validPerSchema?: boolean;
  /** Only a target that keeps state can know the answer (an unknown id). */
  needsState?: boolean;
}

/** The documented statuses among `preferred`, else among `fallback`, else every documented 4xx but 429. */
function expected(operation: KitOperation, preferred: number[], fallback: number[] = []): number[] {
  const documented = documentedStatuses(operation, 400, 500).filter((status) => status !== 429);
  for (const choice of [preferred, fallback]) {
    const matching = documented.filter((status) => choice.includes(status));
    if (matching.length > 0) return matching;
  }
  return documented;
}

const jsonTypeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value);

/** A value of a JSON type the schema does not allow, or undefined when it allows any. */
function wrongType(schema: Json): unknown {
  const allowed = ([] as string[]).concat((schema.type as string | string[] | undefined) ?? []).map((type) => (type === 'integer' ? 'number' : type));
  if (allowed.length === 0) return undefined;
  return [12345, 'contract-kit', true, ['contract-kit'], { contract_kit: true }, null].find((candidate) => !allowed.includes(jsonTypeOf(candidate)));
}

/** A string that breaks the schema's own string rule (format, pattern, enum, minLength), with the rule's name. */
function brokenString(schema: Json): [string, string] | undefined {
  if (schema.format) return [`not a ${schema.format}`, `format ${schema.format}`];
  if (typeof schema.pattern === 'string') return ['contract kit!', 'pattern'];
  if (Array.isArray(schema.enum)) return ['contract-kit-not-in-enum', 'enum'];
  if (typeof schema.minLength === 'number' && schema.minLength > 0) return ['', `minLength ${schema.minLength}`];
  return undefined;
}

type Edit = { at: string[]; value?: unknown; remove?: boolean };

function edited(value: unknown, edit: Edit): unknown {
  const [key, ...rest] = edit.at as [string, ...string[]];
  if (Array.isArray(value))
    return value.map((child, index) => (String(index) === key ? (rest.length ? edited(child, { ...edit, at: rest }) : edit.value) : child));
  const object = { ...(value as Record<string, unknown>) };
  if (rest.length > 0) object[key] = edited(object[key], { ...edit, at: rest });
  else if (edit.remove) delete object[key];
  else object[key] = edit.value;
  return object;
}

/** The body faults of `value` against `schema`: each field of the wrong type or breaking its rule, each required one missing, an unknown one where forbidden. */
function bodyEdits(run: Run, schema: unknown, value: unknown, at: string[] = [], depth = 0): Array<{ title: string; edit: Edit }> {
  const shape = objectShape(run.document, schema);
  const where = (name: string) => [...at, name].join('.');
  const edits: Array<{ title: string; edit: Edit }> = [];
  if (!value || typeof value !== 'object' || Array.isArray(value) || depth > 3) return edits;
  for (const [name, property] of Object.entries(shape.properties)) {
    if (property.readOnly === true) continue;
    const resolved = { ...resolveRef<Json>(run.document, property), ...property };
    const wrong = wrongType(resolved);
    if (wrong !== undefined) edits.push({ title: `${where(name)} of the wrong type (${jsonTypeOf(wrong)})`, edit: { at: [...at, name], value: wrong } });
    const broken = ([] as string[]).concat((resolved.type as string[]) ?? []).includes('string') ? brokenString(resolved) : undefined;
    if (broken) edits.push({ title: `${where(name)} breaking its ${broken[1]}`, edit: { at: [...at, name], value: broken[0] } });
    const child = (value as Record<string, unknown>)[name];
    if (child && typeof child === 'object' && !Array.isArray(child)) edits.push(...bodyEdits(run, property, child, [...at, name], depth + 1));
    if (Array.isArray(child) && child[0] && typeof child[0] === 'object')
      edits.push(...bodyEdits(run, resolved.items, child[0], [...at, name, '0'], depth + 1));
  }
  for (const name of shape.required) edits.push({ title: `${where(name)} missing (required)`, edit: { at: [...at, name], remove: true } });
  if (shape.closed) edits.push({ title: `an unknown field ${where('contract_kit_unknown')}`, edit: { at: [...at, 'contract_kit_unknown'], value: true } });
  return edits;
}

/** A valid value of a path parameter that no target holds. */
function unknownId(run: Run, schema: Json, example: string, seed: number): string {
  const samples = fc
    .sample(validValue(run.document, schema), { seed, numRuns: 20 })
    .filter((value) => typeof value === 'string' && value !== '' && value !== example);
  const generated = samples.find((value) => !/[^\w-]/.test(value as string));
  return (generated as string | undefined) ?? `contract-kit-unknown-${(seed >>> 0).toString(36)}`;
}

/** Every negative case of one operation, each checked against the spec to be invalid. */
function negativeCases(run: Run, operation: KitOperation): NegativeCase[] {
  const { seed } = run;
  const cases: NegativeCase[] = [];
  const examples = requestExamples(operation);
  const base = examples[0];
  const baseDraft = exampleDraft(run, operation, base);
  const bodyStatuses = expected(operation, [400, 422], run.absentExamples.has(operation.operationId) ? [404] : []);
  const invalid = (draft: Draft) => consult(run.schemas, draft).errors.length > 0;

  if (base && operation.requestBody) {
    const { mediaType } = base.media;
    const body = (value: unknown) => ({ contentType: mediaType, text: encodeBody(mediaType, value) });
    const isLogin = operation === run.auth.login?.operation;
    const value = isLogin ? { ...(base.value as object), ...run.auth.login?.fields } : base.value;
    for (const { title, edit } of bodyEdits(run, base.media.schema, value))
      cases.push({ title, draft: { ...baseDraft, body: body(edited(value, edit)) }, statuses: bodyStatuses });
    if (operation.requestBody.required)
      cases.push({ title: 'no body (the body is required)', draft: { ...baseDraft, body: { contentType: mediaType, text: '' } }, statuses: bodyStatuses });
    if (/json/.test(mediaType)) {
      const text = encodeBody(mediaType, value);
      cases.push({
        title: 'malformed JSON',
        draft: { ...baseDraft, body: { contentType: mediaType, text: text.length > 1 ? text.slice(0, -1) : '{' } },
        statuses: expected(operation, [400], [422]),
      });
    } else {
      cases.push({
        title: 'a form with malformed percent-encoding',
        draft: { ...baseDraft, body: { contentType: mediaType, text: '%ff=%c0%ae' } },
        statuses: bodyStatuses,
      });
    }
    const other = operation.requestBody.content.some((media) => media.mediaType === 'text/plain') ? 'application/xml' : 'text/plain';
    const foreign = /json/.test(mediaType) ? other : 'application/json';
    cases.push({
      title: `the body sent as ${foreign}`,
      draft: { ...baseDraft, body: { contentType: foreign, text: foreign === 'application/json' ? JSON.stringify(value) : encodeBody(mediaType, value) } },
      statuses: expected(operation, [415], [400, 422]),
    });
    if (isLogin && run.auth.login) {
      for (const field of Object.keys(run.auth.login.fields)) {
        const wrong = { ...(value as object), [field]: `contract-kit-wrong-${field}` };
        cases.push({
          title: `a wrong ${field}`,
          draft: { ...baseDraft, body: body(wrong) },
          statuses: expected(operation, [401], [400, 403, 404, 422]),
          validPerSchema: true,
        });
      }
    }
  }

  if (!operation.anonymous) {
    const credentialStatuses = expected(operation, [401], [403]);
    const garbage = `Bearer contract-kit-${(seed >>> 0).toString(36)}-garbage`;
    for (const [title, credentials] of [
      ['no credentials', 'none'],
      ['garbage credentials', { authorization: garbage }],
      ['credentials in an undocumented scheme', { authorization: 'Basic Y29udHJhY3Qta2l0Ondyb25n' }],
    ] as const) {
      cases.push({ title, draft: { ...baseDraft, credentials }, statuses: credentialStatuses, validPerSchema: true });
    }
  }

  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'path')) {
    const example = baseDraft.path[parameter.name] ?? '';
    const path = { ...baseDraft.path, [parameter.name]: unknownId(run, parameter.schema, example, seed) };
    if (documentedStatuses(operation, 404, 405).length > 0) {
      cases.push({
        title: `an unknown ${parameter.name}`,
        draft: exampleDraft(run, operation, base, path),
        statuses: [404],
        validPerSchema: true,
        needsState: true,
      });
    }
    const malformed: Draft = { ...baseDraft, path: { ...baseDraft.path, [parameter.name]: '%zz' }, raw: new Set([parameter.name]) };
    cases.push({ title: `${parameter.name} with malformed percent-encoding`, draft: malformed, statuses: expected(operation, [400, 404, 422]) });
    for (const candidate of ['contract kit!', '-1', 'x'.repeat(300)]) {
      const draft = exampleDraft(run, operation, base, { ...baseDraft.path, [parameter.name]: candidate });
      if (!invalid(draft)) continue;
      cases.push({ title: `${parameter.name} breaking its schema`, draft, statuses: expected(operation, [400, 404, 422]) });
      break;
    }
  }
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
    const wrong = wrongType(parameter.schema) === undefined ? undefined : brokenString(parameter.schema)?.[0];
    if (wrong === undefined) continue;
    const draft: Draft = { ...baseDraft, query: { ...baseDraft.query, [parameter.name]: wrong } };
    if (invalid(draft)) cases.push({ title: `query ${parameter.name} breaking its schema`, draft, statuses: expected(operation, [400, 422]) });
  }
  // A case is negative only when the spec says so; an edit the schema tolerates is no fault.
  return cases.filter((candidate) => candidate.validPerSchema || invalid(candidate.draft));
}

/**
 * Negative cases: each must get one of the documented 4xx for its fault in the vendor's shape, never a 2xx
 * or a 5xx; on a target that keeps state, the resource reads back unchanged afterwards.
 */
export async function negativePhase(run: Run, operations: KitOperation[]): Promise<void> {
  for (const operation of operations) {
    for (const negative of negativeCases(run, operation)) {
      const refusal = run.refusal(negative.draft);
      if (refusal) {
        run.skip('negative', operation.operationId, negative.title, refusal);
        continue;
      }
      if (negative.statuses.length === 0) {
        run.skip('negative', operation.operationId, negative.title, `${operation.operationId} documents no 4xx for it`);
        continue;
      }
      await unchangedBy(run, operation, negative.title, async () => {
        const oracle = consult(run.schemas, negative.draft);
        const exchange = await run.sendDraft(negative.draft, oracle);
        const accepted = exchange.status >= 200 && exchange.status < 300;
        if (negative.needsState && accepted && run.state.stateful !== true) {
          run.skip('negative', operation.operationId, negative.title, 'the target answers any id: it keeps no state');
          return false;
        }
        const outcome = run.record(
          'negative',
          negative.draft,
          exchange,
          { kind: 'rejection', statuses: negative.statuses, violations: oracle.errors },
          negative.title,
        );
        return !accepted && outcome !== 'skipped';
      });
    }
  }
}
