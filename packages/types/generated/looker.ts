// Generated from spec/looker/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 6fcb52ac6c7c35f6
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
         * @description Log in to the API with an API3 key (`client_id` and `client_secret`) and receive an access token.
         *     Send the token as `Authorization: Bearer <access_token>` on every later call. The token stops
         *     working after `expires_in` seconds or after `DELETE /logout`.
         *
         *     Send the key form-encoded in the body. Looker still reads it from the query string too, but has
         *     announced that it will stop doing so before the end of 2026.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login user
         * @description Create an access token that acts as another user: every call made with it runs with that user's
         *     permissions. Only an admin may call this. The target user needs no API3 key of their own, and none
         *     is created. Each call issues a new token, so cache it when the user makes many calls.
         *
         *     This is how a service account acts for users whose sign-in happens outside Looker, and how to get a
         *     token of a non-admin user for testing permissions. On Looker (Google Cloud core) the caller must be an
         *     API-only service account with the Admin role and the target an embed user; regular users cannot be
         *     impersonated there (use OAuth for them).
         */
        post: operations["login_user"];
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
        /**
         * Get All Integration Hubs
         * @description List every integration hub of this Looker instance, with the metadata Looker last fetched from each.
         *     Only admins see integration hubs.
         */
        get: operations["all_integration_hubs"];
        put?: never;
        /**
         * Create Integration Hub
         * @description Register a new integration hub by its URL. Looker fetches the hub's metadata (its label, legal
         *     agreement and actions) from that URL and sets every read-only field. Only admins manage hubs.
         *
         *     Looker rate limits this call so that it cannot be used to make the server request arbitrary URLs
         *     (server-side request forgery).
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
        /**
         * Get Integration Hub
         * @description Get one integration hub, with the metadata Looker last fetched from it. Only admins see integration hubs.
         */
        get: operations["integration_hub"];
        put?: never;
        post?: never;
        /**
         * Delete Integration Hub
         * @description Remove an integration hub from this Looker instance, together with the integrations it offers.
         *     Only admins manage hubs.
         */
        delete: operations["delete_integration_hub"];
        options?: never;
        head?: never;
        /**
         * Update Integration Hub
         * @description Change an integration hub's `url` or `authorization_token`. Only the fields sent are changed;
         *     read-only fields are ignored. A new `url` makes Looker fetch the hub's metadata again.
         *
         *     Looker rate limits this call so that it cannot be used to make the server request arbitrary URLs
         *     (server-side request forgery).
         */
        patch: operations["update_integration_hub"];
        trace?: never;
    };
    "/integration_hubs/{integration_hub_id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the health of Integration Hub
         * @description Ask Looker to contact the integration hub now and report whether it answered.
         */
        get: operations["get_integration_hub_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration_hubs/{integration_hub_id}/accept_legal_agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Integration Hub Legal Agreement
         * @description Accept the legal agreement of an integration hub (its `legal_agreement_text`) on behalf of this Looker
         *     instance, so that its integrations can be used. This applies to hubs whose `legal_agreement_required`
         *     is true and whose `legal_agreement_signed` is still false; afterwards `legal_agreement_signed` is true.
         */
        post: operations["accept_integration_hub_legal_agreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Integrations
         * @description List the integrations (the actions the integration hubs offer) with their settings on this Looker
         *     instance, optionally those of one hub only. Only admins see integrations.
         */
        get: operations["all_integrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Integration
         * @description Get one integration (an action an integration hub offers) with its settings on this Looker instance. Only admins see integrations.
         */
        get: operations["integration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Integration
         * @description Switch an integration on or off and set its parameters. Only `enabled`, `params` and
         *     `installed_delegate_oauth_targets` change; read-only fields are ignored. Each parameter sent is
         *     matched by `name`: a `value` of null leaves it as it is, an empty string clears it, and
         *     `user_attribute_name` makes it read its value from that user attribute. Sensitive values are stored but
         *     never shown again: `has_value` tells whether one is set. Only admins manage integrations.
         */
        patch: operations["update_integration"];
        trace?: never;
    };
    "/integrations/{integration_id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch Remote Integration Form
         * @description Get the form an integration asks users to fill in before data is sent to it; Looker fetches it from the
         *     integration's hub. Send the values entered so far (field name → value) to get the form that follows
         *     from them: a change to an `interactive` field can add, remove or fill other fields.
         */
        post: operations["fetch_integration_form"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test integration
         * @description Ask the integration's hub to check the integration's settings (for example that its API key is accepted) and report the outcome.
         */
        post: operations["test_integration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/credentials_api3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All API Credentials
         * @description List a user's API3 keys (never their secrets). Admins may list any user's keys; other users only
         *     their own.
         */
        get: operations["all_user_credentials_api3s"];
        put?: never;
        /**
         * Create API Credential
         * @description Create a new API3 key for a user. The answer is the only one that ever carries the key's
         *     `client_secret`: store it now. The request has no body; set `purpose` afterwards with
         *     `PATCH /users/{user_id}/credentials_api3/{credentials_api3_id}`. Admins may create keys for any
         *     user; other users only for themselves.
         */
        post: operations["create_user_credentials_api3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/credentials_api3/{credentials_api3_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get API Credential
         * @description Get one API3 key of a user (never its secret). Admins may read any user's keys; other users only
         *     their own.
         */
        get: operations["user_credentials_api3"];
        put?: never;
        post?: never;
        /**
         * Delete API Credential
         * @description Delete an API3 key of a user, so that it can no longer log in. Admins may delete any user's keys;
         *     other users only their own.
         */
        delete: operations["delete_user_credentials_api3"];
        options?: never;
        head?: never;
        /**
         * Update API Credential
         * @description Change what a user's API3 key is for (`purpose`), the one field that can be changed; read-only fields
         *     are ignored. Admins may update any user's key; other users only their own.
         *
         *     Looker (Google Cloud core) may deny calls to this endpoint.
         */
        patch: operations["update_user_credentials_api3"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An API3 key, form-encoded. An admin creates one on the user's page in Looker's Admin panel. Looker
         *     also reads both fields from the query string (see `POST /login`), so neither is required here.
         */
        LoginCredentials: {
            /**
             * @description The public part of the API3 key.
             * @example gXvR7dQ4bN9kYpTm2Hs8
             */
            client_id?: string;
            /**
             * @description The secret part of the API3 key.
             * @example Wb6tPz3Hq9sLk2Vd7Rm4Yc8N
             */
            client_secret?: $Write<string>;
        };
        /**
         * @description An access token and its metadata, as `POST /login` and `POST /login/{user_id}` return it. Send it as
         *     `Authorization: Bearer <access_token>` (or Looker's older `Authorization: token <access_token>`).
         */
        AccessToken: {
            /**
             * @description The token to send with every later call.
             * @example Kq3mZt8YvR2pWn6sXc4bLd9fHj7gTe5a
             */
            access_token?: $Read<string>;
            /**
             * @description The kind of token; Looker answers `Bearer`.
             * @example Bearer
             */
            token_type?: $Read<string>;
            /**
             * Format: int64
             * @description Seconds until the token stops working.
             * @example 3600
             */
            expires_in?: $Read<number>;
            /** @description A token that can obtain a new access token, when Looker issues one. */
            refresh_token?: $Read<string | null>;
        };
        /** @description The body of every Looker error response. */
        Error: {
            /**
             * @description Error details
             * @example Not found
             */
            message: $Read<string | null>;
            /**
             * Format: uri-reference
             * @description Documentation link
             * @example https://cloud.google.com/looker/docs/r/err/4.0/404
             */
            documentation_url: $Read<string | null>;
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
             * @description URL of the hub. Looker fetches the hub's metadata and actions from it.
             * @example https://actions.northwind-analytics.com/looker
             */
            url?: string;
            /**
             * @description Label of the hub.
             * @example Northwind Actions
             */
            label?: $Read<string>;
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
            code?: $Read<string | null>;
            /**
             * @description Error info message
             * @example This field is required.
             */
            message?: $Read<string | null>;
            /**
             * Format: uri-reference
             * @description Documentation link
             * @example https://cloud.google.com/looker/docs/r/err/4.0/422
             */
            documentation_url: $Read<string | null>;
        };
        /** @description The body of a 422 response; `errors` names each field that failed validation. */
        ValidationError: {
            /**
             * @description Error details
             * @example Validation Failed
             */
            message: $Read<string | null>;
            /** @description Error detail array */
            errors?: $Read<components["schemas"]["ValidationErrorDetail"][] | null>;
            /**
             * Format: uri-reference
             * @description Documentation link
             * @example https://cloud.google.com/looker/docs/r/err/4.0/422
             */
            documentation_url: $Read<string | null>;
        };
        /** @description The outcome of Looker trying to reach an integration hub. */
        IntegrationHubHealthResult: {
            /** @description Whether Looker reached the hub and the hub answered. */
            success?: $Read<boolean>;
            /**
             * @description What went wrong, when the check failed; otherwise usually null.
             * @example Could not connect to https://actions.northwind-analytics.com/looker: connection timed out
             */
            message?: $Read<string | null>;
        };
        /**
         * @description One setting of an integration, such as an API key or a region. To change it, send its `name` with a
         *     new `value` or `user_attribute_name`; the other fields come from the hub.
         */
        IntegrationParam: {
            /**
             * @description Name of the parameter; identifies it in an update.
             * @example api_key
             */
            name?: string | null;
            /**
             * @description Name of the parameter as users see it.
             * @example API key
             */
            label?: $Read<string | null>;
            /**
             * @description A short explanation of the parameter.
             * @example The key of a Northwind service account with write access.
             */
            description?: $Read<string | null>;
            /** @description Whether the integration can only be used once the parameter has a value. False when the hub does not say. */
            required?: $Read<boolean>;
            /** @description Whether the parameter has a value, which tells about sensitive parameters whose `value` is never shown. */
            has_value?: $Read<boolean>;
            /**
             * @description The parameter's value; always null when the parameter is sensitive. On input, null leaves the value
             *     as it is and an empty string clears it.
             * @example eu-west-1
             */
            value?: string | null;
            /**
             * @description The user attribute the value is read from instead of `value`; null to use `value`.
             * @example northwind_region
             */
            user_attribute_name?: string | null;
            /** @description Whether the value is a secret such as a credential. True when the hub does not say. */
            sensitive?: $Read<boolean | null>;
            /**
             * @description Whether each user has their own value: the parameter must then come from a user attribute, which users
             *     may set themselves while they use the integration.
             */
            per_user?: $Read<boolean>;
            /** @description The OAuth URL users are sent to, when the parameter stands for a delegate OAuth sign-in. */
            delegate_oauth_url?: $Read<string | null>;
        };
        /** @description A field a query must contain for an integration to apply, matched by the tags of its LookML field. */
        IntegrationRequiredField: {
            /**
             * @description A field matches when it has this tag.
             * @example email
             */
            tag?: $Read<string | null>;
            /** @description When present, replaces `tag`; a field matches when it has any of these tags. */
            any_tag?: $Read<string[] | null>;
            /** @description When present, replaces `tag`; a field matches when it has all of these tags. */
            all_tags?: $Read<string[] | null>;
        };
        /**
         * @description An integration: one action an integration hub offers (a destination such as a spreadsheet, a chat
         *     channel or a warehouse table) and its settings on this Looker instance. Only `enabled`, `params`
         *     and `installed_delegate_oauth_targets` can be changed; every other field comes from the hub and is
         *     ignored on input.
         */
        Integration: {
            can?: $Read<components["schemas"]["AllowedOperations"]>;
            /**
             * @description ID of the integration.
             * @example 2::northwind_warehouse
             */
            id?: $Read<string>;
            /**
             * @description ID of the integration hub that offers this integration.
             * @example 2
             */
            integration_hub_id?: $Read<string>;
            /**
             * @description Name of the integration as users see it.
             * @example Northwind Warehouse Load
             */
            label?: $Read<string>;
            /**
             * @description What the integration does, as its hub describes it.
             * @example Load query results into a table of your Northwind data warehouse.
             */
            description?: $Read<string | null>;
            /** @description Whether users can send data to this integration. */
            enabled?: boolean;
            /** @description The integration's settings. Send the ones to change, by `name`. */
            params?: components["schemas"]["IntegrationParam"][];
            /**
             * @description The data formats the integration accepts. When the hub lists none, every format is accepted.
             * @example [
             *       "csv",
             *       "json_detail"
             *     ]
             */
            supported_formats?: $Read<("txt" | "csv" | "inline_json" | "json" | "json_label" | "json_detail" | "json_detail_lite_stream" | "json_bi" | "xlsx" | "html" | "wysiwyg_pdf" | "assembled_pdf" | "wysiwyg_png" | "csv_zip")[]>;
            /**
             * @description What the integration can be attached to: a single cell, a query, a dashboard, or nothing (`none`).
             * @example [
             *       "query",
             *       "dashboard"
             *     ]
             */
            supported_action_types?: $Read<("cell" | "query" | "dashboard" | "none")[]>;
            /**
             * @description Whether the integration takes formatted or raw values, or both. When the hub lists none, both are accepted.
             * @example [
             *       "unformatted"
             *     ]
             */
            supported_formattings?: $Read<("formatted" | "unformatted")[]>;
            /**
             * @description Whether visualization options are applied to the data sent (`apply`) or not (`noapply`). When the hub lists none, both are accepted.
             * @example [
             *       "noapply"
             *     ]
             */
            supported_visualization_formattings?: $Read<("apply" | "noapply")[]>;
            /**
             * @description How the integration can receive the data: pushed in the request (`push`) or fetched from a URL Looker
             *     provides (`url`). Looker picks the best one the integration supports; when the hub lists none, both.
             * @example [
             *       "push",
             *       "url"
             *     ]
             */
            supported_download_settings?: $Read<("push" | "url")[]>;
            /**
             * @description URL of the integration's icon.
             * @example https://actions.northwind-analytics.com/looker/icons/warehouse.svg
             */
            icon_url?: $Read<string | null>;
            /** @description Whether users sign in to the destination with OAuth before they can use the integration. */
            uses_oauth?: $Read<boolean | null>;
            /**
             * @description The fields a query must contain for the integration to apply, each matched by its tags. Several entries
             *     mean several fields are needed; an empty list means none.
             */
            required_fields?: $Read<components["schemas"]["IntegrationRequiredField"][]>;
            /**
             * @description Link to the destination's privacy policy.
             * @example https://northwind-analytics.com/legal/privacy
             */
            privacy_link?: $Read<string | null>;
            /**
             * @description Whether the integration uses delegate OAuth, which ties one installation in the destination (an
             *     organisation, a group, a team or a workspace) to this Looker instance.
             */
            delegate_oauth?: $Read<boolean | null>;
            /**
             * @description Ids of the installations (for example chat workspaces) that this integration is installed into
             *     through delegate OAuth.
             */
            installed_delegate_oauth_targets?: string[];
        };
        /** @description State the hub keeps for the current user (for example after an OAuth sign-in), opaque to Looker. */
        DataActionUserState: {
            /** @description The state, as the hub wrote it. */
            data?: $Read<string | null>;
            /**
             * Format: int64
             * @description Seconds until the state must be fetched again.
             */
            refresh_time?: $Read<number | null>;
        };
        /** @description One choice of a `select` form field. */
        DataActionFormSelectOption: {
            /**
             * @description The value sent when this choice is picked.
             * @example append
             */
            name?: $Read<string | null>;
            /**
             * @description The choice as users see it.
             * @example Append rows
             */
            label?: $Read<string | null>;
        };
        /** @description One field of an integration's form. */
        DataActionFormField: {
            /**
             * @description Name of the field; the key of its value when the form is sent back.
             * @example table
             */
            name?: $Read<string | null>;
            /**
             * @description Name of the field as users see it.
             * @example Table
             */
            label?: $Read<string | null>;
            /** @description Help text shown with the field. */
            description?: $Read<string | null>;
            /**
             * @description The kind of input, such as `string`, `textarea`, `select` or `oauth_link`.
             * @example select
             */
            type?: $Read<string | null>;
            /** @description The value the field starts with. */
            default?: $Read<string | null>;
            /** @description The sign-in link, when `type` is `oauth_link`. */
            oauth_url?: $Read<string | null>;
            /** @description Whether changing this field asks the hub for an updated form (fetch the form again with the values so far). */
            interactive?: $Read<boolean>;
            /**
             * @description Whether the field needs a value. A hint for the user interface, which should not send the form without
             *     one; the hub checks it again.
             */
            required?: $Read<boolean>;
            /** @description The choices, when `type` is `select`. */
            options?: $Read<components["schemas"]["DataActionFormSelectOption"][] | null>;
        };
        /** @description The form an integration asks users to fill in before data is sent to it, as its hub returns it. */
        DataActionForm: {
            state?: components["schemas"]["DataActionUserState"];
            /** @description The fields of the form, in display order. */
            fields?: $Read<components["schemas"]["DataActionFormField"][] | null>;
        };
        /** @description The outcome of testing one delegate OAuth installation of an integration. */
        DelegateOauthTest: {
            /**
             * @description Name of the installation.
             * @example Northwind Analytics workspace
             */
            name?: $Read<string>;
            /**
             * @description Id of what the integration is installed into, such as a chat workspace.
             * @example T04NW7QK2
             */
            installation_target_id?: $Read<string>;
            /**
             * @description Id of the installation.
             * @example 8812
             */
            installation_id?: $Read<string>;
            /** @description Whether this installation worked. */
            success?: $Read<boolean>;
        };
        /** @description The outcome of Looker testing an integration's settings against its hub. */
        IntegrationTestResult: {
            /** @description Whether every setting worked. */
            success?: $Read<boolean>;
            /**
             * @description What went wrong, when the test failed.
             * @example Northwind rejected the API key (401 Unauthorized).
             */
            message?: $Read<string | null>;
            /** @description For a delegate OAuth integration, the outcome per installation. */
            delegate_oauth_result?: $Read<components["schemas"]["DelegateOauthTest"][] | null>;
        };
        /**
         * @description An API3 key of a user: the `client_id` the user logs in with and its metadata (the `client_secret`
         *     is shown once, when the key is created). Only `purpose` can be changed; every other field is set by
         *     Looker and ignored on input.
         */
        CredentialsApi3: {
            can?: $Read<components["schemas"]["AllowedOperations"]>;
            /**
             * @description Unique id of the credential.
             * @example 5
             */
            id?: $Read<string>;
            /**
             * @description The public part of the API3 key.
             * @example gXvR7dQ4bN9kYpTm2Hs8
             */
            client_id?: $Read<string | null>;
            /**
             * @description When the credential was created, as an ISO 8601 timestamp (Looker types it as a plain string).
             * @example 2025-03-18T09:21:44.000+00:00
             */
            created_at?: $Read<string | null>;
            /** @description Whether the credential has been disabled; a disabled key cannot log in. */
            is_disabled?: $Read<boolean>;
            /**
             * @description Short name of this kind of credential.
             * @example api3
             */
            type?: $Read<string | null>;
            /**
             * @description What the key is used for, in the user's words.
             * @example Nightly dashboard export to the data warehouse
             */
            purpose?: string | null;
            /**
             * Format: uri-reference
             * @description Link to this credential in the API.
             * @example https://mycompany.cloud.looker.com/api/4.0/users/17/credentials_api3/5
             */
            url?: $Read<string | null>;
        };
        /**
         * @description A new API3 key, as `POST /users/{user_id}/credentials_api3` returns it: the fields of a credential plus
         *     its `client_secret`. This is the only answer that ever carries the secret; store it now, because no
         *     later call shows it again.
         */
        CreateCredentialsApi3: {
            can?: $Read<components["schemas"]["AllowedOperations"]>;
            /**
             * @description Unique id of the credential.
             * @example 7
             */
            id?: $Read<string>;
            /**
             * @description The public part of the API3 key.
             * @example Rt4Yw8Pq2Lm6Zx9Vb3Nc
             */
            client_id?: $Read<string | null>;
            /**
             * @description When the credential was created, as an ISO 8601 timestamp (Looker types it as a plain string).
             * @example 2025-06-02T14:05:37.000+00:00
             */
            created_at?: $Read<string | null>;
            /** @description Whether the credential has been disabled; a disabled key cannot log in. */
            is_disabled?: $Read<boolean>;
            /**
             * @description Short name of this kind of credential.
             * @example api3
             */
            type?: $Read<string | null>;
            /** @description What the key is used for, in the user's words. */
            purpose?: string | null;
            /**
             * @description The secret part of the API3 key. Returned by this call only.
             * @example Hd7Kf2Ws9Qp4Tz6Bm8Rx3Lc
             */
            client_secret?: $Read<string | null>;
            /**
             * Format: uri-reference
             * @description Link to this credential in the API.
             * @example https://mycompany.cloud.looker.com/api/4.0/users/17/credentials_api3/7
             */
            url?: $Read<string | null>;
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
        /** @description The client_id and client_secret do not match an enabled API3 key. */
        LoginFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Not Found: no object has this id, or the caller may not see it. Looker answers 404 rather than 403
         *     when a user lacks the permission to see an object (integration hubs and integrations are for admins),
         *     so as not to reveal what exists.
         */
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
        /** @description Requires authentication */
        Unauthorized: {
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
        /** @description Resource Already Exists */
        Conflict: {
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
    };
    parameters: {
        /**
         * @description The public part of the API3 key, when it is not sent in the form body. Looker has announced that it
         *     will stop reading the key from the query string before the end of 2026: send it in the body.
         * @example gXvR7dQ4bN9kYpTm2Hs8
         */
        LoginClientId: string;
        /**
         * @description The secret part of the API3 key, when it is not sent in the form body. Looker has announced that it
         *     will stop reading the key from the query string before the end of 2026: send it in the body, where
         *     it does not end up in access logs.
         * @example Wb6tPz3Hq9sLk2Vd7Rm4Yc8N
         */
        LoginClientSecret: string;
        /**
         * @description Id of the user to log in as.
         * @example 42
         */
        LoginUserId: string;
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
         * @description Only list the integrations of this integration hub.
         * @example 2
         */
        IntegrationHubFilter: string;
        /**
         * @description Id of the integration.
         * @example 2::northwind_warehouse
         */
        IntegrationId: string;
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
            query?: {
                /**
                 * @description The public part of the API3 key, when it is not sent in the form body. Looker has announced that it
                 *     will stop reading the key from the query string before the end of 2026: send it in the body.
                 * @example gXvR7dQ4bN9kYpTm2Hs8
                 */
                client_id?: components["parameters"]["LoginClientId"];
                /**
                 * @description The secret part of the API3 key, when it is not sent in the form body. Looker has announced that it
                 *     will stop reading the key from the query string before the end of 2026: send it in the body, where
                 *     it does not end up in access logs.
                 * @example Wb6tPz3Hq9sLk2Vd7Rm4Yc8N
                 */
                client_secret?: components["parameters"]["LoginClientSecret"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The API3 key, form-encoded (preferred over the query string). */
        requestBody?: {
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
            401: components["responses"]["LoginFailed"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    login_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the user to log in as.
                 * @example 42
                 */
                user_id: components["parameters"]["LoginUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Access token with metadata, acting as the user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    all_integration_hubs: {
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
        requestBody?: never;
        responses: {
            /** @description Integration Hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationHub"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
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
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    integration_hub: {
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
        requestBody?: never;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    delete_integration_hub: {
        parameters: {
            query?: never;
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
        requestBody?: never;
        responses: {
            /** @description Successfully deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
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
    get_integration_hub_health: {
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
        requestBody?: never;
        responses: {
            /** @description Health Result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationHubHealthResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    accept_integration_hub_legal_agreement: {
        parameters: {
            query?: never;
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
        requestBody?: never;
        responses: {
            /** @description Integration hub */
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
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    all_integrations: {
        parameters: {
            query?: {
                /**
                 * @description Requested fields: a comma-separated list of the top-level fields to return. Every other
                 *     field is left out of the response. When absent, all fields are returned.
                 * @example id,url
                 */
                fields?: components["parameters"]["Fields"];
                /**
                 * @description Only list the integrations of this integration hub.
                 * @example 2
                 */
                integration_hub_id?: components["parameters"]["IntegrationHubFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Integration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    integration: {
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
                 * @description Id of the integration.
                 * @example 2::northwind_warehouse
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Integration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    update_integration: {
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
                 * @description Id of the integration.
                 * @example 2::northwind_warehouse
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /** @description Integration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Integration"];
            };
        };
        responses: {
            /** @description Integration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
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
    fetch_integration_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the integration.
                 * @example 2::northwind_warehouse
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /** @description The values entered so far, by field name. Leave the body out (or send `{}`) for the first form. */
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Data Action Form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataActionForm"];
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
    test_integration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the integration.
                 * @example 2::northwind_warehouse
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Test Result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationTestResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    all_user_credentials_api3s: {
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
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Credential */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialsApi3"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    create_user_credentials_api3: {
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
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Credential */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCredentialsApi3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    user_credentials_api3: {
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
        requestBody?: never;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    delete_user_credentials_api3: {
        parameters: {
            query?: never;
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
        requestBody?: never;
        responses: {
            /** @description Successfully deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
export type AllowedOperations = Readable<components["schemas"]["AllowedOperations"]>;
export type IntegrationHub = Readable<components["schemas"]["IntegrationHub"]>;
export type IntegrationHubInput = Writable<components["schemas"]["IntegrationHub"]>;
export type ValidationErrorDetail = Readable<components["schemas"]["ValidationErrorDetail"]>;
export type ValidationError = Readable<components["schemas"]["ValidationError"]>;
export type IntegrationHubHealthResult = Readable<components["schemas"]["IntegrationHubHealthResult"]>;
export type IntegrationParam = Readable<components["schemas"]["IntegrationParam"]>;
export type IntegrationParamInput = Writable<components["schemas"]["IntegrationParam"]>;
export type IntegrationRequiredField = Readable<components["schemas"]["IntegrationRequiredField"]>;
export type Integration = Readable<components["schemas"]["Integration"]>;
export type IntegrationInput = Writable<components["schemas"]["Integration"]>;
export type DataActionUserState = Readable<components["schemas"]["DataActionUserState"]>;
export type DataActionFormSelectOption = Readable<components["schemas"]["DataActionFormSelectOption"]>;
export type DataActionFormField = Readable<components["schemas"]["DataActionFormField"]>;
export type DataActionForm = Readable<components["schemas"]["DataActionForm"]>;
export type DelegateOauthTest = Readable<components["schemas"]["DelegateOauthTest"]>;
export type IntegrationTestResult = Readable<components["schemas"]["IntegrationTestResult"]>;
export type CredentialsApi3 = Readable<components["schemas"]["CredentialsApi3"]>;
export type CredentialsApi3Input = Writable<components["schemas"]["CredentialsApi3"]>;
export type CreateCredentialsApi3 = Readable<components["schemas"]["CreateCredentialsApi3"]>;
export type LoginRequestBody = Writable<NonNullable<operations["login"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]>;
export type LoginResponse = Readable<operations["login"]["responses"][200]["content"]["application/json"]>;
export type LoginErrorBody = Readable<operations["login"]["responses"][400]["content"]["application/json"] | operations["login"]["responses"][401]["content"]["application/json"] | operations["login"]["responses"][404]["content"]["application/json"] | operations["login"]["responses"][413]["content"]["application/json"] | operations["login"]["responses"][415]["content"]["application/json"] | operations["login"]["responses"][429]["content"]["application/json"]>;
export type LoginQuery = NonNullable<operations["login"]["parameters"]["query"]>;
export type LoginUserResponse = Readable<operations["login_user"]["responses"][200]["content"]["application/json"]>;
export type LoginUserErrorBody = Readable<operations["login_user"]["responses"][400]["content"]["application/json"] | operations["login_user"]["responses"][401]["content"]["application/json"] | operations["login_user"]["responses"][403]["content"]["application/json"] | operations["login_user"]["responses"][404]["content"]["application/json"] | operations["login_user"]["responses"][429]["content"]["application/json"]>;
export type LoginUserPathParams = operations["login_user"]["parameters"]["path"];
export type LogoutErrorBody = Readable<operations["logout"]["responses"][400]["content"]["application/json"] | operations["logout"]["responses"][401]["content"]["application/json"] | operations["logout"]["responses"][404]["content"]["application/json"] | operations["logout"]["responses"][429]["content"]["application/json"]>;
export type AllIntegrationHubsResponse = Readable<operations["all_integration_hubs"]["responses"][200]["content"]["application/json"]>;
export type AllIntegrationHubsErrorBody = Readable<operations["all_integration_hubs"]["responses"][400]["content"]["application/json"] | operations["all_integration_hubs"]["responses"][401]["content"]["application/json"] | operations["all_integration_hubs"]["responses"][404]["content"]["application/json"] | operations["all_integration_hubs"]["responses"][429]["content"]["application/json"]>;
export type AllIntegrationHubsQuery = NonNullable<operations["all_integration_hubs"]["parameters"]["query"]>;
export type CreateIntegrationHubRequestBody = Writable<NonNullable<operations["create_integration_hub"]["requestBody"]>["content"]["application/json"]>;
export type CreateIntegrationHubResponse = Readable<operations["create_integration_hub"]["responses"][200]["content"]["application/json"]>;
export type CreateIntegrationHubErrorBody = Readable<operations["create_integration_hub"]["responses"][400]["content"]["application/json"] | operations["create_integration_hub"]["responses"][401]["content"]["application/json"] | operations["create_integration_hub"]["responses"][404]["content"]["application/json"] | operations["create_integration_hub"]["responses"][409]["content"]["application/json"] | operations["create_integration_hub"]["responses"][413]["content"]["application/json"] | operations["create_integration_hub"]["responses"][415]["content"]["application/json"] | operations["create_integration_hub"]["responses"][422]["content"]["application/json"] | operations["create_integration_hub"]["responses"][429]["content"]["application/json"]>;
export type CreateIntegrationHubQuery = NonNullable<operations["create_integration_hub"]["parameters"]["query"]>;
export type IntegrationHubResponse = Readable<operations["integration_hub"]["responses"][200]["content"]["application/json"]>;
export type IntegrationHubErrorBody = Readable<operations["integration_hub"]["responses"][400]["content"]["application/json"] | operations["integration_hub"]["responses"][401]["content"]["application/json"] | operations["integration_hub"]["responses"][404]["content"]["application/json"] | operations["integration_hub"]["responses"][429]["content"]["application/json"]>;
export type IntegrationHubPathParams = operations["integration_hub"]["parameters"]["path"];
export type IntegrationHubQuery = NonNullable<operations["integration_hub"]["parameters"]["query"]>;
export type DeleteIntegrationHubErrorBody = Readable<operations["delete_integration_hub"]["responses"][400]["content"]["application/json"] | operations["delete_integration_hub"]["responses"][401]["content"]["application/json"] | operations["delete_integration_hub"]["responses"][404]["content"]["application/json"] | operations["delete_integration_hub"]["responses"][429]["content"]["application/json"]>;
export type DeleteIntegrationHubPathParams = operations["delete_integration_hub"]["parameters"]["path"];
export type UpdateIntegrationHubRequestBody = Writable<NonNullable<operations["update_integration_hub"]["requestBody"]>["content"]["application/json"]>;
export type UpdateIntegrationHubResponse = Readable<operations["update_integration_hub"]["responses"][200]["content"]["application/json"]>;
export type UpdateIntegrationHubErrorBody = Readable<operations["update_integration_hub"]["responses"][400]["content"]["application/json"] | operations["update_integration_hub"]["responses"][401]["content"]["application/json"] | operations["update_integration_hub"]["responses"][404]["content"]["application/json"] | operations["update_integration_hub"]["responses"][413]["content"]["application/json"] | operations["update_integration_hub"]["responses"][415]["content"]["application/json"] | operations["update_integration_hub"]["responses"][422]["content"]["application/json"] | operations["update_integration_hub"]["responses"][429]["content"]["application/json"]>;
export type UpdateIntegrationHubPathParams = operations["update_integration_hub"]["parameters"]["path"];
export type UpdateIntegrationHubQuery = NonNullable<operations["update_integration_hub"]["parameters"]["query"]>;
export type GetIntegrationHubHealthResponse = Readable<operations["get_integration_hub_health"]["responses"][200]["content"]["application/json"]>;
export type GetIntegrationHubHealthErrorBody = Readable<operations["get_integration_hub_health"]["responses"][400]["content"]["application/json"] | operations["get_integration_hub_health"]["responses"][401]["content"]["application/json"] | operations["get_integration_hub_health"]["responses"][404]["content"]["application/json"] | operations["get_integration_hub_health"]["responses"][422]["content"]["application/json"] | operations["get_integration_hub_health"]["responses"][429]["content"]["application/json"]>;
export type GetIntegrationHubHealthPathParams = operations["get_integration_hub_health"]["parameters"]["path"];
export type GetIntegrationHubHealthQuery = NonNullable<operations["get_integration_hub_health"]["parameters"]["query"]>;
export type AcceptIntegrationHubLegalAgreementResponse = Readable<operations["accept_integration_hub_legal_agreement"]["responses"][200]["content"]["application/json"]>;
export type AcceptIntegrationHubLegalAgreementErrorBody = Readable<operations["accept_integration_hub_legal_agreement"]["responses"][400]["content"]["application/json"] | operations["accept_integration_hub_legal_agreement"]["responses"][401]["content"]["application/json"] | operations["accept_integration_hub_legal_agreement"]["responses"][404]["content"]["application/json"] | operations["accept_integration_hub_legal_agreement"]["responses"][422]["content"]["application/json"] | operations["accept_integration_hub_legal_agreement"]["responses"][429]["content"]["application/json"]>;
export type AcceptIntegrationHubLegalAgreementPathParams = operations["accept_integration_hub_legal_agreement"]["parameters"]["path"];
export type AllIntegrationsResponse = Readable<operations["all_integrations"]["responses"][200]["content"]["application/json"]>;
export type AllIntegrationsErrorBody = Readable<operations["all_integrations"]["responses"][400]["content"]["application/json"] | operations["all_integrations"]["responses"][401]["content"]["application/json"] | operations["all_integrations"]["responses"][404]["content"]["application/json"] | operations["all_integrations"]["responses"][429]["content"]["application/json"]>;
export type AllIntegrationsQuery = NonNullable<operations["all_integrations"]["parameters"]["query"]>;
export type IntegrationResponse = Readable<operations["integration"]["responses"][200]["content"]["application/json"]>;
export type IntegrationErrorBody = Readable<operations["integration"]["responses"][400]["content"]["application/json"] | operations["integration"]["responses"][401]["content"]["application/json"] | operations["integration"]["responses"][404]["content"]["application/json"] | operations["integration"]["responses"][429]["content"]["application/json"]>;
export type IntegrationPathParams = operations["integration"]["parameters"]["path"];
export type IntegrationQuery = NonNullable<operations["integration"]["parameters"]["query"]>;
export type UpdateIntegrationRequestBody = Writable<NonNullable<operations["update_integration"]["requestBody"]>["content"]["application/json"]>;
export type UpdateIntegrationResponse = Readable<operations["update_integration"]["responses"][200]["content"]["application/json"]>;
export type UpdateIntegrationErrorBody = Readable<operations["update_integration"]["responses"][400]["content"]["application/json"] | operations["update_integration"]["responses"][401]["content"]["application/json"] | operations["update_integration"]["responses"][404]["content"]["application/json"] | operations["update_integration"]["responses"][413]["content"]["application/json"] | operations["update_integration"]["responses"][415]["content"]["application/json"] | operations["update_integration"]["responses"][422]["content"]["application/json"] | operations["update_integration"]["responses"][429]["content"]["application/json"]>;
export type UpdateIntegrationPathParams = operations["update_integration"]["parameters"]["path"];
export type UpdateIntegrationQuery = NonNullable<operations["update_integration"]["parameters"]["query"]>;
export type FetchIntegrationFormRequestBody = Writable<NonNullable<operations["fetch_integration_form"]["requestBody"]>["content"]["application/json"]>;
export type FetchIntegrationFormResponse = Readable<operations["fetch_integration_form"]["responses"][200]["content"]["application/json"]>;
export type FetchIntegrationFormErrorBody = Readable<operations["fetch_integration_form"]["responses"][400]["content"]["application/json"] | operations["fetch_integration_form"]["responses"][401]["content"]["application/json"] | operations["fetch_integration_form"]["responses"][404]["content"]["application/json"] | operations["fetch_integration_form"]["responses"][413]["content"]["application/json"] | operations["fetch_integration_form"]["responses"][415]["content"]["application/json"] | operations["fetch_integration_form"]["responses"][422]["content"]["application/json"] | operations["fetch_integration_form"]["responses"][429]["content"]["application/json"]>;
export type FetchIntegrationFormPathParams = operations["fetch_integration_form"]["parameters"]["path"];
export type TestIntegrationResponse = Readable<operations["test_integration"]["responses"][200]["content"]["application/json"]>;
export type TestIntegrationErrorBody = Readable<operations["test_integration"]["responses"][400]["content"]["application/json"] | operations["test_integration"]["responses"][401]["content"]["application/json"] | operations["test_integration"]["responses"][404]["content"]["application/json"] | operations["test_integration"]["responses"][422]["content"]["application/json"] | operations["test_integration"]["responses"][429]["content"]["application/json"]>;
export type TestIntegrationPathParams = operations["test_integration"]["parameters"]["path"];
export type AllUserCredentialsApi3sResponse = Readable<operations["all_user_credentials_api3s"]["responses"][200]["content"]["application/json"]>;
export type AllUserCredentialsApi3sErrorBody = Readable<operations["all_user_credentials_api3s"]["responses"][400]["content"]["application/json"] | operations["all_user_credentials_api3s"]["responses"][401]["content"]["application/json"] | operations["all_user_credentials_api3s"]["responses"][403]["content"]["application/json"] | operations["all_user_credentials_api3s"]["responses"][404]["content"]["application/json"] | operations["all_user_credentials_api3s"]["responses"][429]["content"]["application/json"]>;
export type AllUserCredentialsApi3sPathParams = operations["all_user_credentials_api3s"]["parameters"]["path"];
export type AllUserCredentialsApi3sQuery = NonNullable<operations["all_user_credentials_api3s"]["parameters"]["query"]>;
export type CreateUserCredentialsApi3Response = Readable<operations["create_user_credentials_api3"]["responses"][200]["content"]["application/json"]>;
export type CreateUserCredentialsApi3ErrorBody = Readable<operations["create_user_credentials_api3"]["responses"][400]["content"]["application/json"] | operations["create_user_credentials_api3"]["responses"][401]["content"]["application/json"] | operations["create_user_credentials_api3"]["responses"][403]["content"]["application/json"] | operations["create_user_credentials_api3"]["responses"][404]["content"]["application/json"] | operations["create_user_credentials_api3"]["responses"][409]["content"]["application/json"] | operations["create_user_credentials_api3"]["responses"][422]["content"]["application/json"] | operations["create_user_credentials_api3"]["responses"][429]["content"]["application/json"]>;
export type CreateUserCredentialsApi3PathParams = operations["create_user_credentials_api3"]["parameters"]["path"];
export type CreateUserCredentialsApi3Query = NonNullable<operations["create_user_credentials_api3"]["parameters"]["query"]>;
export type UserCredentialsApi3Response = Readable<operations["user_credentials_api3"]["responses"][200]["content"]["application/json"]>;
export type UserCredentialsApi3ErrorBody = Readable<operations["user_credentials_api3"]["responses"][400]["content"]["application/json"] | operations["user_credentials_api3"]["responses"][401]["content"]["application/json"] | operations["user_credentials_api3"]["responses"][403]["content"]["application/json"] | operations["user_credentials_api3"]["responses"][404]["content"]["application/json"] | operations["user_credentials_api3"]["responses"][429]["content"]["application/json"]>;
export type UserCredentialsApi3PathParams = operations["user_credentials_api3"]["parameters"]["path"];
export type UserCredentialsApi3Query = NonNullable<operations["user_credentials_api3"]["parameters"]["query"]>;
export type DeleteUserCredentialsApi3ErrorBody = Readable<operations["delete_user_credentials_api3"]["responses"][400]["content"]["application/json"] | operations["delete_user_credentials_api3"]["responses"][401]["content"]["application/json"] | operations["delete_user_credentials_api3"]["responses"][403]["content"]["application/json"] | operations["delete_user_credentials_api3"]["responses"][404]["content"]["application/json"] | operations["delete_user_credentials_api3"]["responses"][429]["content"]["application/json"]>;
export type DeleteUserCredentialsApi3PathParams = operations["delete_user_credentials_api3"]["parameters"]["path"];
export type UpdateUserCredentialsApi3RequestBody = Writable<NonNullable<operations["update_user_credentials_api3"]["requestBody"]>["content"]["application/json"]>;
export type UpdateUserCredentialsApi3Response = Readable<operations["update_user_credentials_api3"]["responses"][200]["content"]["application/json"]>;
export type UpdateUserCredentialsApi3ErrorBody = Readable<operations["update_user_credentials_api3"]["responses"][400]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][401]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][403]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][404]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][413]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][415]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][422]["content"]["application/json"] | operations["update_user_credentials_api3"]["responses"][429]["content"]["application/json"]>;
export type UpdateUserCredentialsApi3PathParams = operations["update_user_credentials_api3"]["parameters"]["path"];
export type UpdateUserCredentialsApi3Query = NonNullable<operations["update_user_credentials_api3"]["parameters"]["query"]>;
