// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: c8de92778d903b65
import type { paths } from "@contracts/types/truto";
import { type ApiClientOptions, createApiClient } from "../src/create-api-client";

/** Base URLs of Truto Admin API from the spec's `servers`: the vendor's (variables at their defaults), the local mock's and the local stub's. */
export const trutoBaseUrls = {
  vendor: "https://api.truto.one",
  mock: "http://127.0.0.1:4011",
  stub: "http://127.0.0.1:3011",
} as const;

/** A typed client for Truto Admin API: paths, parameters and bodies are checked against the spec. */
export function createTrutoClient(options: ApiClientOptions) {
  return createApiClient<paths>(options);
}
