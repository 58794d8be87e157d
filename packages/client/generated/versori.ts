// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: bee59ff128e77e21
import type { paths } from "@contracts/types/versori";
import { type ApiClientOptions, createApiClient } from "../src/create-api-client";

/** Base URLs of Versori Connect API from the spec's `servers`: the vendor's (variables at their defaults), the local mock's and the local stub's. */
export const versoriBaseUrls = {
  vendor: "https://platform.versori.com/api/connect/v1",
  mock: "http://127.0.0.1:4012/api/connect/v1",
  stub: "http://127.0.0.1:3012/api/connect/v1",
} as const;

/** A typed client for Versori Connect API: paths, parameters and bodies are checked against the spec. */
export function createVersoriClient(options: ApiClientOptions) {
  return createApiClient<paths>(options);
}
