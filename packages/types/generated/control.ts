// Generated from spec/control/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: a89ccc41204682f7
export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/__contracts/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the faults
         * @description The faults in force, in the order they are tried, each with the calls it still applies to.
         */
        get: operations["listFaults"];
        put?: never;
        /**
         * Add a fault
         * @description Adds a fault; it applies from the next call on. The status must be one the operation documents
         *     (for `*`, every operation) unless the server runs with `--allow-undocumented-faults`; the named
         *     example must be one of that status. A 429 carries `Retry-After`.
         */
        post: operations["addFault"];
        /**
         * Remove every fault
         * @description Removes every fault; the next calls are answered normally.
         */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__contracts/faults/{fault_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a fault
         * @description Removes one fault; the others stay in force.
         */
        delete: operations["removeFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__contracts/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the request journal
         * @description The vendor requests the server received, oldest first, with the status of each answer. The journal
         *     keeps the latest 1000 (the oldest are dropped). Control requests are not in it.
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /**
         * Empty the request journal
         * @description Forgets every request received so far.
         */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__contracts/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the state as fixtures
         * @description Every resource of each fixture collection of the stub, in the format `POST /__contracts/fixtures`
         *     loads (YAML with `Accept: application/yaml`, else JSON), write-only fields included: export a state
         *     once, load it before each test.
         */
        get: operations["exportFixtures"];
        put?: never;
        /**
         * Load fixtures
         * @description Replaces every resource of each collection the fixtures give (other collections keep theirs), in
         *     one transaction: every replica on a shared store sees all of them at once, or, when one resource
         *     breaks the vendor's schema of its collection, none of them (422 with every violation). Fields a
         *     resource leaves out get the values the vendor would give a new one.
         */
        post: operations["loadFixtures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__contracts/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put the state back to its seed
         * @description The stub's store seeded again from the spec's examples (every replica on a shared store sees it),
         *     the tokens it issued and its rate counts dropped; the mock forgets the tokens it issued and its rate
         *     counts. Faults and the journal are kept: remove them with `DELETE /__contracts/faults` and `DELETE
         *     /__contracts/requests`.
         */
        post: operations["resetState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A range of delays; each call waits a random time within it. */
        LatencyRange: {
            /**
             * @description The shortest delay, in milliseconds.
             * @example 200
             */
            min: number;
            /**
             * @description The longest delay, in milliseconds (at least `min`).
             * @example 800
             */
            max: number;
        };
        /**
         * @description A fault injected into one operation (or `*`, every operation): the vendor's documented answer of an
         *     error `status`, a dropped connection (`kind: reset`) or a request that is never answered (`kind:
         *     hang`; not with a `status`), each optionally after `latencyMs`; or `latencyMs` alone, which delays the normal answer. It
         *     applies to the next `times` calls (default: every call until removed), each with probability `rate`
         *     (default 1). The faults of an operation are tried before those of `*`, each in the order added; the
         *     first that applies decides the call. A fault needs a `status`, a `kind` or a `latencyMs`.
         */
        Fault: {
            /**
             * @description The fault's id, to remove it alone.
             * @example 1
             */
            id?: $Read<string>;
            /**
             * @description The operationId the fault applies to, as the vendor's spec names it, or `*` for every operation.
             * @example update_integration_hub
             */
            operationId: string;
            /**
             * @description An error status the operation documents (for `*`, one every operation documents), answered with
             *     its documented headers and example body. A status not documented is refused unless the server
             *     runs with `--allow-undocumented-faults`; it is then answered in the vendor's error shape.
             * @example 429
             */
            status?: number;
            /**
             * @description The named example of the status to answer with (default its first).
             * @example rateLimited
             */
            example?: string;
            /**
             * @description The `Retry-After` of a 429 (default the documented example's value).
             * @example 1
             */
            retryAfterSeconds?: number;
            /**
             * @description `reset` drops the connection without an answer; `hang` never answers, until the client goes away.
             * @enum {string}
             */
            kind?: "reset" | "hang";
            /**
             * @description How long to wait before answering, in milliseconds; a range waits a random time within it.
             * @example 250
             */
            latencyMs?: number | components["schemas"]["LatencyRange"];
            /**
             * @description How many calls the fault applies to before it is removed (default every call).
             * @example 2
             */
            times?: number;
            /**
             * @description The fraction of calls the fault applies to, decided call by call (default 1).
             * @example 0.25
             */
            rate?: number;
            /**
             * @description How many more calls the fault applies to; null when it has no `times`.
             * @example 2
             */
            remaining?: $Read<number | null>;
        };
        /** @description One rule broken, at a JSON pointer into the request's body (or query). */
        ControlViolation: {
            /**
             * @description The JSON pointer of the value at fault (`/integration_hubs/1/url`); empty for the whole body.
             * @example /status
             */
            path: string;
            /**
             * @description What is wrong with it.
             * @example must be <= 599
             */
            message: string;
        };
        /** @description Every error of the control API. */
        ControlError: {
            /**
             * @description What went wrong and what to do, for a person to read.
             * @example update_integration_hub does not document 503 (it documents 200, 400, 401, 404, 413, 415, 422, 429)
             */
            message: string;
            /** @description Each rule a request (or a fixture) broke, where it broke it. */
            violations?: components["schemas"]["ControlViolation"][];
        };
        /**
         * @description One vendor request the server received and what it answered. Credentials are masked (`***`): the
         *     value of `Authorization`, `Proxy-Authorization`, `Cookie` and headers of `apiKey` security schemes
         *     (the scheme word of `Authorization` is kept), body fields the spec marks `writeOnly` (such as
         *     Looker's `client_secret`), and query parameters of the same names.
         */
        JournalEntry: {
            /**
             * Format: date-time
             * @description When the request arrived.
             * @example 2026-12-08T09:30:00.000Z
             */
            time: $Read<string>;
            /**
             * @description The HTTP method.
             * @example PATCH
             */
            method: $Read<string>;
            /**
             * @description The path and query string as sent, with credentials in the query masked.
             * @example /api/4.0/integration_hubs/2
             */
            path: $Read<string>;
            /**
             * @description The operation the request reached; null for a path or method the spec does not have.
             * @example update_integration_hub
             */
            operationId: $Read<string | null>;
            /** @description The request's headers by lower-case name, credentials masked. */
            headers: $Read<{
                [key: string]: string;
            }>;
            /**
             * @description The body as the server read it (JSON, or a form's fields), write-only fields masked; absent when
             *     there was none, or when the request was refused before its body was read (401, 404, 405).
             */
            body?: $Read<unknown>;
            /**
             * @description The status answered; null when the connection was dropped or the request never answered.
             * @example 429
             */
            status: $Read<number | null>;
            /**
             * @description How a fault ended the request without an answer.
             * @enum {string}
             */
            interrupted?: $Read<"reset" | "hang">;
            /**
             * @description The fault that decided the answer; null when none did.
             * @example 1
             */
            faultId: $Read<string | null>;
        };
        /**
         * @description Resources by collection, each as the vendor's API shows it (write-only fields, such as a hub's
         *     `authorization_token`, may be given), in JSON or YAML. The collections of each vendor: Looker
         *     `integration_hubs` (`IntegrationHub`), Truto `environment_integrations` (`EnvironmentIntegration`),
         *     Versori `connectors` (`Connector`). Loading replaces every resource of each collection given; other
         *     collections keep theirs. Each resource is validated against the vendor's schema of its collection and
         *     needs its `id`.
         */
        Fixtures: {
            [key: string]: {
                [key: string]: unknown;
            }[];
        };
        /** @description How many resources of each collection were loaded. */
        FixturesLoaded: {
            /** @description The number of resources by collection. */
            loaded: {
                [key: string]: number;
            };
        };
    };
    responses: {
        /** @description The server runs with a control token and the request did not send it. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The request is malformed (a body that is not JSON or YAML, a query parameter it does not take). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The body is larger than the server's body limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The body is neither JSON nor YAML. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description The server keeps no state to load into or export (the mock answers from the spec's examples). */
        Stateless: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
    };
    parameters: {
        /**
         * @description The id of a fault, as adding it answered.
         * @example 1
         */
        FaultId: string;
        /**
         * @description Only the requests that reached this operation.
         * @example update_integration_hub
         */
        OperationIdFilter: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The faults in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    addFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        responses: {
            /** @description The fault, in force. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The fault cannot be injected (an unknown operation, a status it does not document, a range upside down). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No fault is in force. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    removeFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a fault, as adding it answered.
                 * @example 1
                 */
                fault_id: components["parameters"]["FaultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fault is removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description No fault has this id (it may have run out of `times`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /**
                 * @description Only the requests that reached this operation.
                 * @example update_integration_hub
                 */
                operationId?: components["parameters"]["OperationIdFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journal is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    exportFixtures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resources, by collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fixtures"];
                    "application/yaml": components["schemas"]["Fixtures"];
                };
            };
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Stateless"];
        };
    };
    loadFixtures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Fixtures"];
                "application/yaml": components["schemas"]["Fixtures"];
            };
        };
        responses: {
            /** @description The fixtures are loaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FixturesLoaded"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Stateless"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A collection the vendor does not have, or a resource that breaks its schema; nothing was loaded. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    resetState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state is back to its seed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}

// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.
export type LatencyRange = Readable<components["schemas"]["LatencyRange"]>;
export type LatencyRangeInput = Writable<components["schemas"]["LatencyRange"]>;
export type Fault = Readable<components["schemas"]["Fault"]>;
export type FaultInput = Writable<components["schemas"]["Fault"]>;
export type ControlViolation = Readable<components["schemas"]["ControlViolation"]>;
export type ControlError = Readable<components["schemas"]["ControlError"]>;
export type JournalEntry = Readable<components["schemas"]["JournalEntry"]>;
export type Fixtures = Readable<components["schemas"]["Fixtures"]>;
export type FixturesInput = Writable<components["schemas"]["Fixtures"]>;
export type FixturesLoaded = Readable<components["schemas"]["FixturesLoaded"]>;
export type ListFaultsResponse = Readable<operations["listFaults"]["responses"][200]["content"]["application/json"]>;
export type ListFaultsErrorBody = Readable<operations["listFaults"]["responses"][401]["content"]["application/json"]>;
export type AddFaultRequestBody = Writable<NonNullable<operations["addFault"]["requestBody"]>["content"]["application/json"]>;
export type AddFaultResponse = Readable<operations["addFault"]["responses"][201]["content"]["application/json"]>;
export type AddFaultErrorBody = Readable<operations["addFault"]["responses"][400]["content"]["application/json"] | operations["addFault"]["responses"][401]["content"]["application/json"] | operations["addFault"]["responses"][413]["content"]["application/json"] | operations["addFault"]["responses"][415]["content"]["application/json"] | operations["addFault"]["responses"][422]["content"]["application/json"]>;
export type ClearFaultsErrorBody = Readable<operations["clearFaults"]["responses"][401]["content"]["application/json"]>;
export type RemoveFaultErrorBody = Readable<operations["removeFault"]["responses"][401]["content"]["application/json"] | operations["removeFault"]["responses"][404]["content"]["application/json"]>;
export type RemoveFaultPathParams = operations["removeFault"]["parameters"]["path"];
export type ListRequestsResponse = Readable<operations["listRequests"]["responses"][200]["content"]["application/json"]>;
export type ListRequestsErrorBody = Readable<operations["listRequests"]["responses"][400]["content"]["application/json"] | operations["listRequests"]["responses"][401]["content"]["application/json"]>;
export type ListRequestsQuery = NonNullable<operations["listRequests"]["parameters"]["query"]>;
export type ClearRequestsErrorBody = Readable<operations["clearRequests"]["responses"][401]["content"]["application/json"]>;
export type ExportFixturesResponse = Readable<operations["exportFixtures"]["responses"][200]["content"]["application/json"]>;
export type ExportFixturesErrorBody = Readable<operations["exportFixtures"]["responses"][401]["content"]["application/json"] | operations["exportFixtures"]["responses"][409]["content"]["application/json"]>;
export type LoadFixturesRequestBody = Writable<NonNullable<operations["loadFixtures"]["requestBody"]>["content"]["application/json"]>;
export type LoadFixturesResponse = Readable<operations["loadFixtures"]["responses"][200]["content"]["application/json"]>;
export type LoadFixturesErrorBody = Readable<operations["loadFixtures"]["responses"][400]["content"]["application/json"] | operations["loadFixtures"]["responses"][401]["content"]["application/json"] | operations["loadFixtures"]["responses"][409]["content"]["application/json"] | operations["loadFixtures"]["responses"][413]["content"]["application/json"] | operations["loadFixtures"]["responses"][415]["content"]["application/json"] | operations["loadFixtures"]["responses"][422]["content"]["application/json"]>;
export type ResetStateErrorBody = Readable<operations["resetState"]["responses"][401]["content"]["application/json"]>;
