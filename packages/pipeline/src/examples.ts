import { type OpenApiDocument, type Operation, type Parameter, parameterExample } from '@contracts/bundles/model';
import type { Answer } from '@contracts/vendors';
import { type Preferences, successStatus } from './prefer';

/**
 * The documented answer `preferences` ask for, picked as Prism picks it: the status of `code` (default: the lowest
 * 2xx), its example named `example` (default: its first), and the example value of each of its headers. The
 * preferences must have passed `preferenceProblem`.
 */
export function exampleAnswer(document: OpenApiDocument, operation: Operation, preferences: Preferences): Answer {
  const status = preferences.code ?? successStatus(operation);
  const response = operation.responses.get(status);
  const media = response?.content['application/json'];
  const named = preferences.example === undefined ? media?.examples[0] : media?.examples.find((example) => example.name === preferences.example);
  const body = named ? named.value : media?.example;
  const headers: Record<string, string> = {};
  // A Header Object is a Parameter Object without `name` and `in`: its example is found the same way.
  for (const [name, header] of Object.entries(response?.headers ?? {})) {
    const value = parameterExample(document, header as unknown as Parameter);
    if (value !== undefined) headers[name] = String(value);
  }
  return { status, headers, ...(body !== undefined && { body: structuredClone(body) }) };
}
