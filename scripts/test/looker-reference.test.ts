import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledApis, deref, type Json, repoRoot } from './bundles';

/**
 * Our Looker bundle against Looker's own published description of the same operations
 * (spec/looker/reference/looker-4.0-families.json): operationIds, paths, tags, statuses, parameters,
 * rate limiting and, for every request and response body, each property's type, nullability, format,
 * enum, readOnly and writeOnly. A fact that drifts from Looker's fails here. The differences we chose are
 * listed below with their reason, and must stay exactly as listed.
 */

type Operation = { operationId: string; hasBody: boolean };

/** Differences we chose on every operation they apply to. */
const everywhere: Array<{ difference: string; reason: string; appliesTo: (operation: Operation) => boolean }> = [
  {
    difference: 'status 401 added',
    reason: 'Looker answers 401 to a call without a valid token (and our login answers it for a wrong key); its description lists 401 nowhere.',
    appliesTo: () => true,
  },
  {
    difference: 'status 413 added',
    reason: 'The stub and the mock answer 413 for a request body over the size limit, so every operation with a body documents it.',
    appliesTo: (operation) => operation.hasBody,
  },
  {
    difference: 'status 415 added',
    reason: 'The stub and the mock answer 415 for a body in another media type, so every operation with a body documents it.',
    appliesTo: (operation) => operation.hasBody,
  },
  {
    difference: 'security: reference none, ours LookerApiToken',
    reason: 'Looker’s description declares no security scheme, yet every call but login needs the bearer token that login returns.',
    appliesTo: (operation) => operation.operationId !== 'login',
  },
];

/** The other differences we chose, per operation. */
const deliberate: Record<string, Record<string, string>> = {
  login: {
    'request body: properties added client_id, client_secret': 'Looker’s description gives the form body no fields; we name the two that Looker reads.',
    'request body /client_secret: writeOnly reference false, ours true': 'A secret is sent, never returned: write-only keeps it out of every response type.',
  },
  logout: { 'response 204: content reference application/json, ours none': 'A 204 answer has no body (RFC 9110), and Looker sends none.' },
  delete_integration_hub: { 'response 204: content reference application/json, ours none': 'A 204 answer has no body (RFC 9110), and Looker sends none.' },
  delete_user_credentials_api3: {
    'response 204: content reference application/json, ours none': 'A 204 answer has no body (RFC 9110), and Looker sends none.',
  },
  create_integration_hub: {
    'request body: required reference [], ours [url]':
      'Looker fetches a new hub from its url and cannot create one without it, though its description marks nothing required.',
  },
};

/**
 * Two readings of the reference, applied to every schema in it: its `x-looker-write-only` is `writeOnly`,
 * and the `enum` it puts on an array of strings (which no array could equal) is the enum of the items,
 * as its descriptions ("Valid values are …") say.
 */
function normalised(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalised);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, normalised(value)])) as Json;
  if (copy['x-looker-write-only'] === true) copy.writeOnly = true;
  if (copy.type === 'array' && Array.isArray(copy.enum)) {
    copy.items = { ...(copy.items as Json), enum: copy.enum };
    delete copy.enum;
  }
  return copy;
}

const reference = normalised(JSON.parse(readFileSync(join(repoRoot, 'spec/looker/reference/looker-4.0-families.json'), 'utf8'))) as Json;
const bundle = bundledApis().find((api) => api.name === 'looker')?.document;
if (!bundle) throw new Error('redocly.yaml declares no looker API');
const looker: Json = bundle;

function operationsOf(document: Json) {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Json>).map(([method, node]) => ({ method, path, operationId: node.operationId as string, node })),
  );
}

/** A schema's types, sorted: Looker writes `nullable: true` where OpenAPI 3.1 writes `type: [x, 'null']`. */
function typesOf(schema: Json): string[] {
  const types = [schema.type ?? (schema.properties ? 'object' : [])].flat() as string[];
  return [...new Set(schema.nullable === true ? [...types, 'null'] : types)].sort();
}

/** The types, properties and required names of a schema, through `$ref` and `allOf`. */
function shapeOf(document: Json, node: unknown): { schema: Json; types: string[]; properties: Record<string, Json>; required: string[] } {
  const schema = deref(document, node);
  const parts = ((schema.allOf ?? []) as Json[]).map((part) => shapeOf(document, part));
  const own = typesOf(schema);
  return {
    schema,
    types: own.length > 0 ? own : [...new Set(parts.flatMap((part) => part.types))].sort(),
    properties: Object.assign({}, ...parts.map((part) => part.properties), schema.properties ?? {}),
    required: [...new Set([...parts.flatMap((part) => part.required), ...((schema.required ?? []) as string[])])].sort(),
  };
}

/** A marker sits on the property, beside its `$ref`, or inside the schema it points to. */
const isMarked = (document: Json, property: Json, marker: string) => property[marker] === true || deref(document, property)[marker] === true;

/** Every difference between the reference's schema and ours at `where`, one sentence each. */
function schemaDifferences(ours: unknown, theirs: unknown, where: string, documents = { ours: looker, theirs: reference }): string[] {
  if (!ours || !theirs) return ours === theirs ? [] : [`${where}: reference ${theirs ? 'has' : 'lacks'} it, ours ${ours ? 'has' : 'lacks'} it`];
  const mine = shapeOf(documents.ours, ours);
  const ref = shapeOf(documents.theirs, theirs);
  const found: string[] = [];
  const compare = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      found.push(`${where}: ${what} reference ${JSON.stringify(b ?? null)}, ours ${JSON.stringify(a ?? null)}`.replace(/"/g, ''));
  };
  compare('type', mine.types, ref.types);
  compare('format', mine.schema.format, ref.schema.format);
  compare('enum', mine.schema.enum, ref.schema.enum);
  compare('required', mine.required, ref.required);

  const added = Object.keys(mine.properties).filter((name) => !(name in ref.properties));
  const missing = Object.keys(ref.properties).filter((name) => !(name in mine.properties));
  if (added.length > 0) found.push(`${where}: properties added ${added.join(', ')}`);
  if (missing.length > 0) found.push(`${where}: properties missing ${missing.join(', ')}`);
  for (const [name, myProperty] of Object.entries(mine.properties)) {
    const refProperty = ref.properties[name] ?? {};
    for (const marker of ['readOnly', 'writeOnly']) {
      const [a, b] = [isMarked(documents.ours, myProperty, marker), isMarked(documents.theirs, refProperty, marker)];
      if (a !== b) found.push(`${where} /${name}: ${marker} reference ${b}, ours ${a}`);
    }
    if (name in ref.properties) found.push(...schemaDifferences(myProperty, refProperty, `${where} /${name}`, documents));
  }
  if (mine.schema.items || ref.schema.items) found.push(...schemaDifferences(mine.schema.items, ref.schema.items, `${where} items`, documents));
  const [myExtra, refExtra] = [mine.schema.additionalProperties, ref.schema.additionalProperties];
  if (typeof myExtra === 'object' || typeof refExtra === 'object')
    found.push(...schemaDifferences(myExtra, refExtra, `${where} additionalProperties`, documents));
  return found;
}

/** Every difference of our operation from the reference's: statuses, security, bodies. */
function operationDifferences(mine: Json, theirs: Json): string[] {
  const found: string[] = [];
  const myStatuses = Object.keys(mine.responses as Json);
  const refStatuses = Object.keys(theirs.responses as Json);
  for (const status of myStatuses.filter((status) => !refStatuses.includes(status))) found.push(`status ${status} added`);
  for (const status of refStatuses.filter((status) => !myStatuses.includes(status))) found.push(`status ${status} missing`);
  const security = ((mine.security ?? looker.security ?? []) as Json[]).flatMap((requirement) => Object.keys(requirement));
  const refSecurity = ((theirs.security ?? reference.security ?? []) as Json[]).flatMap((requirement) => Object.keys(requirement));
  if (security.join() !== refSecurity.join()) found.push(`security: reference ${refSecurity.join() || 'none'}, ours ${security.join() || 'none'}`);

  const myBody = mine.requestBody ? deref(looker, mine.requestBody) : undefined;
  const refBody = theirs.requestBody as Json | undefined;
  if (Boolean(myBody) !== Boolean(refBody)) found.push(`request body: reference ${refBody ? 'has' : 'lacks'} one, ours ${myBody ? 'has' : 'lacks'} one`);
  if (myBody && refBody) {
    if ((myBody.required === true) !== (refBody.required === true))
      found.push(`request body: required reference ${refBody.required === true}, ours ${myBody.required === true}`);
    const [myContent, refContent] = [myBody.content as Record<string, Json>, refBody.content as Record<string, Json>];
    if (Object.keys(myContent).join() !== Object.keys(refContent).join()) {
      found.push(`request body: media types reference ${Object.keys(refContent).join()}, ours ${Object.keys(myContent).join()}`);
    }
    for (const [media, content] of Object.entries(refContent)) found.push(...schemaDifferences(myContent[media]?.schema, content.schema, 'request body'));
  }
  for (const [status, refResponse] of Object.entries(theirs.responses as Record<string, Json>)) {
    if (!myStatuses.includes(status)) continue;
    const myJson = (deref(looker, (mine.responses as Json)[status]).content as Json | undefined)?.['application/json'] as Json | undefined;
    const refJson = (refResponse.content as Json | undefined)?.['application/json'] as Json | undefined;
    if (Boolean(myJson) !== Boolean(refJson))
      found.push(`response ${status}: content reference ${refJson ? 'application/json' : 'none'}, ours ${myJson ? 'application/json' : 'none'}`);
    else if (myJson && refJson) found.push(...schemaDifferences(myJson.schema, refJson.schema, `response ${status}`));
  }
  return found;
}

const referenceOperations = operationsOf(reference);
const ourOperations = new Map(operationsOf(looker).map((operation) => [`${operation.method} ${operation.path}`, operation.node]));

describe('given Looker’s published description and our Looker bundle', () => {
  test('our bundle has exactly the operations of the reference, by method and path', () => {
    expect([...ourOperations.keys()].sort()).toEqual(referenceOperations.map((operation) => `${operation.method} ${operation.path}`).sort());
  });

  test('every deliberate difference belongs to an operation of the reference and gives its reason', () => {
    const names = new Set(referenceOperations.map((operation) => operation.operationId));
    expect(Object.keys(deliberate).filter((operationId) => !names.has(operationId))).toEqual([]);
    const reasons = [...everywhere.map((entry) => entry.reason), ...Object.values(deliberate).flatMap((entries) => Object.values(entries))];
    expect(reasons.filter((reason) => reason.length < 20)).toEqual([]);
  });
});

describe.each(referenceOperations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const))(
  'given the reference operation %s',
  (_title, theirs) => {
    const mine = ourOperations.get(`${theirs.method} ${theirs.path}`) ?? {};

    test(`it is ${theirs.operationId} in our bundle, with the same tags and rate limiting`, () => {
      expect([mine.operationId, mine.tags, mine['x-looker-rate-limited'] === true]).toEqual([
        theirs.operationId,
        theirs.node.tags,
        theirs.node['x-looker-rate-limited'] === true,
      ]);
    });

    test('it answers the same success status', () => {
      const success = (node: Json) => Object.keys((node.responses ?? {}) as Json).filter((status) => status.startsWith('2'));
      expect(success(mine)).toEqual(success(theirs.node));
    });

    test('it takes the same parameters: name, location, required and type', () => {
      const parameters = (document: Json, node: Json) =>
        ((node.parameters ?? []) as Json[])
          .map((parameter) => deref(document, parameter))
          .map((parameter) => ({ name: parameter.name, in: parameter.in, required: parameter.required === true, type: (parameter.schema as Json).type }))
          .sort((a, b) => `${a.in} ${a.name}`.localeCompare(`${b.in} ${b.name}`));
      expect(parameters(looker, mine)).toEqual(parameters(reference, theirs.node));
    });

    test('its statuses, security and bodies (properties, types, nullability, formats, enums, read/write markers) differ only as listed', () => {
      const operation = { operationId: theirs.operationId, hasBody: Boolean(mine.requestBody) };
      const expected = [
        ...everywhere.filter((entry) => entry.appliesTo(operation)).map((entry) => entry.difference),
        ...Object.keys(deliberate[theirs.operationId] ?? {}),
      ];
      expect(operationDifferences(mine, theirs.node).sort()).toEqual(expected.sort());
    });
  },
);

describe('given a schema that drifted from the reference', () => {
  test('the comparison names its nullability, format, enum, readOnly and a missing property', () => {
    const document = { paths: {} };
    const drifted = {
      type: 'object',
      properties: { id: { type: 'string' }, url: { type: 'string', format: 'uri' }, kinds: { type: 'array', items: { type: 'string', enum: ['a'] } } },
    };
    const original = normalised({
      properties: {
        id: { type: 'string', readOnly: true },
        url: { type: 'string', format: 'uri-reference', nullable: true },
        kinds: { type: 'array', items: { type: 'string' }, enum: ['a', 'b'] },
        label: { type: 'string' },
      },
    });
    expect(schemaDifferences(drifted, original, 'body', { ours: document, theirs: document }).sort()).toEqual(
      [
        'body: properties missing label',
        'body /id: readOnly reference true, ours false',
        'body /kinds items: enum reference [a,b], ours [a]',
        'body /url: format reference uri-reference, ours uri',
        'body /url: type reference [null,string], ours [string]',
      ].sort(),
    );
  });
});
