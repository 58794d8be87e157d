import { locationOf, type Violation } from '@contracts/vendors';

/** The shape of one entry of Prism's `validations.input`. */
export interface PrismValidation {
  path?: Array<string | number>;
  code?: string | number;
  message: string;
  severity: number;
}

/** Prism's DiagnosticSeverity.Error. */
const ERROR = 0;

/**
 * Turns Prism's validation errors into the vendors' common violations. Prism writes sentences like
 * `Request body property url must match format "uri"`; the part from `must` on is ajv's own message.
 * Prism reports a missing or unexpected property on its parent: the field is named after the property.
 */
export function violationsFrom(validations: PrismValidation[]): Violation[] {
  return validations
    .filter((validation) => validation.severity === ERROR)
    .map((validation) => {
      const [location = 'body', ...at] = (validation.path ?? []).map(String);
      const start = validation.message.search(/\bmust\b/);
      let message = start >= 0 ? validation.message.slice(start) : validation.message;
      let rule = String(validation.code ?? 'invalid');
      // Prism's own sentence for a missing body, in the validator's words.
      if (/^Body parameter is required/i.test(message)) {
        message = 'is required';
        rule = 'required';
      }
      const field = [...at];
      const named = /'([^']+)'/.exec(message)?.[1];
      if (rule === 'required' && named) field.push(named);
      if (rule === 'additionalProperties' && named) {
        field.push(named);
        message = message.replace(/; found '[^']*'$/, '');
      }
      return { location: locationOf(location), field, rule, message };
    });
}
