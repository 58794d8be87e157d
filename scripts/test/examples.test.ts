import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { at, bundledApis, deref, type Json } from './bundles';

interface ExampleCase {
  /** JSON pointer of the example inside the bundle. */
  where: string;
  /** JSON pointer of the schema it must validate against. */
  schemaPointer: string;
  value: unknown;
  /** Request examples may not carry read-only fields; response examples may not carry write-only ones. */
  forbidden: 'readOnly' | 'writeOnly' | undefined;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Walks an OpenAPI document and lists every example with the schema it illustrates. */
function collectExamples(document: Json): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromMediaTypes = (content: unknown, pointer: string, forbidden: ExampleCase['forbidden']) => {
    for (const [media, mediaType] of Object.entries((content ?? {}) as Record<string, Json>)) {
      const base = `${pointer}/content/${escapePointer(media)}`;
      for (const [name, example] of Object.entries((mediaType.examples ?? {}) as Record<string, Json>)) {
        cases.push({ where: `${base}/examples/${name}`, schemaPointer: `${base}/schema`, value: deref(document, example).value, forbidden });
      }
      if ('example' in mediaType) cases.push({ where: `${base}/example`, schemaPointer: `${base}/schema`, value: mediaType.example, forbidden });
    }
  };
  const fromParameter = (parameter: Json, pointer: string) => {
    if ('example' in parameter) cases.push({ where: `${pointer}/example`, schemaPointer: `${pointer}/schema`, value: parameter.example, forbidden: undefined });
  };
  for (const [path, pathItem] of Object.entries(document.paths as Record<string, Json>)) {
    for (const [method, operation] of Object.entries(pathItem as Record<string, Json>)) {
      const pointer = `#/paths/${escapePointer(path)}/${method}`;
      const requestBody = operation.requestBody as Json | undefined;
      if (requestBody && !requestBody.$ref) fromMediaTypes(requestBody.content, `${pointer}/requestBody`, 'readOnly');
      for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Json>)) {
        if (!response.$ref) fromMediaTypes(response.content, `${pointer}/responses/${status}`, 'writeOnly');
      }
      (operation.parameters as Json[] | undefined)?.forEach((parameter, index) => {
        if (!parameter.$ref) fromParameter(parameter, `${pointer}/parameters/${index}`);
      });
    }
  }
  const components = (document.components ?? {}) as Record<string, Record<string, Json>>;
  for (const [name, response] of Object.entries(components.responses ?? {})) fromMediaTypes(response.content, `#/components/responses/${name}`, 'writeOnly');
  for (const [name, parameter] of Object.entries(components.parameters ?? {})) fromParameter(parameter, `#/components/parameters/${name}`);
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    collectSchemaExamples(schema, `#/components/schemas/${name}`, cases);
  }
  return cases;
}

/** `examples` of a schema and of its nested property schemas. */
function collectSchemaExamples(schema: Json, pointer: string, cases: ExampleCase[]): void {
  (schema.examples as unknown[] | undefined)?.forEach((value, index) => {
    cases.push({ where: `${pointer}/examples/${index}`, schemaPointer: pointer, value, forbidden: undefined });
  });
  for (const [property, child] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    collectSchemaExamples(child, `${pointer}/properties/${escapePointer(property)}`, cases);
  }
}

/** Paths inside `value` whose schema carries `marker` (readOnly or writeOnly). */
function markedFields(document: Json, value: unknown, schemaNode: unknown, marker: string, path = ''): string[] {
  const schema = deref(document, schemaNode);
  if (!schema || typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const part of (schema.allOf ?? []) as Json[]) found.push(...markedFields(document, value, part, marker, path));
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push(...markedFields(document, item, schema.items, marker, `${path}/${index}`));
    });
    return found;
  }
  for (const [key, child] of Object.entries(value as Json)) {
    const propertySchema = (schema.properties as Json | undefined)?.[key] as Json | undefined;
    if (!propertySchema) continue;
    if (propertySchema[marker] === true || deref(document, propertySchema)[marker] === true) found.push(`${path}/${key}`);
    else found.push(...markedFields(document, child, propertySchema, marker, `${path}/${key}`));
  }
  return found;
}

describe.each(bundledApis().map((api) => [api.name, api] as const))('given the %s bundle', (_name, api) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(api.document, 'bundle');
  const cases = collectExamples(api.document);
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (pointer: string) => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `bundle${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  test('it has examples for every request body and response', () => {
    const operations = Object.values(api.document.paths as Record<string, Record<string, Json>>).flatMap((item) => Object.values(item));
    for (const operation of operations) {
      const contentOf = (node: unknown) => deref(api.document, node).content as Record<string, Json> | undefined;
      const bodies = [operation.requestBody, ...Object.values(operation.responses as Json)].filter(Boolean).map(contentOf).filter(Boolean);
      for (const content of bodies) {
        for (const mediaType of Object.values(content as Record<string, Json>)) {
          expect(Object.keys((mediaType.examples ?? {}) as Json).length).toBeGreaterThan(0);
        }
      }
    }
    expect(cases.length).toBeGreaterThan(10);
  });

  test.each(cases.map((example) => [example.where, example] as const))('the example at %s validates against its schema', (_where, example) => {
    const validate = validatorFor(example.schemaPointer);
    const valid = validate(example.value);
    expect(valid ? [] : validate.errors).toEqual([]);
    if (example.forbidden) {
      expect(markedFields(api.document, example.value, at(api.document, example.schemaPointer), example.forbidden)).toEqual([]);
    }
  });
});

describe('given example values that carry marked fields', () => {
  const looker = bundledApis().find((api) => api.name === 'looker');
  const hub = { $ref: '#/components/schemas/IntegrationHub' };

  test('it finds a write-only field in a response example and a read-only field in a request example', () => {
    if (!looker) throw new Error('redocly.yaml declares no looker API');
    expect(markedFields(looker.document, { url: 'https://a.example', authorization_token: 'x' }, hub, 'writeOnly')).toEqual(['/authorization_token']);
    expect(markedFields(looker.document, { url: 'https://a.example', id: '9', can: { show: true } }, hub, 'readOnly')).toEqual(['/id', '/can']);
    expect(markedFields(looker.document, { url: 'https://a.example' }, hub, 'readOnly')).toEqual([]);
  });
});
