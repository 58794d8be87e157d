import type { OpenApiDocument } from '@contracts/bundles';
import fc from 'fast-check';
import { type Json, objectShape, resolveRef } from './operations';

/*
 * fast-check arbitraries from the JSON Schemas of request bodies and parameters: valid values, near-valid
 * ones (a valid value with one spot broken) and hostile ones. No maintained library maps JSON Schema
 * 2020-12 onto fast-check, so this maps the keywords the contracts use onto fast-check's own arbitraries.
 */

/** Formats whose valid values often trip a server up: syntactically fine for the `uri` format, odd for a URL parser. */
const awkwardUris = [
  'http://example.com:99999/hook',
  'http://999.999.999.999/',
  'http://[::1]:8080/hook',
  'https://example.com/a%20b?q=1#fragment',
  'urn:isbn:0451450523',
  'mailto:ops@example.com',
  'ftp://example.com/file.txt',
];

/**
 * Strings an attacker tries: control characters, injections, traversal, odd unicode, header splitting, a long one
 * (4,000 characters: long, yet with a few of them a request line stays within the 16 KB every Node server takes).
 */
export const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202eevil',
  '🦄'.repeat(40),
  "' OR '1'='1' --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%zz',
  `\${jndi:ldap://127.0.0.1/a}`,
  '{{7*7}}',
  '\r\nX-Injected: 1',
  '__proto__',
  'null',
  '1e309',
  'x'.repeat(4_000),
];

const nest = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: nest(depth - 1, leaf) });

/** JSON values of every type, including prototype-pollution keys and deep nesting (bounded). */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...hostileStrings,
    -1,
    0,
    -0,
    1.5,
    2 ** 53 + 1,
    -(2 ** 63),
    1e308,
    true,
    false,
    null,
    [],
    {},
    [null],
    { '': '' },
    JSON.parse('{"__proto__":{"isAdmin":true}}'),
    { constructor: { prototype: { isAdmin: true } } },
    nest(32, 'deep'),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Request bodies that are not what they claim: broken JSON, a number JSON cannot hold, a BOM, deep nesting. */
export const hostileJsonText: fc.Arbitrary<string> = fc.constantFrom(
  '{',
  '{"a":',
  '[1,2',
  "{'single':'quotes'}",
  '{"a":1,}',
  'nul',
  '1e309',
  '"just a string"',
  '[]',
  '0',
  'null',
  '\ufeff{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"a":"\\ud800"}',
  `${'['.repeat(512)}${']'.repeat(512)}`,
);

/** Form bodies that are not quite forms. */
export const hostileFormText: fc.Arbitrary<string> = fc.constantFrom('=', '&&&', 'a=%zz', '%ff=%c0%ae', 'a=1&a=2', `a=${'x'.repeat(10_000)}`, 'a\u0000=b');

/** Path segments sent as they are, not encoded: malformed percent-encoding, control characters, a long one. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.constantFrom('%zz', '%ff', '%c0%ae', '%00', '%20', 'a%2Fb', "'", '%3Cx%3E', 'x'.repeat(2_000));

const types = (schema: Json): string[] => ([] as string[]).concat((schema.type as string | string[] | undefined) ?? []);

function stringArbitrary(schema: Json): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = Math.max(minLength, Math.min((schema.maxLength as number | undefined) ?? 40, 40));
  switch (schema.format) {
    case 'uri':
    case 'uri-reference':
    case 'url':
      return fc.oneof({ weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true }) }, { weight: 1, arbitrary: fc.constantFrom(...awkwardUris) });
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
  }
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern as string));
  const key = `${minLength}:${maxLength}`;
  // Building the grapheme table is costly: one arbitrary per length range, shared.
  let strings = plainStrings.get(key);
  if (!strings) {
    strings = fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'grapheme', minLength, maxLength }));
    plainStrings.set(key, strings);
  }
  return strings;
}

const plainStrings = new Map<string, fc.Arbitrary<string>>();

/** A secret that is recognisable when a server repeats it. */
const secretArbitrary = fc.stringMatching(/^[0-9a-f]{16,40}$/);

/**
 * Values valid against `schema` (as far as generation goes: the request oracle has the last word).
 * `readOnly` properties are left out, as a client would; `writeOnly` strings are long enough to be tracked.
 */
export function validValue(document: OpenApiDocument, raw: unknown, depth = 0): fc.Arbitrary<unknown> {
  const schema: Json = { ...resolveRef<Json>(document, raw ?? {}), ...((raw as Json | undefined) ?? {}) };
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (branches?.length) return fc.oneof(...branches.map((branch) => validValue(document, branch, depth + 1)));
  const kinds = types(schema);
  if (kinds.length === 0 && (schema.properties || schema.allOf)) kinds.push('object');
  if (kinds.length > 1) return fc.oneof(...kinds.map((kind) => validValue(document, { ...schema, $ref: undefined, type: kind }, depth)));
  switch (kinds[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number | undefined) ?? -1_000_000, max: (schema.maximum as number | undefined) ?? 1_000_000 });
    case 'number':
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: (schema.minimum as number | undefined) ?? -1e6,
        max: (schema.maximum as number | undefined) ?? 1e6,
      });
    case 'string':
      return schema.writeOnly === true && !schema.format && !schema.pattern ? secretArbitrary : stringArbitrary(schema);
    case 'array': {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      return fc.array(validValue(document, schema.items ?? {}, depth + 1), { minLength, maxLength: depth > 4 ? minLength : Math.max(minLength, 3) });
    }
    case 'object': {
      const shape = objectShape(document, schema);
      const writable = Object.entries(shape.properties).filter(([, property]) => property.readOnly !== true);
      const known = fc.record(Object.fromEntries(writable.map(([name, property]) => [name, validValue(document, property, depth + 1)])), {
        requiredKeys: depth > 4 ? shape.required : writable.map(([name]) => name).filter((name) => shape.required.includes(name)),
      });
      const extra = schema.additionalProperties;
      if (shape.closed || extra === undefined || depth > 4)
        return writable.length > 0 || shape.closed ? known : fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
      const values = extra === true ? fc.jsonValue({ maxDepth: 2 }) : validValue(document, extra, depth + 1);
      return fc
        .tuple(known, fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 3 }))
        .map(([own, more]) => ({ ...Object.fromEntries(Object.entries(more).filter(([key]) => !(key in shape.properties))), ...own }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every location of a JSON value as a path of keys, the value itself (`[]`) included. */
function locations(value: unknown, path: string[] = []): string[][] {
  const here = [path];
  if (!value || typeof value !== 'object') return here;
  return here.concat(Object.entries(value).flatMap(([key, child]) => locations(child, [...path, key])));
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'add'; key: string; value: unknown };

function mutate(value: unknown, path: string[], mutation: Mutation): unknown {
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value;
    if (mutation.kind === 'add' && value && typeof value === 'object' && !Array.isArray(value)) return { ...value, [mutation.key]: mutation.value };
    return value;
  }
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((child, index) => (String(index) === key ? mutate(child, rest, mutation) : child));
  const object = value as Record<string, unknown>;
  if (rest.length === 0 && mutation.kind === 'remove') return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
  return { ...object, [key]: mutate(object[key], rest, mutation) };
}

/** A valid value with one spot broken: replaced by a hostile value, removed, or joined by an unknown property. */
export function nearValidValue(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 3, arbitrary: hostileValue.map((replacement) => ({ kind: 'replace' as const, value: replacement })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'remove' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('contract_kit_unknown', 'isAdmin', 'id'), hostileValue)
        .map(([key, added]) => ({ kind: 'add' as const, key, value: added })),
    },
  );
  return valid.chain((value) => fc.tuple(fc.constantFrom(...locations(value)), mutation).map(([path, change]) => mutate(value, path, change)));
}
