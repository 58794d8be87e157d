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

function apply(plan: Plan, value: unknown): unknown {
  if (Array.isArray(value)) return plan.items ? value.map((item) => apply(plan.items as Plan, item)) : value;
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) {
    if (plan.drop.has(name)) continue;
    const sub = plan.properties.get(name) ?? (plan.declared.has(name) ? undefined : plan.additional);
    result[name] = sub ? apply(sub, child) : child;
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
