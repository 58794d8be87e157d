import type { Api } from '@contracts/bundles/model';
import { isNotImplemented } from './handler';
import { MemoryStore, readOnlyTransaction, type Store, type StoreTransaction, StoreUnavailableError } from './store';
import type { Answer, AnyVendor, Caller, Vendor, VendorRequest } from './vendor';

export interface FakeOptions<Credentials = unknown> {
  /** Where state lives (default: a new in-memory store). */
  store?: Store;
  /** The credentials it accepts (default: the vendor's defaults). */
  credentials?: Credentials;
}

/** A stateful fake of one vendor API: its store, its authentication and its handlers, without any transport. */
export interface Fake<Credentials = unknown> {
  api: Api;
  vendor: AnyVendor;
  store: Store;
  credentials: Credentials;
  /** The caller behind an `Authorization` header, or undefined; throws `StoreUnavailableError` while the store is down. */
  authenticate(authorization: string | undefined): Promise<Caller<unknown> | undefined>;
  /**
   * Runs the handler of `request.operation` in one store transaction, so a request that answers an error changes
   * nothing; a scaffolded handler answers 501. Throws `StoreUnavailableError` while the store is down.
   */
  run(request: VendorRequest, caller: Caller<unknown> | undefined): Promise<Answer>;
  /** Seeds the store from the spec's examples if it was never seeded (`force`: even if it was). */
  seed(force?: boolean): Promise<boolean>;
}

/** Builds the stateful fake of `api` run by `vendor`; the request pipeline authenticates, validates, then runs it. */
export function createFake<Principal, Credentials>(
  api: Api,
  vendor: Vendor<Principal, Credentials>,
  options: FakeOptions<Credentials> = {},
): Fake<Credentials> {
  const store = options.store ?? new MemoryStore();
  const credentials = options.credentials ?? vendor.credentials.read();
  return {
    api,
    vendor,
    store,
    credentials,
    authenticate: (authorization) => vendor.authenticate(authorization, store, credentials) as Promise<Caller<unknown> | undefined>,
    async run(request, caller) {
      const { operation } = request;
      const handler = vendor.operationHandlers[operation.operationId];
      if (!handler || isNotImplemented(handler)) {
        return vendor.errors.error(501, `${operation.operationId} is not implemented yet; implement its module in packages/vendors/${api.name}/handlers/`);
      }
      const input = { params: request.params, query: request.query, body: request.body };
      const run = async (transaction: StoreTransaction) =>
        (await handler(input, { store: transaction, principal: caller?.principal, token: caller?.token, credentials })) as Answer;
      // Reads (GET) run outside the queue of transactions.
      if (operation.method === 'get') return run(readOnlyTransaction(store));
      return store.transaction(async (transaction) => {
        const answer = await run(transaction);
        // Validate, then act: only an accepted request leaves its writes behind.
        if (answer.status >= 300) transaction.discard();
        return answer;
      });
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
