// Generated from spec/looker/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 6fcb52ac6c7c35f6
import type { paths } from "@contracts/types/looker";
import { type ApiClientOptions, createApiClient } from "../src/create-api-client";

/** Base URLs of Looker API 4.0 from the spec's `servers`: the vendor's (variables at their defaults), the local mock's and the local stub's. */
export const lookerBaseUrls = {
  vendor: "https://mycompany.cloud.looker.com/api/4.0",
  mock: "http://127.0.0.1:4010/api/4.0",
  stub: "http://127.0.0.1:3010/api/4.0",
} as const;

/** A typed client for Looker API 4.0: paths, parameters and bodies are checked against the spec. */
export function createLookerClient(options: ApiClientOptions) {
  return createApiClient<paths>(options);
}
