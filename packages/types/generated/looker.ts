// Generated from spec/looker/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 2dd92148475b3af8
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
    "/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Log in to the API with an API3 key (`client_id` and `client_secret`, form-encoded) and receive
         *     an access token. Send the token as `Authorization: Bearer <access_token>` on every later call.
         *     The token stops working after `expires_in` seconds or after `DELETE /logout`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logout": {
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
         * Logout
         * @description End the session of the access token sent with this request; the token stops working at once.
         */
        delete: operations["logout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration_hubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Integration Hub
         * @description Create a new Integration Hub.
         *
         *     This API is rate limited to prevent it from being used for SSRF attacks.
         */
        post: operations["create_integration_hub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration_hubs/{integration_hub_id}": {
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
         * Update Integration Hub
         * @description Update a Integration Hub definition. Only the fields sent are changed; read-only fields are ignored.
         *
         *     This API is rate limited to prevent it from being used for SSRF attacks.
         */
        patch: operations["update_integration_hub"];
        trace?: never;
    };
    "/users/{user_id}/credentials_api3/{credentials_api3_id}": {
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
         * Update API Credential
         * @description API login information for the specified user. This is for the newer API keys that can be added for any user.
         *
         *     Only `purpose` can be changed. Admins may update any user's credential; other users only their own.
         *
         *     Calls to this endpoint may be denied by Looker (Google Cloud core).
         */
        patch: operations["update_user_credentials_api3"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An API3 key, form-encoded. Create one on the user's admin page in Looker. */
        LoginCredentials: {
            /**
             * @description client_id part of API3 Key.
             * @example gXvR7dQ4bN9kYpTm2Hs8
             */
            client_id: string;
            /**
             * @description client_secret part of API3 Key.
             * @example Wb6tPz3Hq9sLk2Vd7Rm4Yc8N
             */
            client_secret: $Write<string>;
        };
        /** @description The token returned by `POST /login`; send it as `Authorization: Bearer <access_token>`. */
        AccessToken: {
            /**
             * @description Access Token used for API calls
             * @example Kq3mZt8YvR2pWn6sXc4bLd9fHj7gTe5a
             */
            access_token: $Read<string>;
            /**
             * @description Type of token
             * @example Bearer
             */
            token_type: $Read<string>;
            /**
             * @description Number of seconds before the token expires
             * @example 3600
             */
            expires_in: $Read<number>;
            /** @description Refresh token which can be used to obtain a new access token */
            refresh_token?: $Read<string | null>;
        };
        /** @description The body of every Looker error response. */
        Error: {
            /**
             * @description Error details
             * @example Not found
             */
            message: $Read<string>;
            /**
             * Format: uri
             * @description Documentation link
             * @example https://cloud.google.com/looker/docs/r/err/4.0/404
             */
            documentation_url: $Read<string>;
        };
        /** @description One field that failed validation. */
        ValidationErrorDetail: {
            /**
             * @description Field with error
             * @example url
             */
            field?: $Read<string | null>;
            /**
             * @description Error code
             * @example missing_field
             */
            code: $Read<string | null>;
            /**
             * @description Error info message
             * @example This field is required.
             */
            message?: $Read<string | null>;
            /**
             * Format: uri
             * @description Documentation link
             * @example https://cloud.google.com/looker/docs/r/err/4.0/422
             */
            documentation_url: $Read<string>;
        };
        /** @description The body of a 422 response; `errors` names each field that failed validation. */
        ValidationError: {
            /**
             * @description Error details
             * @example Validation Failed
             */
            message: $Read<string>;
            /** @description Error detail array */
            errors?: $Read<components["schemas"]["ValidationErrorDetail"][]>;
            /**
             * Format: uri
             * @description Documentation link
             * @example https://cloud.google.com/looker/docs/r/err/4.0/422
             */
            documentation_url: $Read<string>;
        };
        /**
         * @description Operations the current user is able to perform on this object, keyed by operation name.
         * @example {
         *       "show": true,
         *       "update": true
         *     }
         */
        AllowedOperations: {
            [key: string]: boolean;
        };
        /**
         * @description An integration hub: a server that offers actions (destinations for scheduled and ad-hoc data
         *     deliveries) to this Looker instance. Fields marked read-only are set by Looker and ignored on input.
         */
        IntegrationHub: {
            can?: $Read<components["schemas"]["AllowedOperations"]>;
            /**
             * @description ID of the hub.
             * @example 2
             */
            id?: $Read<string>;
            /**
             * Format: uri
             * @description URL of the hub.
             * @example https://actions.northwind-analytics.com/looker
             */
            url?: string;
            /**
             * @description Label of the hub.
             * @example Northwind Actions
             */
            label?: $Read<string | null>;
            /** @description Whether this hub is a first-party integration hub operated by Looker. */
            official?: $Read<boolean>;
            /** @description An error message, present if the integration hub metadata could not be fetched. If this is present, the integration hub is unusable. */
            fetch_error_message?: $Read<string | null>;
            /**
             * @description (Write-Only) An authorization key that will be sent to the integration hub on every request.
             * @example 9f3c1e7a5b2d4f60a8c7e1d2b3f4a5c6
             */
            authorization_token?: $Write<string | null>;
            /** @description Whether the authorization_token is set for the hub. */
            has_authorization_token?: $Read<boolean>;
            /** @description Whether the legal agreement message has been signed by the user. This only matters if legal_agreement_required is true. */
            legal_agreement_signed?: $Read<boolean>;
            /** @description Whether the legal terms for the integration hub are required before use. */
            legal_agreement_required?: $Read<boolean>;
            /** @description The legal agreement text for this integration hub. */
            legal_agreement_text?: $Read<string | null>;
        };
        /**
         * Format: date-time
         * @description An ISO 8601 date-time set by Looker.
         * @example 2025-03-18T09:21:44.000+00:00
         */
        Timestamp: string;
        /**
         * @description An API3 credential (client id and secret) of a user. Only `purpose` can be changed;
         *     every other field is set by Looker and ignored on input.
         */
        CredentialsApi3: {
            can?: $Read<components["schemas"]["AllowedOperations"]>;
            /**
             * @description Unique Id
             * @example 5
             */
            id?: $Read<string>;
            /**
             * @description API key client_id
             * @example gXvR7dQ4bN9kYpTm2Hs8
             */
            client_id?: $Read<string>;
            /** @description Timestamp for the creation of this credential */
            created_at?: $Read<components["schemas"]["Timestamp"]>;
            /** @description Has this credential been disabled? */
            is_disabled?: $Read<boolean>;
            /**
             * @description Short name for the type of this kind of credential
             * @example api3
             */
            type?: $Read<string>;
            /**
             * @description User defined purpose for this credential.
             * @example Nightly dashboard export to the data warehouse
             */
            purpose?: string | null;
            /**
             * Format: uri
             * @description Link to get this item
             * @example https://mycompany.cloud.looker.com/api/4.0/users/17/credentials_api3/5
             */
            url?: $Read<string>;
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
        /** @description Validation Error */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Requires authentication */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Resource Already Exists */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too Many Requests */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
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
        /** @description Permission Denied */
        Forbidden: {
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
         * @description Requested fields: a comma-separated list of the top-level fields to return. Every other
         *     field is left out of the response. When absent, all fields are returned.
         * @example id,url
         */
        Fields: string;
        /**
         * @description Id of integration_hub
         * @example 2
         */
        IntegrationHubId: string;
        /**
         * @description Id of user
         * @example 17
         */
        UserId: string;
        /**
         * @description Id of API Credential
         * @example 5
         */
        CredentialsApi3Id: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying.
         * @example 42
         */
        RetryAfter: number;
        /**
         * @description The caller's remaining quota in the current window (IETF draft RateLimit header fields, draft 7).
         * @example limit=60, remaining=0, reset=42
         */
        RateLimit: string;
        /**
         * @description The quota policy applied to this operation, requests per window in seconds (IETF draft RateLimit header fields, draft 7).
         * @example 60;w=60
         */
        RateLimitPolicy: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LoginCredentials"];
            };
        };
        responses: {
            /** @description Access token with metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The client_id and client_secret do not match an enabled API3 key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    create_integration_hub: {
        parameters: {
            query?: {
                /**
                 * @description Requested fields: a comma-separated list of the top-level fields to return. Every other
                 *     field is left out of the response. When absent, all fields are returned.
                 * @example id,url
                 */
                fields?: components["parameters"]["Fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Integration Hub. `url` is required; read-only fields are ignored. */
        requestBody: {
            content: {
                "application/json": WithRequired<components["schemas"]["IntegrationHub"], "url">;
            };
        };
        responses: {
            /** @description Integration Hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationHub"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /**
             * @description Not Found. Looker answers 404 rather than 403 when the caller may not manage integration
             *     hubs, so as not to reveal what exists.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    update_integration_hub: {
        parameters: {
            query?: {
                /**
                 * @description Requested fields: a comma-separated list of the top-level fields to return. Every other
                 *     field is left out of the response. When absent, all fields are returned.
                 * @example id,url
                 */
                fields?: components["parameters"]["Fields"];
            };
            header?: never;
            path: {
                /**
                 * @description Id of integration_hub
                 * @example 2
                 */
                integration_hub_id: components["parameters"]["IntegrationHubId"];
            };
            cookie?: never;
        };
        /** @description Integration Hub */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegrationHub"];
            };
        };
        responses: {
            /** @description Integration Hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationHub"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    update_user_credentials_api3: {
        parameters: {
            query?: {
                /**
                 * @description Requested fields: a comma-separated list of the top-level fields to return. Every other
                 *     field is left out of the response. When absent, all fields are returned.
                 * @example id,url
                 */
                fields?: components["parameters"]["Fields"];
            };
            header?: never;
            path: {
                /**
                 * @description Id of user
                 * @example 17
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description Id of API Credential
                 * @example 5
                 */
                credentials_api3_id: components["parameters"]["CredentialsApi3Id"];
            };
            cookie?: never;
        };
        /** @description API Credential */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialsApi3"];
            };
        };
        responses: {
            /** @description API Credential */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsApi3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};

// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.
export type LoginCredentials = Readable<components["schemas"]["LoginCredentials"]>;
export type LoginCredentialsInput = Writable<components["schemas"]["LoginCredentials"]>;
export type AccessToken = Readable<components["schemas"]["AccessToken"]>;
export type Error = Readable<components["schemas"]["Error"]>;
export type ValidationErrorDetail = Readable<components["schemas"]["ValidationErrorDetail"]>;
export type ValidationError = Readable<components["schemas"]["ValidationError"]>;
export type AllowedOperations = Readable<components["schemas"]["AllowedOperations"]>;
export type IntegrationHub = Readable<components["schemas"]["IntegrationHub"]>;
export type IntegrationHubInput = Writable<components["schemas"]["IntegrationHub"]>;
export type Timestamp = Readable<components["schemas"]["Timestamp"]>;
export type CredentialsApi3 = Readable<components["schemas"]["CredentialsApi3"]>;
export type CredentialsApi3Input = Writable<components["schemas"]["CredentialsApi3"]>;
export type LoginRequestBody = Writable<NonNullable<operations["login"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]>;
export type LoginResponse = Readable<operations["login"]["responses"][200]["content"]["application/json"]>;
export type LoginErrorBody = Readable<operations["login"]["responses"][400]["content"]["application/json"] | operations["login"]["responses"][401]["content"]["application/json"] | operations["login"]["responses"][413]["content"]["application/json"] | operations["login"]["responses"][415]["content"]["application/json"] | operations["login"]["responses"][422]["content"]["application/json"]>;
export type LogoutErrorBody = Readable<operations["logout"]["responses"][401]["content"]["application/json"]>;
export type CreateIntegrationHubRequestBody = Writable<NonNullable<operations["create_integration_hub"]["requestBody"]>["content"]["application/json"]>;
export type CreateIntegrationHubResponse = Readable<operations["create_integration_hub"]["responses"][200]["content"]["application/json"]>;
export type CreateIntegrationHubErrorBody = Readable<operations["create_integration_hub"]["responses"][400]["content"]["application/json"] | operations["create_integration_hub"]["responses"][401]["content"]["application/json"] | operations["create_integration_hub"]["responses"][404]["content"]["application/json"] | operations["create_integration_hub"]["responses"][409]["content"]["application/json"] | operations["create_integration_hub"]["responses"][413]["content"]["application/json"] | operations["create_integration_hub"]["responses"][415]["content"]["application/json"] | operations["create_integration_hub"]["responses"][422]["content"]["application/json"] | operations["create_integration_hub"]["responses"][429]["content"]["application/json"]>;
export type CreateIntegrationHubQuery = NonNullable<operations["create_integration_hub"]["parameters"]["query"]>;
export type UpdateIntegrationHubRequestBody = Writable<NonNullable<operations["update_integration_hub"]["requestBody"]>["content"]["application/json"]>;
export type UpdateIntegrationHubResponse = Readable<operations["update_integration_hub"]["responses"][200]["content"]["application/json"]>;
export type UpdateIntegrationHubErrorBody = Readable<operations["update_integration_hub"]["responses"][400]["content"]["application/json"] | operations["update_integration_hub"]["responses"][401]["content"]["application/json"] | operations["update_integration_hub"]["responses"][404]["content"]["application/json"] | operations["update_integration_hub"]["responses"][413]["content"]["application/json"] | operations["update_integration_hub"]["responses"][415]["content"]["application/json"] | operations["update_integration_hub"]["responses"][422]["content"]["application/json"] | operations["update_integration_hub"]["responses"][429]["content"]["application/json"]>;
export type UpdateIntegrationHubPathParams = operations["update_integration_hub"]["parameters"]["path"];
export type UpdateIntegrationHubQuery = NonNullable<operations["update_integration_hub"]["parameters"]["query"]>;
export type UpdateUserCredentialsApi3RequestBody = Writable<NonNullable<operations["update_user_credentials_api3"]["requestBody"]>["content"]["application/json"]>;
export type UpdateUserCredentialsApi3Response = Readable<operations["update_user_credentials_api3"]["responses"][200]["content"]["application/json"]>;
export type UpdateUserCredentialsApi3ErrorBody = Readable<operations["update_user_credentials_api3"]["responses"][400]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][401]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][403]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][404]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][413]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][415]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][422]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][429]["content"]["application/json"]>;
export type UpdateUserCredentialsApi3PathParams = operations["update_user_credentials_api3"]["parameters"]["path"];
export type UpdateUserCredentialsApi3Query = NonNullable<operations["update_user_credentials_api3"]["parameters"]["query"]>;
