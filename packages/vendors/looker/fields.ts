import type { Answer, VendorRequest } from '../src/vendor';

const pick = (value: unknown, wanted: Set<string>): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => wanted.has(key))) : value;

/**
 * Looker's `fields=a,b`: keep only those top-level fields of the answer (of each item of a list), on every operation
 * that documents the parameter, whether the answer came from the store or from an example.
 */
export function selectFields(request: VendorRequest, answer: Answer): Answer {
  const fields = request.query.fields;
  if (typeof fields !== 'string' || answer.body === undefined) return answer;
  const wanted = new Set(
    fields
      .split(',')
      .map((field) => field.trim())
      .filter(Boolean),
  );
  const body = Array.isArray(answer.body) ? answer.body.map((item) => pick(item, wanted)) : pick(answer.body, wanted);
  return { ...answer, body };
}
