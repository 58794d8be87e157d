// Generated from spec/truto/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 1c6d08bb6382c79d
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
    "/environment-integration/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Environment Integration
         * @description Update an existing environment integration. This can update fields like `show_in_catalog`,
         *     `is_enabled`, or `override`. You have the flexibility to customize an Integration and its
         *     configuration to better suit your specific needs. Customizing integrations allows you to override
         *     default settings, add new functionalities, and tailor the integration to fit seamlessly within
         *     your environment. Read more about Installing Integrations.
         *
         *     Only the fields sent change; `updated_at` is set to the time of the update.
         */
        patch: operations["updateEnvironmentIntegration"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An optional config override for the integration at environment level: a partial integration
         *     config whose keys replace those of the integration's `config` in this environment. `null` removes it.
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
        /** @description The fields of an environment integration that can be changed. Every field is optional; only those sent change. */
        EnvironmentIntegrationUpdate: {
            /** @description Whether to show this integration in the environment's catalog. */
            show_in_catalog?: boolean;
            /**
             * @description Whether the integration is enabled.
             * @example true
             */
            is_enabled?: boolean;
            /** @description An optional config override for the integration at environment level. */
            override?: components["schemas"]["IntegrationOverride"];
        };
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
         * @description The team that owns an integration. Field names are inferred from the page's descriptions in
         *     Truto's snake_case style; the page gives the descriptions but not the names.
         */
        Team: {
            /** @description The ID of the team. */
            id: $Read<components["schemas"]["Uuid"]>;
            /** @description The name of the team. */
            name: string;
            /** @description The domain of the team. */
            domain?: string | null;
            /**
             * Format: uri
             * @description The URL of the team's logo.
             */
            logo?: string | null;
            /** @description Whether the team is verified or not. */
            is_verified?: boolean;
            /** @description Whether the team is white-labeled or not. */
            is_white_label?: boolean;
            /**
             * Format: uri
             * @description A link to the team's Terms of Service, if available.
             */
            tos_link?: string | null;
            /** @description Whether the team allows impersonation. */
            allow_impersonation?: boolean;
            /** @description The date and time when the team was created. */
            created_at?: $Read<components["schemas"]["Timestamp"]>;
            /** @description The date and time when the team was last updated. */
            updated_at?: $Read<components["schemas"]["Timestamp"]>;
        };
        /**
         * @description An integration: a connector to a third-party API. `id`, `name`, `category`, `is_beta` and
         *     `config` are named by Truto's documentation; the names of the remaining fields are inferred from
         *     the page's descriptions, in Truto's snake_case style.
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
            /** @description The ID of the team that owns this integration. (Name inferred.) */
            team_id?: $Read<components["schemas"]["Uuid"]>;
            /**
             * @description The sharing policy of the integration. (Name inferred.)
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
            /** @description An optional config override applied for the integration at environment level. */
            override?: components["schemas"]["IntegrationOverride"];
        };
        /**
         * @description The body of every Truto error response. Inferred: the seed page documents no error body; this is
         *     the shape Truto's API answers with (HTTP status, its reason phrase, and a readable message).
         */
        Error: {
            /**
             * @description The HTTP status code of the response.
             * @example 404
             */
            statusCode: $Read<number>;
            /**
             * @description The reason phrase of the HTTP status.
             * @example Not Found
             */
            error: $Read<string>;
            /**
             * @description What went wrong, for a person to read.
             * @example Environment integration 3fda2b4c-0516-41bc-8ae6-4927e42ecce9 not found
             */
            message: $Read<string>;
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
        /** @description Not Found */
        NotFound: {
            headers: {
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
    };
    parameters: {
        /**
         * @description The ID of the environment integration to update.
         * @example 3fda2b4c-0516-41bc-8ae6-4927e42ecce9
         */
        EnvironmentIntegrationId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateEnvironmentIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the environment integration to update.
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
        };
    };
}

// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.
export type IntegrationOverride = Readable<components["schemas"]["IntegrationOverride"]>;
export type IntegrationOverrideInput = Writable<components["schemas"]["IntegrationOverride"]>;
export type EnvironmentIntegrationUpdate = Readable<components["schemas"]["EnvironmentIntegrationUpdate"]>;
export type EnvironmentIntegrationUpdateInput = Writable<components["schemas"]["EnvironmentIntegrationUpdate"]>;
export type Uuid = Readable<components["schemas"]["Uuid"]>;
export type Timestamp = Readable<components["schemas"]["Timestamp"]>;
export type IntegrationConfig = Readable<components["schemas"]["IntegrationConfig"]>;
export type Team = Readable<components["schemas"]["Team"]>;
export type Integration = Readable<components["schemas"]["Integration"]>;
export type EnvironmentIntegration = Readable<components["schemas"]["EnvironmentIntegration"]>;
export type Error = Readable<components["schemas"]["Error"]>;
export type UpdateEnvironmentIntegrationRequestBody = Writable<NonNullable<operations["updateEnvironmentIntegration"]["requestBody"]>["content"]["application/json"]>;
export type UpdateEnvironmentIntegrationResponse = Readable<operations["updateEnvironmentIntegration"]["responses"][200]["content"]["application/json"]>;
export type UpdateEnvironmentIntegrationErrorBody = Readable<operations["updateEnvironmentIntegration"]["responses"][400]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][401]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][404]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][413]["content"]["application/json"] | operations["updateEnvironmentIntegration"]["responses"][415]["content"]["application/json"]>;
export type UpdateEnvironmentIntegrationPathParams = operations["updateEnvironmentIntegration"]["parameters"]["path"];
