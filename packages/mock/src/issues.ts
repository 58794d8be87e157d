/** One way in which a request broke the spec, read from Prism's validation output. */
export interface Issue {
  /** Which part of the request: `body`, `path`, `query` or `header`. */
  location: string;
  /** Where the validator reported it, within the location (`['connectionVariables', '0']`). */
  at: string[];
  /** The field at fault: `at`, plus the missing or unexpected property for `required` / `additionalProperties`. */
  field: string[];
  /** The JSON Schema keyword that failed (`required`, `type`, `format`, …). */
  keyword: string;
  /** The validator's sentence without Prism's prefix, e.g. `must be boolean`. */
  message: string;
}

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
 * Turns Prism's validation errors into issues. Prism writes sentences like
 * `Request body property url must match format "uri"`; the part from `must` on is ajv's own message.
 */
export function issuesFrom(validations: PrismValidation[]): Issue[] {
  return validations
    .filter((validation) => validation.severity === ERROR)
    .map((validation) => {
      const [location = 'body', ...at] = (validation.path ?? []).map(String);
      const start = validation.message.search(/\bmust\b/);
      let message = start >= 0 ? validation.message.slice(start) : validation.message;
      let keyword = String(validation.code ?? 'invalid');
      // Prism's own sentence for a missing body, in the validator's words.
      if (/^Body parameter is required/i.test(message)) {
        message = 'is required';
        keyword = 'required';
      }
      const field = [...at];
      const named = /'([^']+)'/.exec(message)?.[1];
      if (keyword === 'required' && named) field.push(named);
      if (keyword === 'additionalProperties' && named) {
        field.push(named);
        message = message.replace(/; found '[^']*'$/, '');
      }
      return { location, at, field, keyword, message };
    });
}
