import type { Api, Operation } from '@contracts/bundles/model';
import { writeOnlyStripper } from '@contracts/bundles/model';
import type { ErrorResponse } from './errors';
import { isNotImplemented } from './handler';
import { MemoryStore, readOnlyTransaction, type Store, type StoreTransaction, StoreUnavailableError, storeUnavailableMessage } from './store';
import type { Answer, AnyVendor, Caller, Vendor, VendorRequest } from './vendor';

export interface FakeOptions<Credentials = unknown> {
  /** Where state lives (default: a new in-memory store). */
  store?: Store;
  /** The credentials it accepts (default: the vendor's defaults). */
  credentials?: Credentials;
}

/** What a transport needs to know about an operation, worked out once. */
interface OperationFacts {
  /** The message of the spec's first 401 example, so errors read as the spec shows them. */
  unauthenticated: string;
  /** Removes write-only fields from the answer of each status. */
  strippers: Map<number, (body: unknown) => unknown>;
  /** Reads only (GET, HEAD): they run outside the queue of transactions. */
  readOnly: boolean;
}

/** A stateful fake of one vendor API: authentication, the handlers and the store, without any transport. */
export interface Fake<Credentials = unknown> {
  api: Api;
  vendor: AnyVendor;
  store: Store;
  credentials: Credentials;
  /** The caller of `operation`, or the vendor's 401 (or 503 when the store is unreachable). */
  authenticate(operation: Operation, authorization: string | undefined): Promise<{ caller?: Caller<unknown>; error?: ErrorResponse }>;
  /** Runs the operation's handler in one store transaction; a failed request changes nothing. */
  handle(request: VendorRequest, caller: Caller<unknown> | undefined): Promise<Answer>;
  /** Seeds the store from the spec's examples if it was never seeded (`force`: even if it was). */
  seed(force?: boolean): Promise<boolean>;
}

const unavailable = (vendor: AnyVendor, error: unknown): ErrorResponse => {
  if (error instanceof StoreUnavailableError) return vendor.errors.error(503, storeUnavailableMessage);
  throw error;
};

/** Builds the stateful fake of `api` run by `vendor`; transports (Express, MSW) validate requests, then call it. */
export function createFake<Principal, Credentials>(
  api: Api,
  vendor: Vendor<Principal, Credentials>,
  options: FakeOptions<Credentials> = {},
): Fake<Credentials> {
  const store = options.store ?? new MemoryStore();
  const credentials = options.credentials ?? vendor.credentials.read();
  const facts = new Map<Operation, OperationFacts>();
  const factsOf = (operation: Operation): OperationFacts => {
    let known = facts.get(operation);
    if (!known) {
      const example = operation.responses.get(401)?.content['application/json']?.examples[0]?.value as { message?: unknown } | undefined;
      known = {
        unauthenticated: typeof example?.message === 'string' ? example.message : 'Requires authentication',
        strippers: new Map(
          [...operation.responses.values()].map((response) => [response.status, writeOnlyStripper(api.document, response.content['application/json']?.schema)]),
        ),
        readOnly: operation.method === 'get' || operation.method === 'head',
      };
      facts.set(operation, known);
    }
    return known;
  };

  return {
    api,
    vendor,
    store,
    credentials,
    async authenticate(operation, authorization) {
      if (operation.anonymous) return {};
      try {
        const caller = await vendor.authenticate(authorization, store, credentials);
        return caller ? { caller: caller as Caller<unknown> } : { error: vendor.errors.error(401, factsOf(operation).unauthenticated) };
      } catch (error) {
        return { error: unavailable(vendor, error) };
      }
    },
    async handle(request, caller) {
      const { operation } = request;
      const refusal = vendor.refuse?.(request);
      if (refusal) return refusal;
      const handler = vendor.handlers[operation.operationId];
      if (!handler || isNotImplemented(handler)) {
        return vendor.errors.error(
          501,
          `${operation.operationId} is not implemented yet; implement packages/vendors/${api.name}/handlers/${operation.operationId}.ts`,
        );
      }
      const { strippers, readOnly } = factsOf(operation);
      const input = { params: request.params, query: request.query, body: request.body };
      const run = async (transaction: StoreTransaction) =>
        (await handler(input, { store: transaction, principal: caller?.principal, token: caller?.token, credentials })) as Answer;
      let answer: Answer;
      try {
        answer = readOnly
          ? await run(readOnlyTransaction(store))
          : await store.transaction(async (transaction) => {
              const result = await run(transaction);
              // Validate, then act: only an accepted request leaves its writes behind.
              if (result.status >= 300) transaction.discard();
              return result;
            });
      } catch (error) {
        return unavailable(vendor, error);
      }
      const strip = strippers.get(answer.status);
      const visible = strip && answer.body !== undefined ? { ...answer, body: strip(answer.body) } : answer;
      return visible.status < 300 && vendor.shape ? vendor.shape(request, visible) : visible;
    },
    async seed(force = false) {
      try {
        return await store.seed(vendor.seed(api, credentials), { force });
      } catch (error) {
        if (error instanceof StoreUnavailableError) throw new Error(`${api.name}: the store cannot be reached to seed it (${error.message})`);
        throw error;
      }
    },
  };
}
