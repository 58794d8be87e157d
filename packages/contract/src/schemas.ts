import type { OpenApiDocument } from '@contracts/bundles';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { pointerIndex } from './operations';

/** One rule of the spec a value broke. */
export interface SchemaError {
  /** Where in the value: `/url`, `` for the whole value. */
  instancePath: string;
  /** The failing keyword in the document: `#/components/schemas/IntegrationHub/properties/url/format`. */
  schemaPath: string;
  message: string;
}

export interface RequestCheck {
  errors: SchemaError[];
  /** The strings the request carries in write-only fields: a response must never repeat them. */
  writeOnlyValues: string[];
}

/** The walk of one request validation: what the marker keywords saw. */
interface Recording {
  readOnlyPaths: string[];
  writeOnlyValues: string[];
}

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

/**
 * Ajv 2020 (OpenAPI 3.1's dialect) over one bundled document, in two flavours: responses, where a
 * present `writeOnly` property is an error, and requests, where `readOnly` properties are ignored (the
 * vendors ignore them on input) and the values of `writeOnly` ones are recorded.
 */
export class Schemas {
  private readonly id: string;
  private readonly responseAjv: Ajv2020;
  private readonly requestAjv: Ajv2020;
  private readonly pointerOf: (node: unknown) => string | undefined;
  private recording: Recording | undefined;

  constructor(name: string, document: OpenApiDocument) {
    this.id = `urn:contract:${name}`;
    this.pointerOf = pointerIndex(document);
    this.responseAjv = this.createAjv(document, 'response');
    this.requestAjv = this.createAjv(document, 'request');
  }

  private createAjv(document: OpenApiDocument, flavour: 'response' | 'request'): Ajv2020 {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateFormats: true });
    addFormats(ajv);
    ajv.removeKeyword('writeOnly');
    ajv.removeKeyword('readOnly');
    if (flavour === 'response') {
      const forbidden = Object.assign(
        (marked: boolean, _data: unknown, parentSchema?: unknown) => {
          forbidden.errors = marked
            ? [{ keyword: 'writeOnly', message: 'is write-only and must not appear in a response', params: {}, parentSchema } as ErrorObject]
            : [];
          return !marked;
        },
        { errors: [] as ErrorObject[] },
      );
      ajv.addKeyword({ keyword: 'writeOnly', schemaType: 'boolean', errors: true, validate: forbidden });
      ajv.addKeyword({ keyword: 'readOnly', schemaType: 'boolean' });
    } else {
      ajv.addKeyword({
        keyword: 'writeOnly',
        schemaType: 'boolean',
        validate: (marked: boolean, data: unknown) => {
          if (marked) this.recording?.writeOnlyValues.push(...stringsIn(data));
          return true;
        },
      });
      ajv.addKeyword({
        keyword: 'readOnly',
        schemaType: 'boolean',
        validate: (marked: boolean, _data: unknown, _parent: unknown, context?: { instancePath: string }) => {
          if (marked && context) this.recording?.readOnlyPaths.push(context.instancePath);
          return true;
        },
      });
    }
    ajv.addSchema({ ...document, $id: this.id });
    return ajv;
  }

  private compiled(ajv: Ajv2020, pointer: string): ValidateFunction {
    const validate = ajv.getSchema(`${this.id}#${pointer}`);
    if (!validate) throw new Error(`No schema at #${pointer} in the bundle`);
    return validate;
  }

  private errorsOf(validate: ValidateFunction): SchemaError[] {
    return (validate.errors ?? []).map((error) => {
      const parent = this.pointerOf(error.parentSchema);
      return {
        instancePath: error.instancePath,
        schemaPath: parent === undefined ? error.schemaPath : `#${parent}/${error.keyword}`,
        message: error.message ?? 'is invalid',
      };
    });
  }

  /** The errors of a response value against the schema at `pointer`; write-only properties are errors. */
  response(pointer: string, value: unknown): SchemaError[] {
    const validate = this.compiled(this.responseAjv, pointer);
    return validate(value) ? [] : this.errorsOf(validate);
  }

  /** The errors of a request value against the schema at `pointer`, ignoring read-only properties. */
  request(pointer: string, value: unknown): RequestCheck {
    const validate = this.compiled(this.requestAjv, pointer);
    this.recording = { readOnlyPaths: [], writeOnlyValues: [] };
    try {
      if (validate(value)) return { errors: [], writeOnlyValues: this.recording.writeOnlyValues };
      const { readOnlyPaths, writeOnlyValues } = this.recording;
      if (readOnlyPaths.length === 0) return { errors: this.errorsOf(validate), writeOnlyValues };
      // Validate again without the read-only properties: they are ignored, whatever they hold.
      const stripped = structuredClone(value);
      for (const path of readOnlyPaths) removeAt(stripped, path);
      return { errors: validate(stripped) ? [] : this.errorsOf(validate), writeOnlyValues };
    } finally {
      this.recording = undefined;
    }
  }
}

/** Deletes the property at a JSON pointer (`/a/0/b`) of `value`, if it is there. */
function removeAt(value: unknown, pointer: string): void {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segments.pop();
  if (last === undefined) return;
  const parent = segments.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
  if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
}
