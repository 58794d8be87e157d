import type { Api, Operation } from '@contracts/bundles/model';
import type { CredentialSettings } from './credentials';
import type { ErrorResponse, VendorErrors } from './errors';
import type { AnyHandler } from './handler';
import type { Collection, SeedRecord, StoreReader } from './store';

/** A request that reached an operation and passed the spec's validation, as every transport hands it over. */
export interface VendorRequest {
  operation: Operation;
  /** Path parameters by name, decoded. */
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed body (JSON, or the fields of a form). */
  body: unknown;
}

/** An answer as every transport writes it. */
export interface Answer {
  status: number;
  headers?: Record<string, string | number>;
  body?: unknown;
}

/** An authenticated caller. */
export interface Caller<Principal> {
  principal: Principal;
  token: string;
}

/**
 * How a vendor answers when the answers come from the spec's examples instead of a store (the Prism mock, MSW's
 * examples mode): which credentials it accepts, and what it changes about an example (Looker's `/login` tokens).
 */
export interface ExampleRules {
  /** Whether the `Authorization` header carries a credential the vendor accepts. */
  authenticate(authorization: string | undefined): boolean;
  /**
   * Refuses a request the spec's schemas accept but the vendor would not (wrong credentials in Looker's `/login`
   * body). Without a body, the documented example of the status is answered.
   */
  refuse?(request: VendorRequest): { status: number; body?: unknown } | undefined;
  /** Adjusts the example answer to a valid request the way the vendor would. */
  answer?(request: VendorRequest, answer: Answer): Answer;
}

/**
 * A collection a fixture file may set (`POST /__contracts/fixtures`): its resources as the vendor's API shows them,
 * stored as the vendor's handlers keep them, and exported back in the same form.
 */
export interface FixtureCollection {
  // biome-ignore lint/suspicious/noExplicitAny: each vendor's collection holds its own record type; the control API passes records along.
  collection: Collection<any>;
  /** The spec's schema of one resource (a JSON pointer into the bundle), which every resource of a fixture must match. */
  schema: string;
  /** The record a resource is stored as: the resource, with what it leaves out filled in as the vendor would. */
  toRecord(resource: Record<string, unknown>): unknown;
  /** The key a record is stored under; undefined when the resource gave no id. */
  keyOf(record: unknown): string | undefined;
  /** The resource a stored record is exported as, write-only fields included: what `toRecord` takes back. */
  toResource(record: unknown): unknown;
}

/**
 * Everything one vendor's fake knows beyond its spec, in one folder per vendor (`packages/vendors/<api>/`), free of
 * any framework or Node API so that the Express stub, the Prism mock and MSW in a browser all run the same code.
 */
export interface Vendor<Principal = unknown, Credentials = unknown> {
  /** The API's name in redocly.yaml. */
  name: string;
  /** Its error bodies, its answer to a request that broke the spec, and its `Authorization` schemes. */
  errors: VendorErrors;
  /** The credentials its fakes accept, and the environment variables they come from. */
  credentials: CredentialSettings<Credentials>;
  /** What a new store holds: the entities the spec's examples describe. */
  seed(api: Api, credentials: Credentials): SeedRecord[];
  /** The caller behind an `Authorization` header, or undefined when it is missing or wrong. */
  authenticate(authorization: string | undefined, store: StoreReader, credentials: Credentials): Promise<Caller<Principal> | undefined>;
  /** The handler module of every operation, by operationId (generated: `packages/vendors/generated/<api>.ts`). */
  operationHandlers: Record<string, AnyHandler>;
  /** Refuses, before any handler or example, a request the schemas accept but the vendor would not. */
  refuse?(request: VendorRequest): ErrorResponse | undefined;
  /** Shapes a successful answer the way the vendor does, whoever produced it (Looker's `fields=`). */
  shape?(request: VendorRequest, answer: Answer): Answer;
  /** The rules for answering from examples, for one mock instance (it may keep the tokens it issued). */
  exampleRules(api: Api, credentials: Credentials): ExampleRules;
  /** The collections a fixture file may set, by the name the file gives them (`integration_hubs`). */
  fixtures?: Record<string, FixtureCollection>;
}

/** Declares a vendor; only here for type inference. */
export const defineVendor = <Principal, Credentials>(vendor: Vendor<Principal, Credentials>): Vendor<Principal, Credentials> => vendor;

/** Any vendor, as transports see them. */
// biome-ignore lint/suspicious/noExplicitAny: transports treat principals and credentials as opaque values they pass along.
export type AnyVendor = Vendor<any, any>;
