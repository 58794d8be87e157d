import type { OpenApiDocument } from './document';
import { type Operation, parameterExample } from './operations';

/** One request the spec shows as an example, ready to send to a stub or a mock. */
export interface ExampleRequest {
  operationId: string;
  name: string;
  method: string;
  /** Path below the base path, with the path parameters' examples filled in. */
  path: string;
  contentType: string | undefined;
  /** The body, encoded for its media type. */
  body: string | undefined;
  anonymous: boolean;
}

function encode(mediaType: string, value: unknown): string {
  if (mediaType === 'application/x-www-form-urlencoded') return new URLSearchParams(value as Record<string, string>).toString();
  return JSON.stringify(value);
}

/** Fills a path template with the parameters' examples (the spec gives one for every path parameter). */
export function examplePath(document: OpenApiDocument, operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    const example = parameter && parameterExample(document, parameter);
    if (example === undefined) throw new Error(`path parameter ${name} of ${operation.operationId} has no example`);
    return encodeURIComponent(String(example));
  });
}

/** Every request example of the spec, one per named body example (or one without body when it has none). */
export function exampleRequests(document: OpenApiDocument, operations: Operation[]): ExampleRequest[] {
  return operations.flatMap((operation): ExampleRequest[] => {
    const base = {
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      path: examplePath(document, operation),
      anonymous: operation.anonymous,
    };
    const examples = Object.entries(operation.requestBody?.content ?? {}).flatMap(([mediaType, media]) =>
      media.examples.map((example) => ({ ...base, name: example.name, contentType: mediaType, body: encode(mediaType, example.value) })),
    );
    return examples.length > 0 ? examples : [{ ...base, name: 'no body', contentType: undefined, body: undefined }];
  });
}
