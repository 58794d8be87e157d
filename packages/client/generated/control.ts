// Generated from spec/control/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: a89ccc41204682f7
import type { paths } from "@contracts/types/control";
import { type ApiClientOptions, createApiClient } from "../src/create-api-client";

/**
 * A typed client for Contracts Control API: paths, parameters and bodies are checked against the spec. Its `baseUrl`
 * is the origin of a stub or a mock (`http://127.0.0.1:3010`), its `token` the server's control token, if any.
 */
export function createControlClient(options: ApiClientOptions) {
  return createApiClient<paths>(options);
}
