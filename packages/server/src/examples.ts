import type { OperationSpec } from './spec';
import { examplePath } from './spec';

/** One request the spec shows as an example, ready to send to a stub. */
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

/** Every request example of the spec, one per named body example (or one without body when it has none). */
export function exampleRequests(operations: OperationSpec[]): ExampleRequest[] {
  return operations.flatMap((operation): ExampleRequest[] => {
    const base = { operationId: operation.operationId, method: operation.method.toUpperCase(), path: examplePath(operation), anonymous: operation.anonymous };
    if (operation.requestExamples.length === 0) return [{ ...base, name: 'no body', contentType: undefined, body: undefined }];
    return operation.requestExamples.map((example) => ({
      ...base,
      name: example.name,
      contentType: example.mediaType,
      body: encode(example.mediaType, example.value),
    }));
  });
}
