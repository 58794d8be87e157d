import { type Json, type OpenApiDocument, resolveRef } from './document';

/**
 * Which properties to drop at one level of a value, and how to treat the levels below. Built once
 * per schema from the document's `writeOnly` markers, so no field list is kept by hand.
 */
interface Plan {
  drop: Set<string>;
  /** Names listed under `properties`; other names fall under `additionalProperties`. */
  declared: Set<string>;
  properties: Map<string, Plan>;
  additional?: Plan;
  items?: Plan;
}

const building = new WeakSet<Plan>();

/** True when the plan changes nothing; a plan still being built (recursion) may yet change something. */
const isEmpty = (plan: Plan) => !building.has(plan) && plan.drop.size === 0 && plan.properties.size === 0 && !plan.additional && !plan.items;

function compile(document: OpenApiDocument, node: unknown, seen: Map<Json, Plan>): Plan | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const schema = resolveRef<Json>(document, node);
  const known = seen.get(schema);
  // A recursive schema reuses the plan being built; it is filled in by the time values are stripped.
  if (known) return known;
  const plan: Plan = { drop: new Set(), declared: new Set(), properties: new Map() };
  seen.set(schema, plan);
  building.add(plan);

  // allOf/anyOf/oneOf: a property is write-only if any branch says so (the union is the safe side).
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    for (const branch of (schema[keyword] as unknown[] | undefined) ?? []) {
      const sub = compile(document, branch, seen);
      if (!sub) continue;
      for (const name of sub.drop) plan.drop.add(name);
      for (const name of sub.declared) plan.declared.add(name);
      for (const [name, child] of sub.properties) plan.properties.set(name, child);
      plan.additional ??= sub.additional;
      plan.items ??= sub.items;
    }
  }
  for (const [name, property] of Object.entries((schema.properties as Json | undefined) ?? {})) {
    plan.declared.add(name);
    // `writeOnly` may sit beside a `$ref` or inside the referenced schema.
    if ((property as Json).writeOnly === true || resolveRef<Json>(document, property).writeOnly === true) {
      plan.drop.add(name);
      continue;
    }
    const child = compile(document, property, seen);
    if (child && !isEmpty(child)) plan.properties.set(name, child);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const child = compile(document, schema.additionalProperties, seen);
    if (child && !isEmpty(child)) plan.additional = child;
  }
  if (schema.items && typeof schema.items === 'object') {
    const child = compile(document, schema.items, seen);
    if (child && !isEmpty(child)) plan.items = child;
  }
  building.delete(plan);
  return plan;
}

/** `value` with the write-only properties of `plan` left out, or with their values replaced by `mask` when given. */
function apply(plan: Plan, value: unknown, mask?: string): unknown {
  if (Array.isArray(value)) return plan.items ? value.map((item) => apply(plan.items as Plan, item, mask)) : value;
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) {
    if (plan.drop.has(name)) {
      if (mask !== undefined) result[name] = mask;
      continue;
    }
    const sub = plan.properties.get(name) ?? (plan.declared.has(name) ? undefined : plan.additional);
    result[name] = sub ? apply(sub, child, mask) : child;
  }
  return result;
}

/**
 * A function that removes every property marked `writeOnly` in `schema` (and the schemas below it) from a
 * value: what a vendor never sends back. The identity when the schema marks nothing.
 */
export function writeOnlyStripper(document: OpenApiDocument, schema: unknown): (value: unknown) => unknown {
  const plan = compile(document, schema, new Map());
  if (!plan || isEmpty(plan)) return (value) => value;
  return (value) => apply(plan, value);
}

/**
 * A function that replaces the value of every property marked `writeOnly` in `schema` (and the schemas below it) by
 * `mask`: a request's secrets as a log may show them. The identity when the schema marks nothing.
 */
export function writeOnlyMasker(document: OpenApiDocument, schema: unknown, mask: string): (value: unknown) => unknown {
  const plan = compile(document, schema, new Map());
  if (!plan || isEmpty(plan)) return (value) => value;
  return (value) => apply(plan, value, mask);
}

/** The top-level property names `schema` marks `readOnly` (through `$ref` and `allOf`): what a vendor ignores on input. */
export function readOnlyProperties(document: OpenApiDocument, schema: unknown, seen = new Set<unknown>()): string[] {
  const resolved = resolveRef<Json | undefined>(document, schema);
  if (!resolved || seen.has(resolved)) return [];
  seen.add(resolved);
  const own = Object.entries((resolved.properties as Json | undefined) ?? {})
    .filter(([, property]) => (property as Json).readOnly === true || resolveRef<Json>(document, property).readOnly === true)
    .map(([name]) => name);
  const inherited = ((resolved.allOf as unknown[]) ?? []).flatMap((part) => readOnlyProperties(document, part, seen));
  return [...new Set([...own, ...inherited])];
}

/** A `oneOf` told apart by a discriminator: its property and, per value, the branch that value selects. */
export interface Discriminator {
  property: string;
  /** Discriminator value → the index of its branch in `oneOf` and the branch's `$ref`. */
  branches: Record<string, { index: number; ref: string }>;
}

/**
 * The discriminator of `schema` when it is a `oneOf` of references with a `discriminator.mapping`, as Versori's
 * connectors are. Validators report every branch's errors for such a body; the vendors validate the branch named.
 */
export function discriminatorOf(document: OpenApiDocument, schema: unknown): Discriminator | undefined {
  const resolved = resolveRef<Json | undefined>(document, schema);
  const discriminator = resolved?.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (!resolved || !discriminator?.propertyName || !discriminator.mapping || !Array.isArray(resolved.oneOf)) return undefined;
  const refs = (resolved.oneOf as Json[]).map((branch) => branch.$ref);
  const branches = Object.fromEntries(
    Object.entries(discriminator.mapping)
      .map(([value, ref]) => [value, { index: refs.indexOf(ref), ref }] as const)
      .filter(([, branch]) => branch.index !== -1),
  );
  return { property: discriminator.propertyName, branches };
}

/** The violation of a discriminated body whose discriminator is missing or names no branch, as the vendors report it. */
export function discriminatorProblem(discriminator: Discriminator, body: unknown): { field: string[]; rule: string; message: string } | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = (body as Json)[discriminator.property];
  if (value === undefined) return { field: [discriminator.property], rule: 'required', message: `must have required property '${discriminator.property}'` };
  if (typeof value === 'string' && value in discriminator.branches) return undefined;
  return {
    field: [discriminator.property],
    rule: 'enum',
    message: `must be equal to one of the allowed values: ${Object.keys(discriminator.branches).join(', ')}`,
  };
}
