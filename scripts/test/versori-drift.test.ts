import { bundledApis, deref, describeSchema, flattenObject, type Json } from './bundles';
import { type ReferenceOperation, type ReferenceSchema, versoriOperations, versoriSchemas } from './versori-reference';

/**
 * Our Versori bundle against Versori's published description (transcribed in versori-reference.ts): every
 * operation's id, method, path, parameters, bodies and success statuses, and every schema's properties, types,
 * formats, nullability, `required` and `oneOf` branches. Where we differ on purpose, the difference is listed
 * once below with its reason; everything else must agree.
 */
interface DeliberateDifference {
  schema: string;
  property: string;
  ours: string | undefined;
  why: string;
}

const deliberate: DeliberateDifference[] = [
  {
    schema: 'AuthSchemeConfigBase',
    property: 'id',
    ours: 'string',
    why: 'the client chooses it and Versori reads it as a plain string; a ULID pattern would reject ids Versori accepts',
  },
  {
    schema: 'ConnectorUpdateBase',
    property: 'organisationId',
    ours: 'string',
    why: 'Versori reads it as a plain string (only `id` is typed as a ULID) and checks it against the path',
  },
  {
    schema: 'CredentialDataOAuth2Client',
    property: 'authorizeUrl',
    ours: 'string',
    why: 'Versori says to send an empty string for the client_credentials grant, which `format: uri` forbids',
  },
  ...['Credential', 'CredentialCreate'].map((schema) => ({
    schema,
    property: 'data',
    ours: 'anyOf<CredentialDataBasicAuth,CredentialDataBinary,CredentialDataCertificate,CredentialDataNone,CredentialDataOAuth2Client,CredentialDataOAuth2Code,CredentialDataOAuth2Password,CredentialDataOAuth2Token,CredentialDataString>',
    why: 'a `oneOf` can never hold a basic-auth or OAuth 2.0 password secret: both match two branches with the same shape',
  })),
  {
    schema: 'HTTPConnectorCreate',
    property: 'connections',
    ours: 'array<ConnectionCreate>',
    why: 'Versori requires `connections` without describing it; we describe it as Create BigQuery Connector does',
  },
];

/** Properties Versori's description requires and we do not, each with its reason. */
const deliberatelyOptional: Array<{ schema: string; property: string; why: string }> = [
  {
    schema: 'HTTPConnectorCreate',
    property: 'connections',
    why: 'Versori’s own SDK, generated from the same description, has no such field and never sends it: requiring it refuses every create the SDK makes',
  },
];

/** Our components that stand for a format Versori writes inline, and our helpers that have no Versori name. */
const aliases = { Ulid: 'string:ulid' };
const ourHelpers = ['Ulid', 'Timestamp', 'CredentialData'];

const versori = bundledApis().find((api) => api.name === 'versori');
if (!versori) throw new Error('redocly.yaml declares no versori API');
const document = versori.document as Json;
const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
const named = new Set(Object.keys(versoriSchemas));
const describe_ = (node: unknown) => describeSchema(document, node, named, aliases);

/** Our schema in the reference's notation. */
function ours(name: string): ReferenceSchema {
  const schema = schemas[name] as Json;
  if (Array.isArray(schema.oneOf)) {
    return {
      kind: 'oneOf',
      branches: (schema.oneOf as Json[]).map(describe_).sort(),
      discriminator: String((schema.discriminator as Json | undefined)?.propertyName),
    };
  }
  if (Array.isArray(schema.enum)) return { kind: 'enum', values: schema.enum as string[] };
  if (schema.type === 'array') return { kind: 'array', items: describe_(schema.items) };
  const { properties, required } = flattenObject(document, schema);
  return {
    kind: 'object',
    properties: Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, describe_(property)])),
    required: required.sort(),
  };
}

/** `name` and the schemas it takes properties from through `allOf`, as both descriptions compose them. */
function withAllOfParts(name: string): string[] {
  const parts = ((schemas[name]?.allOf ?? []) as Json[]).map((part) => describe_(part)).filter((part) => named.has(part));
  return [name, ...parts.flatMap(withAllOfParts)];
}

/** Versori's schema with our deliberate differences applied (also where it inherits the property through `allOf`). */
function expected(name: string): ReferenceSchema {
  const reference = structuredClone(versoriSchemas[name] as ReferenceSchema);
  if (reference.kind === 'object') {
    const sources = withAllOfParts(name);
    reference.required = reference.required
      .filter((property) => !deliberatelyOptional.some((optional) => sources.includes(optional.schema) && optional.property === property))
      .sort();
    for (const difference of deliberate.filter((candidate) => sources.includes(candidate.schema))) {
      if (difference.ours === undefined) delete reference.properties[difference.property];
      else reference.properties[difference.property] = difference.ours;
    }
  }
  return reference;
}

/** Our operation in the reference's notation. */
function ourOperation(path: string, method: string): ReferenceOperation & { errorSchemas: string[] } {
  const operation = ((document.paths as Json)[path] as Json)[method] as Json;
  const parameter = (node: unknown) => {
    const resolved = deref(document, node);
    const schema = deref(document, resolved.schema);
    const fallback = 'default' in schema ? `=${String(schema.default)}` : '';
    return `${String(resolved.in)} ${String(resolved.name)}${resolved.required ? '' : '?'}: ${describe_(resolved.schema)}${fallback}`;
  };
  const jsonSchema = (node: unknown) => ((deref(document, node).content as Record<string, Json> | undefined)?.['application/json'] as Json | undefined)?.schema;
  const responses = Object.entries(operation.responses as Json);
  const body = operation.requestBody ? deref(document, operation.requestBody) : undefined;
  return {
    operationId: String(operation.operationId),
    method,
    path,
    parameters: ((operation.parameters ?? []) as Json[]).map(parameter),
    ...(body && { requestBody: body.required === true ? describe_(jsonSchema(body)) : 'optional body' }),
    success: Object.fromEntries(
      responses
        .filter(([status]) => status.startsWith('2'))
        .map(([status, response]) => [status, jsonSchema(response) ? describe_(jsonSchema(response)) : 'none']),
    ),
    errorSchemas: [...new Set(responses.filter(([status]) => !status.startsWith('2')).map(([, response]) => describe_(jsonSchema(response))))],
  };
}

describe('given our Versori operations and Versori’s published description', () => {
  const ourIds = Object.entries(document.paths as Json).flatMap(([, item]) => Object.values(item as Json).map((operation) => (operation as Json).operationId));

  test('every operation we describe is one of Versori’s, under its own operationId', () => {
    expect(ourIds.sort()).toEqual(versoriOperations.map((operation) => operation.operationId).sort());
  });

  test.each(versoriOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s has Versori’s method, path, parameters, request body and success statuses, and answers every error with Error',
    (_id, reference) => {
      const { errorSchemas, ...operation } = ourOperation(reference.path, reference.method);
      expect(operation).toEqual(reference);
      // Versori documents its errors as a `default` response with Error; we list each status, with the same body.
      expect(errorSchemas).toEqual(['Error']);
    },
  );
});

describe('given our Versori schemas and Versori’s published description', () => {
  test('we have each of Versori’s schemas that our operations use, under its own name, and only our helpers besides', () => {
    expect(
      Object.keys(schemas)
        .filter((name) => !ourHelpers.includes(name))
        .sort(),
    ).toEqual([...named].sort());
  });

  test.each([...named].map((name) => [name] as const))('%s agrees with Versori’s, but for the deliberate differences', (name) => {
    expect(ours(name)).toEqual(expected(name));
  });

  test.each(deliberate.map((difference) => [`${difference.schema}.${difference.property}`, difference] as const))(
    'the deliberate difference at %s is still a difference from Versori’s description',
    (_where, difference) => {
      const reference = versoriSchemas[difference.schema];
      if (reference?.kind !== 'object') throw new Error(`${difference.schema} is not an object schema of the reference`);
      expect(reference.properties[difference.property]).not.toEqual(difference.ours);
    },
  );

  test.each(deliberatelyOptional.map((optional) => [`${optional.schema}.${optional.property}`, optional] as const))(
    'the property %s, which we deliberately do not require, is still required by Versori’s description',
    (_where, optional) => {
      const reference = versoriSchemas[optional.schema];
      if (reference?.kind !== 'object') throw new Error(`${optional.schema} is not an object schema of the reference`);
      expect(reference.required).toContain(optional.property);
    },
  );

  test('a discriminated union names, for each value, the branch Versori maps it to', () => {
    const mappings = Object.fromEntries(
      Object.entries(schemas)
        .filter(([, schema]) => schema.discriminator)
        .map(([name, schema]) => [
          name,
          Object.values(((schema.discriminator as Json).mapping ?? {}) as Record<string, string>)
            .map((ref) => ref.split('/').pop())
            .sort(),
        ]),
    );
    const unions = Object.fromEntries(
      Object.entries(versoriSchemas).flatMap(([name, schema]) => (schema.kind === 'oneOf' ? [[name, [...schema.branches].sort()]] : [])),
    );
    expect(mappings).toEqual(unions);
  });
});
