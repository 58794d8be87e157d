import { type Api, type Json, type Operation, validationDocument } from '@contracts/bundles/model';
import type { Location, Violation } from '@contracts/vendors';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The parts of a request the spec constrains, as read from it (header names in lower case). */
export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
}

/** What one operation checks, compiled on its first request. */
interface Compiled {
  parameters: Array<{ location: Location; read: (request: RequestParts) => unknown; validate: ValidateFunction }>;
  bodies: Map<string, (body: unknown) => Violation[]>;
}

// OpenAPI: these headers are described by the spec's other fields; a header parameter of the same name is ignored.
const describedElsewhere = new Set(['accept', 'content-type', 'authorization']);

/** `$ref: '#/components/…'` of a schema lifted out of the document, made to point into the document added as `id`. */
function pointInto(id: string, node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => pointInto(id, item));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${id}${value}` : pointInto(id, value),
    ]),
  );
}

/** Ajv's errors in the common words of the vendors' error bodies: the field at fault, the rule, ajv's sentence. */
function violationsOf(location: Location, errors: ErrorObject[] | null | undefined): Violation[] {
  return (errors ?? []).map((error) => {
    const field = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    // ajv reports a missing or unexpected property on its parent; the vendors name the property itself.
    const named =
      error.keyword === 'required' ? error.params.missingProperty : error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined;
    return { location, field: typeof named === 'string' ? [...field, named] : field, rule: error.keyword, message: error.message ?? 'is invalid' };
  });
}

/**
 * The MSW handlers' validation step: the request against the bundle with Ajv (JSON Schema 2020-12, as OpenAPI 3.1,
 * with ajv-formats), the declared path, query and header parameters and the body against the schema of its media
 * type. What the pipeline decides itself (undeclared or empty parameters, a missing body) never reaches it. Each
 * operation compiles on first use.
 */
export function requestValidator(api: Api): (operation: Operation, request: RequestParts, mediaType: string | undefined) => Violation[] {
  const id = `urn:contracts:${api.name}`;
  const ajv = (coerceTypes: false | 'array') => {
    const instance = new Ajv2020({ strict: false, allErrors: true, coerceTypes });
    addFormats(instance);
    // Discriminated `oneOf`s as `if`/`then` chains, as every validator of the pipeline gets them.
    instance.addSchema({ ...validationDocument(api.document), $id: id });
    return instance;
  };
  let bodies: Ajv2020 | undefined;
  let parameters: Ajv2020 | undefined;
  const compiled = new Map<Operation, Compiled>();

  const compile = (operation: Operation): Compiled => {
    bodies ??= ajv(false);
    parameters ??= ajv('array');
    const locations: Array<{ location: Location; in: 'path' | 'query' | 'header'; read: (request: RequestParts) => unknown }> = [
      { location: 'path', in: 'path', read: (request) => request.params },
      { location: 'query', in: 'query', read: (request) => request.query },
      { location: 'header', in: 'header', read: (request) => request.headers },
    ];
    const parameterChecks = locations.flatMap(({ location, in: where, read }) => {
      const declared = operation.parameters.filter(
        (parameter) => parameter.in === where && !(where === 'header' && describedElsewhere.has(parameter.name.toLowerCase())),
      );
      if (declared.length === 0) return [];
      const key = (name: string) => (where === 'header' ? name.toLowerCase() : name);
      const schema: Json = {
        type: 'object',
        properties: Object.fromEntries(declared.map((parameter) => [key(parameter.name), pointInto(id, parameter.schema ?? {})])),
        required: declared.filter((parameter) => parameter.required).map((parameter) => key(parameter.name)),
      };
      return [{ location, read, validate: (parameters as Ajv2020).compile(schema) }];
    });
    const bodyChecks = new Map<string, (body: unknown) => Violation[]>();
    const schemaAt = (pointer: string, mediaType: string) => {
      const validate = (bodies as Ajv2020).getSchema(`${id}${pointer}`);
      if (!validate) throw new Error(`${api.name}: no schema at ${pointer} for the ${mediaType} body of ${operation.operationId}; run \`pnpm generate\``);
      return validate;
    };
    const check = (validate: ValidateFunction) => (body: unknown) => (validate(body) ? [] : violationsOf('body', validate.errors));
    for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
      if (media.schema) bodyChecks.set(mediaType, check(schemaAt(media.schemaPointer, mediaType)));
    }
    return { parameters: parameterChecks, bodies: bodyChecks };
  };

  return (operation, request, mediaType) => {
    let checks = compiled.get(operation);
    if (!checks) {
      checks = compile(operation);
      compiled.set(operation, checks);
    }
    const violations = checks.parameters.flatMap(({ location, read, validate }) => (validate(read(request)) ? [] : violationsOf(location, validate.errors)));
    // A required body not sent was refused before validation (the pipeline's body step).
    if (request.body === undefined) return violations;
    const checkBody = mediaType === undefined ? undefined : checks.bodies.get(mediaType);
    if (checkBody) violations.push(...checkBody(request.body));
    return violations;
  };
}
