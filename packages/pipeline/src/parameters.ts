import { type Json, type OpenApiDocument, type Operation, resolveRef } from '@contracts/bundles/model';
import type { Location, Violation } from '@contracts/vendors';

type Primitive = 'string' | 'integer' | 'number' | 'boolean';

/** How one declared parameter is read from its text: OpenAPI's default style (`form` with `explode` in the query). */
interface ParameterRule {
  type: Primitive;
  /** An array parameter repeats its name, one item each (`?tags=a&tags=b`). */
  array: boolean;
  allowEmptyValue: boolean;
}

/** The query and path parameters an operation declares, worked out once. */
export interface ParameterRules {
  query: Map<string, ParameterRule>;
  path: Map<string, ParameterRule>;
}

function primitiveOf(schema: Json | undefined): Primitive {
  const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
  return (['integer', 'number', 'boolean'] as const).find((type) => types.includes(type)) ?? 'string';
}

export function parameterRulesOf(document: OpenApiDocument, operation: Operation): ParameterRules {
  const rules: ParameterRules = { query: new Map(), path: new Map() };
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' && parameter.in !== 'path') continue;
    const schema = resolveRef<Json | undefined>(document, parameter.schema);
    const array = schema?.type === 'array';
    rules[parameter.in].set(parameter.name, {
      type: primitiveOf(array ? resolveRef<Json | undefined>(document, schema?.items) : schema),
      array,
      allowEmptyValue: parameter.allowEmptyValue === true,
    });
  }
  return rules;
}

const integerText = /^[-+]?\d+$/;
const numberText = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** One value read as its schema's type, or the violation of a text that is not one. */
function readValue(text: string, rule: ParameterRule, location: Location, field: string[]): { value: unknown } | { violation: Violation } {
  const wrong = (message: string): { violation: Violation } => ({ violation: { location, field, rule: 'type', message } });
  switch (rule.type) {
    case 'integer': {
      const value = Number(text);
      return integerText.test(text) && Number.isSafeInteger(value) ? { value } : wrong('must be integer');
    }
    case 'number': {
      const value = Number(text);
      // `1e309` is Infinity: JSON Schema's `number` takes it, no vendor answers with it.
      if (!numberText.test(text)) return wrong('must be number');
      return Number.isFinite(value) ? { value } : wrong('must be a finite number');
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : wrong('must be boolean');
    default:
      return { value: text };
  }
}

/**
 * Reads the query string as the operation declares it, before any validator sees it: a parameter it does not declare
 * is refused, so is an empty value unless the parameter allows one (`allowEmptyValue`, OpenAPI's default false), a
 * repeated parameter that is not an array, and a value that is not of its schema's type. The rest of each schema
 * (formats, enums, bounds) is the validator's.
 */
export function readQuery(search: URLSearchParams, rules: ParameterRules): { values: Record<string, unknown>; violations: Violation[] } {
  const values: Record<string, unknown> = {};
  const violations: Violation[] = [];
  for (const name of new Set(search.keys())) {
    const rule = rules.query.get(name);
    if (!rule) {
      violations.push({ location: 'query', field: [name], rule: 'additionalProperties', message: 'is not a parameter of this operation' });
      continue;
    }
    const texts = search.getAll(name);
    if (!rule.array && texts.length > 1) {
      violations.push({ location: 'query', field: [name], rule: 'type', message: `must be ${rule.type}, given once` });
      continue;
    }
    const read = texts.map((text, index) => {
      const field = rule.array ? [name, String(index)] : [name];
      if (text === '' && !rule.allowEmptyValue)
        return { violation: { location: 'query', field, rule: 'allowEmptyValue', message: 'must not be empty' } as Violation };
      return text === '' ? { value: '' } : readValue(text, rule, 'query', field);
    });
    for (const outcome of read) if ('violation' in outcome) violations.push(outcome.violation);
    const items = read.flatMap((outcome) => ('value' in outcome ? [outcome.value] : []));
    values[name] = rule.array ? items : items[0];
  }
  return { values, violations };
}

/** The path parameters (decoded and non-empty, from the route table) that are not of their schemas' types. */
export function pathViolations(params: Record<string, string>, rules: ParameterRules): Violation[] {
  return Object.entries(params).flatMap(([name, text]) => {
    const rule = rules.path.get(name);
    const outcome = rule ? readValue(text, rule, 'path', [name]) : { value: text };
    return 'violation' in outcome ? [outcome.violation] : [];
  });
}
