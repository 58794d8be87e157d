import type { OpenApiDocument } from '@contracts/bundles';
import { vendors } from '@contracts/vendors/registry';
import { type Json, type KitOperation, type Media, objectShape } from './operations';

/** How the kit authenticates, derived from the spec's security schemes and its anonymous login operation. */
export interface AuthPlan {
  /** The anonymous operation that exchanges a key for an access token (Looker's `POST /login`), if the API has one. */
  login?: {
    operation: KitOperation;
    media: Media;
    /** Each field of the login body a credential variable fills (`client_id` ← `LOOKER_CLIENT_ID`). */
    fields: Record<string, string>;
    /** The variables the fields come from, for messages. */
    variables: string[];
  };
  /** A token given up front (`--token`, or the API's token variable); when absent the kit logs in. */
  token?: string;
  /** What the summary says about it. */
  description: string;
  /** Whether the login fields have values the user configured (a variable set, or the defaults against a local target). */
  loginConfigured: boolean;
}

/** The response property that carries an access token in an OAuth-style login answer. */
const tokenProperty = 'access_token';

/** The credential variables of an API with their defaults: what its local fakes accept (`@contracts/vendors`). */
export const credentialVariablesOf = (apiName: string): Record<string, string> => vendors[apiName]?.credentials.variables ?? {};

/** The anonymous operation whose success answer carries an access token: the API's login. */
function loginOperation(document: OpenApiDocument, operations: KitOperation[]): KitOperation | undefined {
  return operations.find(
    (operation) =>
      operation.anonymous &&
      operation.requestBody !== undefined &&
      operation.responses.some(
        (response) =>
          response.status >= 200 && response.status < 300 && response.content.some((media) => tokenProperty in objectShape(document, media.schema).properties),
      ),
  );
}

/**
 * Plans authentication for `apiName`: `--token` wins; else an API with an anonymous login operation logs in with
 * the `<API>_<FIELD>` variables of its vendor's credentials (Looker: `LOOKER_CLIENT_ID`, `LOOKER_CLIENT_SECRET`);
 * else the API's one token variable is sent as a bearer token (`TRUTO_API_TOKEN`, `VERSORI_API_KEY`).
 */
export function planAuth(apiName: string, document: OpenApiDocument, operations: KitOperation[], env: NodeJS.ProcessEnv, token?: string): AuthPlan {
  const prefix = `${apiName.toUpperCase()}_`;
  const defaults = credentialVariablesOf(apiName);
  const readVariable = (name: string): string | undefined => env[name] || defaults[name];
  const operation = loginOperation(document, operations);
  let login: AuthPlan['login'];
  if (operation) {
    const media = operation.requestBody?.content[0] as Media;
    const fields: Record<string, string> = {};
    const variables: string[] = [];
    // Every field of the login body that a credential variable fills (Looker's are optional: the key may come in
    // the query string instead), and every required one, which must then have a variable.
    const shape = objectShape(document, media.schema);
    for (const field of new Set([...Object.keys(shape.properties), ...shape.required])) {
      const variable = `${prefix}${field.toUpperCase()}`;
      const value = readVariable(variable);
      if (value === undefined) {
        if (shape.required.includes(field)) throw new Error(`${operation.operationId} needs ${field}; set ${variable} (or pass --token)`);
        continue;
      }
      fields[field] = value;
      variables.push(variable);
    }
    login = { operation, media, fields, variables };
  }
  const loginConfigured = !token || (login?.variables.some((variable) => Boolean(env[variable])) ?? false);
  if (token) return { login, token, description: 'the token given with --token', loginConfigured };
  if (login) {
    return {
      login,
      description: `${login.operation.method.toUpperCase()} ${login.operation.path} with ${login.variables.join(' and ')}, then its ${tokenProperty} as a bearer token`,
      loginConfigured,
    };
  }
  const variable = Object.keys(defaults)[0];
  const fromEnv = variable ? readVariable(variable) : undefined;
  if (!variable || !fromEnv) return { description: 'no credentials (pass --token)', loginConfigured };
  return { token: fromEnv, description: `${variable} as a bearer token`, loginConfigured };
}

/** The access token in a login answer, if there is one. */
export function tokenFrom(body: unknown): string | undefined {
  const value = (body as Json | undefined)?.[tokenProperty];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
