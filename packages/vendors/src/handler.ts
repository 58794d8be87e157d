// The typed contract between a transport (the stub, MSW) and one operation's handler module. Every type is derived
// from an `operations[...]` entry of `@contracts/types/<api>`, so the spec, not this file, decides what compiles.
// Readable/Writable are the same generic helpers in every generated file; the Looker copy serves all APIs.
import type { $Write, Readable, Writable } from '@contracts/types/looker';
import type { StoreTransaction } from './store';

/** The shape every openapi-typescript operation has. */
export interface OperationShape {
  parameters: { query?: unknown; header?: unknown; path?: unknown; cookie?: unknown };
  requestBody?: { content: Record<string, unknown> };
  responses: Record<number, unknown>;
}

/** An object with no keys: reading any property of it fails to compile. */
type Nothing = Record<never, never>;
type OrNothing<T> = [NonNullable<T>] extends [never] ? Nothing : NonNullable<T>;

export type PathParamsOf<O extends OperationShape> = OrNothing<O['parameters']['path']>;
export type QueryOf<O extends OperationShape> = OrNothing<O['parameters']['query']>;
export type RequestBodyOf<O extends OperationShape> = O extends { requestBody: { content: infer C } }
  ? Writable<C[keyof C]>
  : O extends { requestBody?: { content: infer C } }
    ? Writable<C[keyof C]> | undefined
    : undefined;

/** Top-level keys the spec marks writeOnly. */
type WriteOnlyKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends $Write<unknown> ? K : never }[keyof T];
/**
 * A response body: the readable view of the schema, and its write-only fields forbidden outright, so that
 * returning a stored entity that still holds a secret (say `authorization_token`) fails to compile.
 */
type ResponseBody<T> = T extends readonly unknown[] ? Readable<T> : T extends object ? Readable<T> & { [K in WriteOnlyKeys<T>]?: never } : Readable<T>;
type BodyOfResponse<R> = R extends { content: infer C } ? ResponseBody<C[keyof C]> : undefined;
type Statuses<O extends OperationShape> = keyof O['responses'] & number;

/** One documented response of `O`: its status, its body, and optional extra headers. */
export type HandlerResult<O extends OperationShape> = {
  [S in Statuses<O>]: BodyOfResponse<O['responses'][S]> extends undefined
    ? { status: S; body?: undefined; headers?: Record<string, string> }
    : { status: S; body: BodyOfResponse<O['responses'][S]>; headers?: Record<string, string> };
}[Statuses<O>];

/** What a handler reads from the request: only what the spec declares, already validated. */
export interface HandlerInput<O extends OperationShape> {
  params: PathParamsOf<O>;
  query: QueryOf<O>;
  body: RequestBodyOf<O>;
}

/** What a handler gets besides its input. */
export interface HandlerContext<Principal, Credentials> {
  /** The API's state, inside this request's transaction: a request that fails changes nothing. */
  store: StoreTransaction;
  /** The caller, as the vendor authenticated it (undefined on anonymous operations). */
  principal: Principal;
  /** The token the caller sent, if any (Looker's logout ends it). */
  token: string | undefined;
  /** The credentials the fake accepts (from the environment, or the MSW options). */
  credentials: Credentials;
}

/** The handler of operation `O`: one module per operationId under `packages/vendors/<api>/handlers/`. */
export type OperationHandler<O extends OperationShape, Context> = (input: HandlerInput<O>, context: Context) => HandlerResult<O> | Promise<HandlerResult<O>>;

// biome-ignore lint/suspicious/noExplicitAny: a transport hands each handler exactly what its own module's types describe.
export type AnyHandler = (input: any, context: any) => unknown;

/** Marks scaffolded handlers so that `pnpm check` can list the operations still answering 501. */
export const notImplementedMarker = Symbol.for('@contracts/vendors/not-implemented');

/** A function flagged as not implemented; transports answer 501 in the vendor's shape instead of calling it. */
export interface NotImplemented {
  (): never;
  [notImplementedMarker]: string;
}

/**
 * The default export of a scaffolded handler module. It has no types on purpose: replace it with an
 * `OperationHandler` typed for the operation and the compiler holds you to the spec.
 */
export function notImplemented(operationId: string): NotImplemented {
  const handler = (() => {
    throw new Error(`${operationId} is not implemented`);
  }) as NotImplemented;
  handler[notImplementedMarker] = operationId;
  return handler;
}

export function isNotImplemented(value: unknown): value is NotImplemented {
  return typeof value === 'function' && notImplementedMarker in value;
}
