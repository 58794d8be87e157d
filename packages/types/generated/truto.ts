// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: c8de92778d903b65
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
    "/environment-integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Environment Integrations
         * @description List the environment integrations of the API token's environment: the integrations installed
         *     there, each with the environment's customisation of it.
         *
         *     Filter by `integration_id`, `show_in_catalog`, `is_enabled`, and by the name or category of the
         *     installed integration (`integration.name`, `integration.category`). Pages are cursor-based: `limit`
         *     caps the size of a page, and the answer's `next_cursor`, sent back as the `next_cursor` query
         *     parameter, reads the following page; it is `null` on the last page.
         */
        get: operations["listEnvironmentIntegrations"];
        put?: never;
        /**
         * Create Environment Integration
         * @description Install an integration in the API token's environment, optionally customised with an `override`
         *     of its config (for example extra OAuth scopes).
         *
         *     Installing is idempotent: when the integration is already installed in the environment, Truto
         *     returns the existing environment integration as it is, and the `show_in_catalog`, `is_enabled`
         *     and `override` of the request are not applied (change them with Update Environment
         *     Integration). Truto's reference page documents the body but not the status; 201, for a new
         *     installation and a repeated one alike, is inferred.
         */
        post: operations["createEnvironmentIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environment-integration/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Environment Integration
         * @description Get one environment integration of the API token's environment, with the integration it installs.
         *
         *     Truto's reference page for this operation lists the same filters as the list (`integration_id`,
         *     `show_in_catalog`, `is_enabled`, `integration.name`, `integration.category`) without saying what
         *     they do to a single record; they are accepted.
         */
        get: operations["getEnvironmentIntegration"];
        put?: never;
        post?: never;
        /**
         * Delete Environment Integration
         * @description Uninstall an integration from the environment. Truto also revokes every integrated account
         *     connected through this environment integration. The answer names the deleted record.
         */
        delete: operations["deleteEnvironmentIntegration"];
        options?: never;
        head?: never;
        /**
         * Update Environment Integration
         * @description Update an environment integration: whether it shows in the catalog (`show_in_catalog`), whether it
         *     is enabled (`is_enabled`), and its `override`, the environment's customisation of the
         *     integration's config (default settings, extra functionality, how it fits the environment).
         *
         *     Only the fields sent change, and `updated_at` becomes the time of the update. `override`, when
         *     sent, replaces the stored override as a whole: Truto does not merge it key by key, so send the
         *     complete override (the keys to keep and the ones to change); `{}` or `null` clears it.
         */
        patch: operations["updateEnvironmentIntegration"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @description A UUID assigned by Truto.
         * @example 3fda2b4c-0516-41bc-8ae6-4927e42ecce9
         */
        Uuid: string;
        /**
         * Format: date-time
         * @description An ISO 8601 date-time set by Truto.
         * @example 2021-08-10T10:00:00.000Z
         */
        Timestamp: string;
        /**
         * @description The configuration object defining the underlying API of the integration: its base URL, headers,
         *     authorization, pagination and resources. Free-form; the keys below are the common ones.
         * @example {
         *       "base_url": "https://api.example.com",
         *       "label": "Example API",
         *       "logo": "https://example.com/logo.png",
         *       "headers": {
         *         "Content-Type": "application/json",
         *         "Accept": "application/json",
         *         "User-Agent": "truto"
         *       },
         *       "authorization": {
         *         "format": "bearer",
         *         "config": {
         *           "value": "{{oauth.token.access_token}}"
         *         }
         *       },
         *       "pagination": {
         *         "format": "page",
         *         "config": {
         *           "page_key": "page",
         *           "limit_key": "per_page"
         *         }
         *       },
         *       "resources": {
         *         "users": {
         *           "list": {
         *             "method": "get",
         *             "path": "/users",
         *             "response_path": "data.users"
         *           }
         *         }
         *       }
         *     }
         */
        IntegrationConfig: {
            /** @description The base URL of the underlying API. */
            base_url?: string;
            /** @description A display label of the underlying API. */
            label?: string;
            /** @description The URL of the underlying API's logo. */
            logo?: string;
            /** @description Headers sent with every request to the underlying API. */
            headers?: {
                [key: string]: string;
            };
            /** @description How requests to the underlying API are authorized. */
            authorization?: {
                [key: string]: unknown;
            };
            /** @description How the underlying API pages its lists. */
            pagination?: {
                [key: string]: unknown;
            };
            /** @description The resources of the underlying API and their methods. */
            resources?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The team that owns an integration. Inferred names: Truto's reference pages describe these fields
         *     without naming them, so they are named in Truto's snake_case style.
         */
        Team: {
            /** @description The ID of the team. */
            id: $Read<components["schemas"]["Uuid"]>;
            /** @description The name of the team. */
            name: string;
            /** @description The domain of the team. */
            domain?: string | null;
            /** @description The URL of the team's logo. */
            logo?: string | null;
            /** @description Whether the team is verified or not. */
            is_verified?: boolean;
            /** @description Whether the team is white-labeled or not. */
            is_white_label?: boolean;
            /** @description A link to the team's Terms of Service, if available. */
            tos_link?: string | null;
            /** @description Whether the team allows impersonation. */
            allow_impersonation?: boolean;
            /** @description The date and time when the team was created. */
            created_at?: $Read<components["schemas"]["Timestamp"]>;
            /** @description The date and time when the team was last updated. */
            updated_at?: $Read<components["schemas"]["Timestamp"]>;
        };
        /**
         * @description An integration: a connector to a third-party API. Truto's reference pages name `id`, `name`,
         *     `category`, `is_beta`, `config`, `team_id`, `sharing`, `created_at` and `updated_at`; the names of
         *     `installed_environment` and `team` are inferred from their descriptions, in Truto's snake_case style.
         */
        Integration: {
            /** @description The ID of the integration. */
            id: $Read<components["schemas"]["Uuid"]>;
            /**
             * @description The name of the integration.
             * @example zendesk
             */
            name: string;
            /**
             * @description The category of the integration.
             * @example helpdesk
             */
            category: string;
            /** @description Whether the integration is in beta or not. Beta integrations might not have been tested completely and are not recommended for production environments. */
            is_beta?: boolean;
            config: components["schemas"]["IntegrationConfig"];
            /** @description The ID of the team that owns this integration. */
            team_id?: $Read<components["schemas"]["Uuid"]>;
            /**
             * @description The sharing policy of the integration.
             * @example allow
             * @enum {string}
             */
            sharing?: "allow" | "ask" | "deny";
            /** @description The date and time when the integration was created. */
            created_at?: $Read<components["schemas"]["Timestamp"]>;
            /** @description The date and time when the integration was last updated. */
            updated_at?: $Read<components["schemas"]["Timestamp"]>;
            /** @description A list of environment IDs where this integration is installed. (Name inferred.) */
            installed_environment?: string[];
            /** @description The team that owns this integration. (Name inferred.) */
            team?: components["schemas"]["Team"];
        };
        /**
         * @description A config override of the integration at environment level: a partial integration config (base URL,
         *     headers, authorization, pagination, rate limiting, resources, …) that Truto deep-merges over the
         *     integration's `config` when it calls the underlying API from this environment. `null` when there is
         *     none; sending `null` removes it.
         * @example {
         *       "base_url": "https://eu.api.example.com",
         *       "headers": {
         *         "X-Region": "eu-west-1"
         *       }
         *     }
         */
        IntegrationOverride: {
            [key: string]: unknown;
        } | null;
        /** @description An integration installed in an environment, with the environment's customisation of it. */
        EnvironmentIntegration: {
            /** @description The ID of the environment integration. */
            id: $Read<components["schemas"]["Uuid"]>;
            /** @description The ID of the integration this environment integration references. */
            integration_id: $Read<components["schemas"]["Uuid"]>;
            /** @description The ID of the environment in which this integration is installed. */
            environment_id: $Read<components["schemas"]["Uuid"]>;
            /** @description Whether this integration is shown in the environment's catalog. */
            show_in_catalog: boolean;
            /** @description Whether this integration is enabled in the environment. */
            is_enabled: boolean;
            /** @description The date and time when the environment integration was created. */
            created_at: $Read<components["schemas"]["Timestamp"]>;
            /** @description The date and time when the environment integration was last updated. */
            updated_at: $Read<components["schemas"]["Timestamp"]>;
            /** @description The referenced integration object. */
            integration: components["schemas"]["Integration"];
            /** @description The config override of the integration at environment level, if any. */
            override?: components["schemas"]["IntegrationOverride"];
        };
        /**
         * @description One page of environment integrations. Pass `next_cursor` back as the `next_cursor` query parameter
         *     for the following page; it is `null` on the last page.
         */
        EnvironmentIntegrationList: {
            /** @description The environment integrations of this page. */
            result: components["schemas"]["EnvironmentIntegration"][];
            /**
             * @description The cursor of the following page, or `null` when this is the last page.
             * @example eyJpZCI6IjNmZGEyYjRjLTA1MTYtNDFiYy04YWU2LTQ5MjdlNDJlY2NlOSJ9
             */
            next_cursor: string | null;
            /**
             * @description The page size the answer used. Truto's notes list it in the envelope of its admin lists; its
             *     reference pages do not, so it may be absent.
             * @example 100
             */
            limit?: number;
        };
        /**
         * @description The body of every Truto error: the HTTP status, its name and a readable message. Truto's notes
         *     say its own errors carry these three fields, and that validation errors may add `details`.
         */
        Error: {
            /**
             * @description The HTTP status code of the response.
             * @example 404
             */
            statusCode: $Read<number>;
            /**
             * @description The name of the HTTP status.
             * @example Not Found
             */
            error: $Read<string>;
            /**
             * @description What went wrong, for a person to read.
             * @example Environment integration 3fda2b4c-0516-41bc-8ae6-4927e42ecce9 not found
             */
            message: $Read<string>;
            /** @description More about the error, such as the failures of a validation. */
            details?: $Read<{
                [key: string]: unknown;
            }>;
        };
        /** @description An integration to install in the environment of the API token, and how to customise it there. */
        EnvironmentIntegrationCreate: {
            /**
             * @description The ID of the integration to install.
             * @example 2d4f6a8c-0e1b-4c3d-9e5f-7a6b8c9d0e1f
             */
            integration_id: components["schemas"]["Uuid"];
            /**
             * @description Whether to show the integration in the environment's catalog.
             * @example true
             */
            show_in_catalog?: boolean;
            /**
             * @description Whether the integration is enabled.
             * @example true
             */
            is_enabled?: boolean;
            /** @description An optional config override of the integration at environment level. */
            override?: components["schemas"]["IntegrationOverride"];
        };
        /** @description The answer to a delete, naming what was deleted. */
        DeletedEnvironmentIntegration: {
            /** @description The ID of the deleted environment integration. */
            id: components["schemas"]["Uuid"];
        };
        /**
         * @description The fields of an environment integration that can be changed. Every field is optional and only
         *     those sent change; `override`, when sent, replaces the stored override as a whole (Truto does not
         *     merge it key by key), so send the complete override you want.
         */
        EnvironmentIntegrationUpdate: {
            /** @description Whether to show this integration in the environment's catalog. */
            show_in_catalog?: boolean;
            /**
             * @description Whether the integration is enabled.
             * @example true
             */
            is_enabled?: boolean;
            /** @description The new config override of the integration at environment level, replacing the stored one. */
            override?: components["schemas"]["IntegrationOverride"];
        };
    };
    responses: {
        /** @description Bad Request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Too Many Requests. Truto limits each API token (its notes say 500 requests per 10 seconds) and
         *     answers 429 with `Retry-After`.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Payload Too Large */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unsupported Media Type */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found. Nothing has this id, or it is not visible to the API token's environment. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Only the installations of this integration.
         * @example 4a4de828-f4db-4c9e-adfd-434e0864c3c7
         */
        IntegrationIdFilter: string;
        /**
         * @description Only those shown (`true`) or not shown (`false`) in the environment's catalog.
         * @example true
         */
        ShowInCatalogFilter: boolean;
        /**
         * @description Only those enabled (`true`) or disabled (`false`).
         * @example true
         */
        IsEnabledFilter: boolean;
        /**
         * @description Only installations of the integration with this name.
         * @example zendesk
         */
        IntegrationNameFilter: string;
        /**
         * @description Only installations of integrations in this category.
         * @example helpdesk
         */
        IntegrationCategoryFilter: string;
        /**
         * @description The largest number of environment integrations to return in one page. Truto publishes no default or maximum.
         * @example 10
         */
        Limit: number;
        /**
         * @description The `next_cursor` of the previous page, to read the page after it. An empty value (`next_cursor=`)
         *     asks for the first page, as leaving the parameter out does: Truto's SDK sends it empty on every first page.
         * @example eyJpZCI6IjNmZGEyYjRjLTA1MTYtNDFiYy04YWU2LTQ5MjdlNDJlY2NlOSJ9
         */
        NextCursor: string;
        /**
         * @description The ID of the environment integration.
         * @example 3fda2b4c-0516-41bc-8ae6-4927e42ecce9
         */
        EnvironmentIntegrationId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying. Truto's notes give 10 for its own limits.
         * @example 10
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEnvironmentIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description Only the installations of this integration.
                 * @example 4a4de828-f4db-4c9e-adfd-434e0864c3c7
                 */
                integration_id?: components["parameters"]["IntegrationIdFilter"];
                /**
                 * @description Only those shown (`true`) or not shown (`false`) in the environment's catalog.
                 * @example true
                 */
                show_in_catalog?: components["parameters"]["ShowInCatalogFilter"];
                /**
                 * @description Only those enabled (`true`) or disabled (`false`).
                 * @example true
                 */
                is_enabled?: components["parameters"]["IsEnabledFilter"];
                /**
                 * @description Only installations of the integration with this name.
                 * @example zendesk
                 */
                "integration.name"?: components["parameters"]["IntegrationNameFilter"];
                /**
                 * @description Only installations of integrations in this category.
                 * @example helpdesk
                 */
                "integration.category"?: components["parameters"]["IntegrationCategoryFilter"];
                /**
                 * @description The largest number of environment integrations to return in one page. Truto publishes no default or maximum.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page, to read the page after it. An empty value (`next_cursor=`)
                 *     asks for the first page, as leaving the parameter out does: Truto's SDK sends it empty on every first page.
                 * @example eyJpZCI6IjNmZGEyYjRjLTA1MTYtNDFiYy04YWU2LTQ5MjdlNDJlY2NlOSJ9
                 */
                next_cursor?: components["parameters"]["NextCursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of environment integrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentIntegrationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createEnvironmentIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvironmentIntegrationCreate"];
            };
        };
        responses: {
            /** @description The environment integration, new or, when the integration was installed already, as it was. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentIntegration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found. No integration with this `integration_id` is visible to the API token's environment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEnvironmentIntegration: {
        parameters: {
            query?: {
                /**
                 * @description Only the installations of this integration.
                 * @example 4a4de828-f4db-4c9e-adfd-434e0864c3c7
                 */
                integration_id?: components["parameters"]["IntegrationIdFilter"];
                /**
                 * @description Only those shown (`true`) or not shown (`false`) in the environment's catalog.
                 * @example true
                 */
                show_in_catalog?: components["parameters"]["ShowInCatalogFilter"];
                /**
                 * @description Only those enabled (`true`) or disabled (`false`).
                 * @example true
                 */
                is_enabled?: components["parameters"]["IsEnabledFilter"];
                /**
                 * @description Only installations of the integration with this name.
                 * @example zendesk
                 */
                "integration.name"?: components["parameters"]["IntegrationNameFilter"];
                /**
                 * @description Only installations of integrations in this category.
                 * @example helpdesk
                 */
                "integration.category"?: components["parameters"]["IntegrationCategoryFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the environment integration.
                 * @example 3fda2b4c-0516-41bc-8ae6-4927e42ecce9
                 */
                id: components["parameters"]["EnvironmentIntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentIntegration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteEnvironmentIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the environment integration.
                 * @example 3fda2b4c-0516-41bc-8ae6-4927e42ecce9
                 */
                id: components["parameters"]["EnvironmentIntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment integration is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedEnvironmentIntegration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateEnvironmentIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the environment integration.
                 * @example 3fda2b4c-0516-41bc-8ae6-4927e42ecce9
                 */
                id: components["parameters"]["EnvironmentIntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvironmentIntegrationUpdate"];
            };
        };
        responses: {
            /** @description The environment integration after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentIntegration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}

// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.
export type Uuid = Readable<components["schemas"]["Uuid"]>;
export type UuidInput = Writable<components["schemas"]["Uuid"]>;
export type Timestamp = Readable<components["schemas"]["Timestamp"]>;
export type IntegrationConfig = Readable<components["schemas"]["IntegrationConfig"]>;
export type Team = Readable<components["schemas"]["Team"]>;
export type Integration = Readable<components["schemas"]["Integration"]>;
export type IntegrationOverride = Readable<components["schemas"]["IntegrationOverride"]>;
export type IntegrationOverrideInput = Writable<components["schemas"]["IntegrationOverride"]>;
export type EnvironmentIntegration = Readable<components["schemas"]["EnvironmentIntegration"]>;
export type EnvironmentIntegrationList = Readable<components["schemas"]["EnvironmentIntegrationList"]>;
export type Error = Readable<components["schemas"]["Error"]>;
export type EnvironmentIntegrationCreate = Readable<components["schemas"]["EnvironmentIntegrationCreate"]>;
export type EnvironmentIntegrationCreateInput = Writable<components["schemas"]["EnvironmentIntegrationCreate"]>;
export type DeletedEnvironmentIntegration = Readable<components["schemas"]["DeletedEnvironmentIntegration"]>;
export type EnvironmentIntegrationUpdate = Readable<components["schemas"]["EnvironmentIntegrationUpdate"]>;
export type EnvironmentIntegrationUpdateInput = Writable<components["schemas"]["EnvironmentIntegrationUpdate"]>;
export type ListEnvironmentIntegrationsResponse = Readable<operations["listEnvironmentIntegrations"]["responses"][200]["content"]["application/json"]>;
export type ListEnvironmentIntegrationsErrorBody = Readable<operations["listEnvironmentIntegrations"]["responses"][400]["content"]["application/json"] | operations["listEnvironmentIntegrations"]["responses"][401]["content"]["application/json"] | operations["listEnvironmentIntegrations"]["responses"][429]["content"]["application/json"]>;
export type ListEnvironmentIntegrationsQuery = NonNullable<operations["listEnvironmentIntegrations"]["parameters"]["query"]>;
export type CreateEnvironmentIntegrationRequestBody = Writable<NonNullable<operations["createEnvironmentIntegration"]["requestBody"]>["content"]["application/json"]>;
export type CreateEnvironmentIntegrationResponse = Readable<operations["createEnvironmentIntegration"]["responses"][201]["content"]["application/json"]>;
export type CreateEnvironmentIntegrationErrorBody = Readable<operations["createEnvironmentIntegration"]["responses"][400]["content"]["application/json"] | operations["createEnvironmentIntegration"]["responses"][401]["content"]["application/json"] | operations["createEnvironmentIntegration"]["responses"][404]["content"]["application/json"] | operations["createEnvironmentIntegration"]["responses"][413]["content"]["application/json"] | operations["createEnvironmentIntegration"]["responses"][415]["content"]["application/json"] | operations["createEnvironmentIntegration"]["responses"][429]["content"]["application/json"]>;
export type GetEnvironmentIntegrationResponse = Readable<operations["getEnvironmentIntegration"]["responses"][200]["content"]["application/json"]>;
export type GetEnvironmentIntegrationErrorBody = Readable<operations["getEnvironmentIntegration"]["responses"][400]["content"]["application/json"] | operations["getEnvironmentIntegration"]["responses"][401]["content"]["application/json"] | operations["getEnvironmentIntegration"]["responses"][404]["content"]["application/json"] | operations["getEnvironmentIntegration"]["responses"][429]["content"]["application/json"]>;
export type GetEnvironmentIntegrationPathParams = operations["getEnvironmentIntegration"]["parameters"]["path"];
export type GetEnvironmentIntegrationQuery = NonNullable<operations["getEnvironmentIntegration"]["parameters"]["query"]>;
export type DeleteEnvironmentIntegrationResponse = Readable<operations["deleteEnvironmentIntegration"]["responses"][200]["content"]["application/json"]>;
export type DeleteEnvironmentIntegrationErrorBody = Readable<operations["deleteEnvironmentIntegration"]["responses"][400]["content"]["application/json"] | operations["deleteEnvironmentIntegration"]["responses"][401]["content"]["application/json"] | operations["deleteEnvironmentIntegration"]["responses"][404]["content"]["application/json"] | operations["deleteEnvironmentIntegration"]["responses"][429]["content"]["application/json"]>;
export type DeleteEnvironmentIntegrationPathParams = operations["deleteEnvironmentIntegration"]["parameters"]["path"];
export type UpdateEnvironmentIntegrationRequestBody = Writable<NonNullable<operations["updateEnvironmentIntegration"]["requestBody"]>["content"]["application/json"]>;
export type UpdateEnvironmentIntegrationResponse = Readable<operations["updateEnvironmentIntegration"]["responses"][200]["content"]["application/json"]>;
export type UpdateEnvironmentIntegrationErrorBody = Readable<operations["updateEnvironmentIntegration"]["responses"][400]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][401]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][404]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][413]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][415]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][429]["content"]["application/json"]>;
export type UpdateEnvironmentIntegrationPathParams = operations["updateEnvironmentIntegration"]["parameters"]["path"];
