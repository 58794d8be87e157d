// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: bee59ff128e77e21
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
    "/o/{organisation_id}/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Connectors
         * @description List the connectors of an organisation, one page at a time, most recently updated first.
         *
         *     Pages are cursor-based: `first` sets the page size (20 by default); pass the `next` of an answer
         *     as `after` for the following page, or its `prev` as `before` for the previous one. `tags`,
         *     `categories`, `protocol` and `name` narrow the list; `protocol` and `name` match any part of the
         *     value, ignoring case. Versori documents `sort` but does not support custom orders yet.
         */
        get: operations["ListConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Connector
         * @description Get one connector of the organisation; 404 when it has none with this ID.
         */
        get: operations["GetConnector"];
        /**
         * Update Connector
         * @description Replace every mutable field of a connector with the body: a field left out is unset, unless
         *     unsetting it is invalid, which answers 400. `updatedAt` becomes the time of the update.
         *
         *     The body is told apart by `protocol` and must carry the connector's `id` and `organisationId`,
         *     equal to those of the path. `authSchemeConfigIds` only reorders the auth scheme configurations
         *     (left out, the order stays); `connectionVariables`, when sent, also replaces the variables of
         *     every connection of the connector. Versions and connections are not changed here.
         */
        put: operations["UpdateConnector"];
        post?: never;
        /**
         * Delete Connector
         * @description Delete a connector. While another Versori product uses it (say, a published integration) the
         *     answer is 409, unless `force=true`, which deletes it anyway and is meant for exceptional cases.
         */
        delete: operations["DeleteConnector"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/http/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create HTTP Connector
         * @description Create a connector to a system over HTTP, with its auth scheme configurations and, optionally,
         *     its first connections. It starts as a draft, to be published before other Versori products can use it.
         */
        post: operations["CreateHTTPConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/bigquery/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create BigQuery Connector
         * @description Create a connector to a Google BigQuery dataset, with its first connections. It starts as a
         *     draft, to be published before other Versori products can use it.
         */
        post: operations["CreateBigQueryConnector"];
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
        /**
         * @description A ULID, the identifier Versori assigns: 26 characters of Crockford's base32 (case-insensitive).
         *     Versori's published description declares these as `format: ulid`; the pattern spells that format
         *     out, as validators do not know it.
         * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
         */
        Ulid: string;
        /**
         * @description A category of the Versori connector library.
         * @example CRM
         * @enum {string}
         */
        Category: "Development & IT" | "ERP" | "Supply Chain & Logistics" | "Communication" | "Accounting" | "Hospitality" | "Productivity" | "HR" | "CRM" | "AI/LLMs" | "eCommerce" | "Business Operations";
        /**
         * @description The cursors and count of one page of a list. Pass `next` as `after` to read the following page,
         *     or `prev` as `before` to read the one before; each is absent when there is no such page.
         */
        PageInfo: {
            /**
             * @description How many items the whole list holds, across every page.
             * @example 2
             */
            totalCount: number;
            /**
             * @description The cursor of the following page; absent on the last page.
             * @example MDFKMkY3UUs5Ulo4WDNNNU40QjZDN0Q4RUE
             */
            next?: string;
            /** @description The cursor of the previous page; absent on the first page. */
            prev?: string;
        };
        /**
         * @description Labels of a connector: each key maps to a list of values (Versori's description types the map as
         *     string → list of strings). Search them with the `tags` parameter of List Connectors.
         * @example {
         *       "category": [
         *         "crm"
         *       ],
         *       "team": [
         *         "sales-ops"
         *       ]
         *     }
         */
        Tags: {
            [key: string]: string[];
        };
        /**
         * @description The protocol a connector speaks to its external system.
         * @example http
         * @enum {string}
         */
        ProtocolType: "http" | "bigquery";
        /**
         * @description How serious a message is.
         * @example warning
         * @enum {string}
         */
        MessageSeverity: "info" | "warning" | "error";
        /** @description A note Versori attaches to a resource after validating it, for the user to read. */
        Message: {
            /**
             * @description The message itself.
             * @example The token URL answered 404 when Versori checked it
             */
            text: string;
            severity: components["schemas"]["MessageSeverity"];
            /** @description More lines about the message, such as one per validation error. */
            detail?: string[];
        };
        /** @description The fields every auth scheme configuration has, whatever its `schemeType`. */
        AuthSchemeConfigBase: {
            /**
             * @description Identifies the configuration among those of its connector. The client chooses it, and it only
             *     has to be unique within its list. Versori's description gives it the ULID format but reads it
             *     as a plain string, so any string is accepted.
             * @example 01J2F7R2B4D6F8H0K2N4Q6T8W0
             */
            id: string;
            /**
             * @description Tells apart configurations that use the same `schemeType`.
             * @example Production API key
             */
            description: string;
            /** @description What Versori found when it validated the configuration. Ignored when sent. */
            validationMessages?: $Read<components["schemas"]["Message"][]>;
        };
        /** @description No authentication; there is nothing to configure. */
        AuthSchemeConfigNone: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @constant */
            schemeType: "none";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "none";
        };
        /**
         * @description Where the API key goes in each request.
         * @example header
         * @enum {string}
         */
        AuthSchemeConfigAPIKeyIn: "query" | "header" | "cookie";
        /** @description An API key, sent in a query parameter, a header or a cookie. */
        AuthSchemeConfigAPIKey: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @constant */
            schemeType: "api-key";
            /**
             * @description The name of the query parameter, header or cookie that carries the key.
             * @example X-Api-Key
             */
            name: string;
            in: components["schemas"]["AuthSchemeConfigAPIKeyIn"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "api-key";
        };
        /** @description HTTP Basic authentication; the username and password are the connection's credential. */
        AuthSchemeConfigBasicAuth: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @constant */
            schemeType: "basic-auth";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "basic-auth";
        };
        /** @description A scope the external system's OAuth 2.0 server can grant. */
        OAuth2Scope: {
            /**
             * @description The scope as the external system names it.
             * @example contacts.read
             */
            name: string;
            /**
             * @description What the scope allows, for people choosing scopes.
             * @example Read contacts
             */
            description?: string;
        };
        /**
         * @description The `authorization_code` grant. When `credentialId` and `organisationId` are absent, Versori stores
         *     the client secret in a new credential; when they are present, it updates that credential.
         */
        AuthSchemeConfigOAuth2GrantAuthorizationCode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grantType: "authorization_code";
            /** @description The credential that holds the client ID and secret. */
            credentialId?: components["schemas"]["Ulid"];
            /** @description The organisation that owns that credential (it may be another one, for connectors imported from Versori's library). */
            organisationId?: components["schemas"]["Ulid"];
            /**
             * @description The OAuth 2.0 client ID; not secret.
             * @example acme-versori-prod
             */
            clientId?: string;
            /** @description The OAuth 2.0 client secret. Versori's description calls it sensitive and says it is not displayed to users. */
            clientSecret?: string;
        };
        /** @description The `client_credentials` grant; the user gives the client ID and secret when connecting. */
        AuthSchemeConfigOAuth2GrantClientCredentials: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grantType: "client_credentials";
        };
        /**
         * @description The `password` grant. When `credentialId` and `organisationId` are absent, Versori stores the
         *     client secret in a new credential; when they are present, it updates that credential.
         */
        AuthSchemeConfigOAuth2GrantPassword: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            grantType: "password";
            /** @description The credential that holds the client ID and secret. */
            credentialId?: components["schemas"]["Ulid"];
            /** @description The organisation that owns that credential. */
            organisationId?: components["schemas"]["Ulid"];
            /** @description The OAuth 2.0 client ID; not secret. */
            clientId?: string;
            /** @description The OAuth 2.0 client secret. Versori's description calls it sensitive and says it is not displayed to users. */
            clientSecret?: string;
        };
        /** @description The OAuth 2.0 grant the connector uses, told apart by `grantType`. */
        AuthSchemeConfigOAuth2Grant: components["schemas"]["AuthSchemeConfigOAuth2GrantAuthorizationCode"] | components["schemas"]["AuthSchemeConfigOAuth2GrantClientCredentials"] | components["schemas"]["AuthSchemeConfigOAuth2GrantPassword"];
        /** @description OAuth 2.0, where the connector holds the client ID and secret. */
        AuthSchemeConfigOAuth2: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @constant */
            schemeType: "oauth2";
            /**
             * Format: uri
             * @description Where users are sent to authorise the application.
             * @example https://auth.acme-crm.com/oauth/authorize
             */
            authorizeUrl: string;
            /**
             * Format: uri
             * @description Where the application obtains access tokens.
             * @example https://auth.acme-crm.com/oauth/token
             */
            tokenUrl: string;
            /** @description Every scope the application supports; users choose among them when they connect. */
            scopes: components["schemas"]["OAuth2Scope"][];
            /**
             * @description The scopes requested unless the user chooses otherwise.
             * @example [
             *       "contacts.read"
             *     ]
             */
            defaultScopes: string[];
            /**
             * @description A URL-encoded query string added to the authorisation URL (the UI's default; the initialise call may send another).
             * @example prompt=consent
             */
            additionalAuthorizeParams?: string;
            /** @description URL-encoded form parameters added to the body of token requests. */
            additionalTokenParams?: string;
            /** @description Whether token requests use mutual TLS. */
            mtlsEnabled?: boolean;
            /** @description The credential with the client certificate and key for mutual TLS; found automatically when left out and `mtlsEnabled` is true. */
            mtlsCredentialId?: string;
            grant: components["schemas"]["AuthSchemeConfigOAuth2Grant"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "oauth2";
        };
        /**
         * @description Where the signature goes in each request.
         * @example header
         * @enum {string}
         */
        AuthSchemeConfigHMACIn: "query" | "header" | "cookie";
        /**
         * @description An HMAC signature over parts of the request: it signs outgoing requests, or, more often, checks
         *     that an incoming webhook comes from the system it claims.
         */
        AuthSchemeConfigHMAC: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @constant */
            schemeType: "hmac";
            /**
             * @description The name of the query parameter, header or cookie that carries the signature.
             * @example X-Acme-Signature
             */
            name: string;
            in: components["schemas"]["AuthSchemeConfigHMACIn"];
            /**
             * @description The hash function of the HMAC.
             * @example sha256
             * @enum {string}
             */
            algorithm: "sha1" | "sha256" | "sha512";
            /**
             * @description The parts of the request that are signed, in the order they are hashed.
             * @example [
             *       "body"
             *     ]
             */
            digestInputs: ("body" | "url")[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "hmac";
        };
        /** @description A TLS client certificate; the certificate itself is the connection's credential. */
        AuthSchemeConfigCertificate: components["schemas"]["AuthSchemeConfigBase"] & {
            /** @constant */
            schemeType: "certificate";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "certificate";
        };
        /**
         * @description How a connector authenticates with its external system: the configuration only, not the secret
         *     itself, which belongs to a credential. Told apart by `schemeType`.
         */
        AuthSchemeConfig: components["schemas"]["AuthSchemeConfigNone"] | components["schemas"]["AuthSchemeConfigAPIKey"] | components["schemas"]["AuthSchemeConfigBasicAuth"] | components["schemas"]["AuthSchemeConfigOAuth2"] | components["schemas"]["AuthSchemeConfigHMAC"] | components["schemas"]["AuthSchemeConfigCertificate"];
        /** @description A named value that customises a connector within a connection, such as a default region. */
        ConnectionVariable: {
            /**
             * @description The variable's name.
             * @example region
             */
            name: string;
            /**
             * @description The variable's value.
             * @example eu-west-1
             */
            value: string;
        };
        /**
         * @description What kind of secret a credential holds, which decides the shape of its `data`: `none`, a `string`
         *     (such as an API key), `binary` data, `basic-auth` username and password, an `oauth2-client` ID and
         *     secret, an `oauth2-code` to exchange, `oauth2-password` resource-owner credentials, an
         *     `oauth2-token`, a `custom-function`, a `certificate`, or `jwt-bearer` settings.
         * @example string
         * @enum {string}
         */
        CredentialType: "none" | "string" | "binary" | "basic-auth" | "oauth2-client" | "oauth2-code" | "oauth2-password" | "oauth2-token" | "custom-function" | "certificate" | "jwt-bearer";
        /**
         * Format: date-time
         * @description An RFC 3339 date-time set by Versori.
         * @example 2025-06-02T08:15:30Z
         */
        Timestamp: string;
        /** @description The main facts of a connector, whatever its protocol. */
        ConnectorSummaryBase: {
            /** @description The connector's ID. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation that owns the connector. */
            organisationId: components["schemas"]["Ulid"];
            /**
             * @description The connector's name.
             * @example Acme CRM
             */
            name: string;
            protocol: components["schemas"]["ProtocolType"];
            /** @description When the connector was created. */
            createdAt: components["schemas"]["Timestamp"];
            /** @description When the connector or anything below it last changed. */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A connection that uses a credential, with a summary of its connector. */
        CredentialUsageConnection: {
            /** @description The connection's ID. */
            id: components["schemas"]["Ulid"];
            /** @description The connection's name. */
            name: string;
            connector: components["schemas"]["ConnectorSummaryBase"];
            /** @description When the connection was created. */
            createdAt: components["schemas"]["Timestamp"];
            /** @description When the connection last changed. */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description One use of a credential; today only connections are tracked. */
        CredentialUsage: {
            connection: components["schemas"]["CredentialUsageConnection"];
        };
        /**
         * @description Where a credential is used. Only some operations load it: absent means not loaded, an empty list
         *     means unused.
         */
        CredentialUsages: components["schemas"]["CredentialUsage"][];
        /** @description No secret; a placeholder so every credential has `data`. */
        CredentialDataNone: Record<string, never>;
        /** @description One secret string, usually an API key. Versori redacts it in responses. */
        CredentialDataString: {
            /**
             * @description The secret, as UTF-8 text; redacted when read back.
             * @example ********
             */
            value: string;
        };
        /** @description Secret bytes, such as a key file. Versori redacts them in responses. */
        CredentialDataBinary: {
            /** @description The bytes, base64-encoded; redacted when read back. */
            valueBase64: string;
        };
        /** @description A username and password for HTTP Basic authentication. Versori redacts the password in responses. */
        CredentialDataBasicAuth: {
            /**
             * @description The username.
             * @example versori-sync
             */
            username: string;
            /** @description The password; redacted when read back. */
            password: string;
        };
        /**
         * @description An OAuth 2.0 client ID and secret, used to refresh tokens or for the `client_credentials` and
         *     `authorization_code` grants. Versori redacts the secret in responses.
         */
        CredentialDataOAuth2Client: {
            /** @description The OAuth 2.0 client ID. */
            clientId: string;
            /** @description The OAuth 2.0 client secret; redacted when read back. */
            clientSecret: string;
            /**
             * @description Where users authorise the application; an empty string for the `client_credentials` grant.
             *     (Versori's description also declares `format: uri`, which an empty string cannot meet; see the README.)
             */
            authorizeUrl: string;
            /**
             * Format: uri
             * @description Where access tokens are issued.
             */
            tokenUrl: string;
            /** @description The scopes to request with the `client_credentials` grant. */
            scopes?: string[];
            /** @description URL-encoded form parameters added to the body of token requests. */
            additionalParams?: string;
            /** @description Whether token requests use mutual TLS, with the certificate credential `mTLSCredentialId`. */
            mTLSEnabled?: boolean;
            /** @description The certificate credential for mutual TLS. */
            mTLSCredentialId?: string;
        };
        /**
         * @description The tokens of a user who authorised the application. Only `scopes` is ever shown: the tokens are
         *     redacted when read back.
         */
        CredentialDataOAuth2Token: {
            /**
             * @description The scopes the user consented to.
             * @example [
             *       "contacts.read",
             *       "deals.write"
             *     ]
             */
            scopes: string[];
            /** @description The access token; redacted when read back. */
            accessToken?: string;
            /** @description The refresh token; redacted when read back. */
            refreshToken?: string;
        };
        /**
         * @description An authorisation code to exchange for tokens (type `oauth2-code`), sent when a connection is made
         *     with the `authorization_code` grant; reading the credential back gives an `oauth2-token`.
         */
        CredentialDataOAuth2Code: {
            /** @description The authorisation code. */
            code: string;
            /** @description The `state` value carried through the OAuth 2.0 flow. */
            state: string;
        };
        /** @description A resource owner's username and password for the OAuth 2.0 `password` grant. Versori redacts the password in responses. */
        CredentialDataOAuth2Password: {
            /** @description The resource owner's username. */
            username: string;
            /** @description The resource owner's password; redacted when read back. */
            password: string;
        };
        /** @description A PEM client certificate, its key and the certificate authority to check the server against. */
        CredentialDataCertificate: {
            /** @description The client certificate. */
            certificate: string;
            /** @description The certificate's private key. */
            key: string;
            /** @description The certificate authority that server certificates must chain to. */
            ca: string;
        };
        /**
         * @description The secret of a credential; its shape follows the credential's `type`. Versori's description lists
         *     these shapes as a `oneOf`, which a Basic-auth or OAuth 2.0 password secret can never satisfy (both
         *     are `{username, password}`), so this contract accepts any of them (`anyOf`).
         */
        CredentialData: components["schemas"]["CredentialDataNone"] | components["schemas"]["CredentialDataString"] | components["schemas"]["CredentialDataBinary"] | components["schemas"]["CredentialDataBasicAuth"] | components["schemas"]["CredentialDataOAuth2Client"] | components["schemas"]["CredentialDataOAuth2Token"] | components["schemas"]["CredentialDataOAuth2Code"] | components["schemas"]["CredentialDataOAuth2Password"] | components["schemas"]["CredentialDataCertificate"];
        /** @description A stored secret, with its type, name and (redacted) data. */
        Credential: {
            /** @description The credential's ID. */
            id: $Read<components["schemas"]["Ulid"]>;
            /** @description The organisation that owns the credential. */
            organisationId: $Read<components["schemas"]["Ulid"]>;
            type: components["schemas"]["CredentialType"];
            /**
             * @description The credential's name.
             * @example Acme CRM production key
             */
            name: string;
            usages?: components["schemas"]["CredentialUsages"];
            /**
             * @description What validating the credential found: empty when it is valid, absent when it has not been
             *     validated.
             */
            errors?: string[];
            data: components["schemas"]["CredentialData"];
            /** @description When Versori deletes the credential automatically, if ever. */
            expiresAt?: components["schemas"]["Timestamp"];
        };
        /** @description A credential of a connection, with the auth scheme configuration that says how to use it. */
        ConnectionCredential: {
            /** @description The ID of this pairing of credential and configuration. */
            id: $Read<components["schemas"]["Ulid"]>;
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
            credential: components["schemas"]["Credential"];
        };
        /**
         * @description The credentials a connection applies to the connector's actions and to its triggers. Several per
         *     list are applied in order, for systems that want, say, both a session token and an API key.
         */
        ConnectionCredentials: {
            /** @description The credentials applied to actions. */
            action?: components["schemas"]["ConnectionCredential"][];
            /** @description The credentials applied to triggers. */
            trigger?: components["schemas"]["ConnectionCredential"][];
        };
        /**
         * @description A connection of a connector to one instance of its external system (production, staging, …), with
         *     its credentials and variables.
         */
        Connection: {
            /** @description The connection's ID; public APIs mostly use the connector's ID and the connection's `name` instead. */
            id: $Read<components["schemas"]["Ulid"]>;
            /**
             * @description The connection's name, unique within its connector.
             * @example acme-production
             */
            name: string;
            credentials: components["schemas"]["ConnectionCredentials"];
            /** @description The connection's variables. */
            variables: components["schemas"]["ConnectionVariable"][];
            /** @description When the connection was created. */
            createdAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description When the connection last changed. */
            updatedAt: $Read<components["schemas"]["Timestamp"]>;
        };
        /**
         * @description A version of a connector, holding its actions, triggers and definitions. A version is a draft
         *     until it is published (`publishedAt` is then set), and immutable afterwards.
         */
        ConnectorVersion: {
            /** @description The version's ID; mostly used internally, as public APIs use the connector's ID with the version's `name`. */
            id: $Read<components["schemas"]["Ulid"]>;
            /**
             * @description The version, in any scheme (SemVer, CalVer, a counter); `latest` and `default` are reserved.
             * @example 1.1.0
             */
            name: string;
            /** @description Notes about the version, such as what changed. */
            description?: string;
            /** @description Whether this is the most recently published version. */
            isLatest: boolean;
            /** @description Whether this is the connector's default version. */
            isDefault: boolean;
            /** @description When the version was created. */
            createdAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description When the version or anything in it last changed. */
            updatedAt: $Read<components["schemas"]["Timestamp"]>;
            /**
             * Format: date-time
             * @description When the version was published; `null` while it is a draft.
             */
            publishedAt: $Read<string | null>;
            /** @description What Versori found when it validated the version. */
            messages?: components["schemas"]["Message"][];
        };
        /** @description The fields every connector has, whatever its protocol. */
        ConnectorBase: {
            /** @description The connector's ID. */
            id: $Read<components["schemas"]["Ulid"]>;
            /** @description The organisation that owns the connector. */
            organisationId: $Read<components["schemas"]["Ulid"]>;
            /**
             * @description The connector's name, as its users chose it.
             * @example Acme CRM
             */
            name: string;
            /** @description Whether the connector is listed in Versori's public connector library. */
            public: boolean;
            /**
             * @description A link to the external system's API documentation.
             * @example https://developer.acme-crm.com/docs/api
             */
            documentationURL?: string;
            /**
             * @description The URL of the connector's icon.
             * @example https://cdn.acme-crm.com/brand/icon-256.png
             */
            imageURL?: string;
            tags?: components["schemas"]["Tags"];
            protocol: components["schemas"]["ProtocolType"];
            /** @description How the connector can authenticate, in the order the schemes are tried. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            /** @description The variables every new connection of the connector starts with. */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
            /** @description The connector's connections. */
            connections: $Read<components["schemas"]["Connection"][]>;
            /** @description The connector's versions. */
            versions: $Read<components["schemas"]["ConnectorVersion"][]>;
            /** @description When the connector was created. */
            createdAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description When the connector or anything below it last changed. */
            updatedAt: $Read<components["schemas"]["Timestamp"]>;
        };
        /** @description A connector to an external system over HTTP. */
        HTTPConnector: components["schemas"]["ConnectorBase"] & {
            /** @constant */
            protocol: "http";
            /**
             * @description The base URL of every HTTP action of the connector.
             * @example https://api.acme-crm.com/v3
             */
            baseUrl: string;
            public: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "http";
        };
        /** @description A connector to a Google BigQuery dataset. */
        BigQueryConnector: components["schemas"]["ConnectorBase"] & {
            /** @constant */
            protocol: "bigquery";
            /**
             * @description The dataset, as `<project_id>.<dataset_name>`.
             * @example acme-analytics-prod.sales
             */
            datasetId: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "bigquery";
        };
        /** @description A connector to an external system, told apart by `protocol`. */
        Connector: components["schemas"]["HTTPConnector"] | components["schemas"]["BigQueryConnector"];
        /** @description One page of connectors, most recently updated first. */
        ConnectorPage: components["schemas"]["PageInfo"] & {
            /** @description The connectors of this page. */
            connectors: components["schemas"]["Connector"][];
        };
        /** @description One field of the request that Versori rejected, and why. */
        ErrorField: {
            /**
             * @description The path of the field, with dots between nested names and brackets around array indexes,
             *     such as `connectionVariables[0].value`.
             * @example connectionVariables[0].value
             */
            field: string;
            /**
             * @description Why this field was rejected.
             * @example must have required property 'value'
             */
            message: string;
        };
        /**
         * @description The body of every Versori error: a machine-readable `code`, a `message` for people, the fields at
         *     fault when the request broke validation, and optional further `details`.
         */
        Error: {
            /**
             * @description A machine-readable code. Versori does not publish its list; the local mock and stub use
             *     gRPC-style names by status (`invalid_argument`, `unauthenticated`, `not_found`, …).
             * @example not_found
             */
            code: string;
            /**
             * @description What went wrong, for a person to read.
             * @example connector 01J2F7QK9RZ8X3M5N4B6C7D8EB not found in organisation 01HQ8ZK3M7V4X2N9P6R5T8W1YB
             */
            message: string;
            /** @description The fields at fault, when the request body or its parameters broke validation. */
            fields?: components["schemas"]["ErrorField"][];
            /** @description Further information about the error, as free text. */
            details?: string;
        };
        /**
         * @description The fields of a connector that Update Connector replaces, whatever its protocol. Versions are not
         *     changed through it.
         */
        ConnectorUpdateBase: {
            /** @description The connector's ID; must be the `connector_id` of the path. */
            id: components["schemas"]["Ulid"];
            /**
             * @description The organisation that owns the connector; must be the `organisation_id` of the path. (Versori's
             *     description gives it the ULID format but reads it as a plain string.)
             * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
             */
            organisationId: string;
            /**
             * @description The connector's name.
             * @example Acme CRM
             */
            name: string;
            tags?: components["schemas"]["Tags"];
            protocol: components["schemas"]["ProtocolType"];
            /**
             * @description A new order for the connector's auth scheme configurations, by their IDs. It only reorders:
             *     configurations are added, changed and removed with the auth-scheme-configs endpoints
             *     (`/o/{organisation_id}/connectors/{connector_id}/auth-scheme-configs/{id}`). Left out, the
             *     order stays.
             */
            authSchemeConfigIds?: string[];
            /** @description Whether the connector is listed in Versori's public connector library. */
            public?: boolean;
            /**
             * @description A link to the external system's API documentation.
             * @example https://developer.acme-crm.com/docs/api
             */
            documentationURL?: string;
            /**
             * @description The URL of the connector's icon.
             * @example https://cdn.acme-crm.com/brand/icon-256.png
             */
            imageURL?: string;
        };
        /** @description The Update Connector body of an HTTP connector. Its connections are changed with the connection endpoints, not here. */
        HTTPConnectorUpdate: components["schemas"]["ConnectorUpdateBase"] & {
            /** @constant */
            protocol: "http";
            /**
             * @description The base URL of every HTTP action of the connector.
             * @example https://api.acme-crm.com/v3
             */
            baseUrl: string;
            /**
             * @description When sent, replaces the connector's connection variables, and the variables of every one of
             *     its connections too.
             */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "http";
        };
        /** @description The Update Connector body of a BigQuery connector. Its connections are changed with the connection endpoints, not here. */
        BigQueryConnectorUpdate: components["schemas"]["ConnectorUpdateBase"] & {
            /** @enum {string} */
            protocol: "bigquery";
            /**
             * @description The dataset, as `<project_id>.<dataset_name>`.
             * @example acme-analytics-prod.sales
             */
            datasetId: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "bigquery";
        };
        /**
         * @description The body of Update Connector: every mutable field of the connector, told apart by `protocol`.
         *     A field left out is unset, unless unsetting it is invalid, which answers 400.
         */
        ConnectorUpdate: components["schemas"]["HTTPConnectorUpdate"] | components["schemas"]["BigQueryConnectorUpdate"];
        /** @description A new credential: its name, type and secret. */
        CredentialCreate: {
            /**
             * @description The credential's name.
             * @example Globex billing service account
             */
            name: string;
            type: components["schemas"]["CredentialType"];
            data: components["schemas"]["CredentialData"];
        };
        /** @description A credential to create for a new connection, with the auth scheme configuration it satisfies. */
        ConnectionCredentialCreate: {
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
            credential: components["schemas"]["CredentialCreate"];
        };
        /** @description The credentials of a new connection, for actions and for triggers, applied in order. */
        ConnectionCredentialsCreate: {
            /** @description The credentials applied to actions. */
            action?: components["schemas"]["ConnectionCredentialCreate"][];
            /** @description The credentials applied to triggers. */
            trigger?: components["schemas"]["ConnectionCredentialCreate"][];
        };
        /** @description A connection to create together with its connector. */
        ConnectionCreate: {
            /**
             * @description The connection's name.
             * @example globex-production
             */
            name: string;
            credentials: components["schemas"]["ConnectionCredentialsCreate"];
            /** @description The connection's variables. */
            variables: components["schemas"]["ConnectionVariable"][];
        };
        /**
         * @description The body of Create HTTP Connector. Versori's description lists `connections` as required without
         *     describing it, and Versori's own SDK, generated from that description, has no such field and never
         *     sends it. This contract does not require it, and describes it as Create BigQuery Connector does (a
         *     list of connections to create), which is inferred.
         */
        HTTPConnectorCreate: {
            /**
             * @description The connector's name.
             * @example Globex Billing
             */
            name: string;
            /**
             * @description The base URL of every HTTP action of the connector.
             * @example https://api.globex-billing.com/v2
             */
            baseUrl: string;
            /** @description The variables every new connection of the connector starts with. */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
            /** @description How the connector can authenticate, in the order the schemes are tried. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            tags?: components["schemas"]["Tags"];
            /** @description Whether to list the connector in Versori's public connector library. */
            public?: boolean;
            /** @description The connections to create with the connector; none when left out. (Inferred, see above.) */
            connections?: components["schemas"]["ConnectionCreate"][];
        };
        /** @description The body of Create BigQuery Connector. */
        BigQueryConnectorCreate: {
            /**
             * @description The connector's name.
             * @example Marketing warehouse
             */
            name: string;
            /**
             * @description The dataset, as `<project_id>.<dataset_name>`.
             * @example acme-analytics-prod.marketing
             */
            datasetId?: string;
            /** @description The connections to create with the connector. */
            connections: components["schemas"]["ConnectionCreate"][];
        };
    };
    responses: {
        /** @description Bad Request. The body or a parameter breaks the contract, or the body disagrees with the path. */
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
        /** @description Conflict. Another Versori product uses the connector; send `force=true` to delete it anyway. */
        Conflict: {
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
         * @description The organisation that owns the connectors.
         * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
         */
        OrganisationId: components["schemas"]["Ulid"];
        /**
         * @description How many connectors to return, at most.
         * @example 20
         */
        First: number;
        /**
         * @description Return the page after this cursor (a `next` of an earlier answer).
         * @example MDFKMkY3UUs5Ulo4WDNNNU40QjZDN0Q4RUE
         */
        After: string;
        /**
         * @description Return the page before this cursor (a `prev` of an earlier answer).
         * @example MDFKOE0zWDVaN0I5RDFGM0g1SzdOOVExUzM
         */
        Before: string;
        /**
         * @description The order, as `field:direction` pairs separated by commas, such as `name:asc,id:desc`. Versori
         *     documents the parameter but says custom sorting is not supported yet: lists come most recently
         *     updated first.
         * @example name:asc
         */
        Sort: string;
        /**
         * @description Only connectors with these tags: `key:value` pairs separated by commas, where the value may be
         *     left out (`category:crm,team`).
         * @example category:crm
         */
        TagsSearch: string;
        /**
         * @description Only connectors in these categories; repeat the parameter for several (`?categories=CRM&categories=ERP`).
         * @example [
         *       "CRM"
         *     ]
         */
        Categories: components["schemas"]["Category"][];
        /**
         * @description Only connectors whose protocol contains this text, ignoring case.
         * @example http
         */
        ProtocolFilter: string;
        /**
         * @description Only connectors whose name contains this text, ignoring case.
         * @example acme
         */
        NameFilter: string;
        /**
         * @description The connector's ID.
         * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
         */
        ConnectorId: components["schemas"]["Ulid"];
        /**
         * @description Delete the connector even while other Versori products use it. Meant for exceptional cases; it may break those products.
         * @example false
         */
        Force: boolean;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListConnectors: {
        parameters: {
            query?: {
                /**
                 * @description How many connectors to return, at most.
                 * @example 20
                 */
                first?: components["parameters"]["First"];
                /**
                 * @description Return the page after this cursor (a `next` of an earlier answer).
                 * @example MDFKMkY3UUs5Ulo4WDNNNU40QjZDN0Q4RUE
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Return the page before this cursor (a `prev` of an earlier answer).
                 * @example MDFKOE0zWDVaN0I5RDFGM0g1SzdOOVExUzM
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description The order, as `field:direction` pairs separated by commas, such as `name:asc,id:desc`. Versori
                 *     documents the parameter but says custom sorting is not supported yet: lists come most recently
                 *     updated first.
                 * @example name:asc
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description Only connectors with these tags: `key:value` pairs separated by commas, where the value may be
                 *     left out (`category:crm,team`).
                 * @example category:crm
                 */
                tags?: components["parameters"]["TagsSearch"];
                /**
                 * @description Only connectors in these categories; repeat the parameter for several (`?categories=CRM&categories=ERP`).
                 * @example [
                 *       "CRM"
                 *     ]
                 */
                categories?: components["parameters"]["Categories"];
                /**
                 * @description Only connectors whose protocol contains this text, ignoring case.
                 * @example http
                 */
                protocol?: components["parameters"]["ProtocolFilter"];
                /**
                 * @description Only connectors whose name contains this text, ignoring case.
                 * @example acme
                 */
                name?: components["parameters"]["NameFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description The organisation that owns the connectors.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organisation's connectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    GetConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation that owns the connectors.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
                /**
                 * @description The connector's ID.
                 * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
                 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connector. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    UpdateConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation that owns the connectors.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
                /**
                 * @description The connector's ID.
                 * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
                 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectorUpdate"];
            };
        };
        responses: {
            /** @description The connector after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    DeleteConnector: {
        parameters: {
            query?: {
                /**
                 * @description Delete the connector even while other Versori products use it. Meant for exceptional cases; it may break those products.
                 * @example false
                 */
                force?: components["parameters"]["Force"];
            };
            header?: never;
            path: {
                /**
                 * @description The organisation that owns the connectors.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
                /**
                 * @description The connector's ID.
                 * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
                 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connector is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    CreateHTTPConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation that owns the connectors.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HTTPConnectorCreate"];
            };
        };
        responses: {
            /** @description The new connector, with its secrets redacted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPConnector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    CreateBigQueryConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation that owns the connectors.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BigQueryConnectorCreate"];
            };
        };
        responses: {
            /** @description The new connector. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BigQueryConnector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}

// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.
export type Ulid = Readable<components["schemas"]["Ulid"]>;
export type UlidInput = Writable<components["schemas"]["Ulid"]>;
export type Category = Readable<components["schemas"]["Category"]>;
export type PageInfo = Readable<components["schemas"]["PageInfo"]>;
export type Tags = Readable<components["schemas"]["Tags"]>;
export type TagsInput = Writable<components["schemas"]["Tags"]>;
export type ProtocolType = Readable<components["schemas"]["ProtocolType"]>;
export type ProtocolTypeInput = Writable<components["schemas"]["ProtocolType"]>;
export type MessageSeverity = Readable<components["schemas"]["MessageSeverity"]>;
export type Message = Readable<components["schemas"]["Message"]>;
export type AuthSchemeConfigBase = Readable<components["schemas"]["AuthSchemeConfigBase"]>;
export type AuthSchemeConfigBaseInput = Writable<components["schemas"]["AuthSchemeConfigBase"]>;
export type AuthSchemeConfigNone = Readable<components["schemas"]["AuthSchemeConfigNone"]>;
export type AuthSchemeConfigNoneInput = Writable<components["schemas"]["AuthSchemeConfigNone"]>;
export type AuthSchemeConfigAPIKeyIn = Readable<components["schemas"]["AuthSchemeConfigAPIKeyIn"]>;
export type AuthSchemeConfigAPIKeyInInput = Writable<components["schemas"]["AuthSchemeConfigAPIKeyIn"]>;
export type AuthSchemeConfigAPIKey = Readable<components["schemas"]["AuthSchemeConfigAPIKey"]>;
export type AuthSchemeConfigAPIKeyInput = Writable<components["schemas"]["AuthSchemeConfigAPIKey"]>;
export type AuthSchemeConfigBasicAuth = Readable<components["schemas"]["AuthSchemeConfigBasicAuth"]>;
export type AuthSchemeConfigBasicAuthInput = Writable<components["schemas"]["AuthSchemeConfigBasicAuth"]>;
export type OAuth2Scope = Readable<components["schemas"]["OAuth2Scope"]>;
export type OAuth2ScopeInput = Writable<components["schemas"]["OAuth2Scope"]>;
export type AuthSchemeConfigOAuth2GrantAuthorizationCode = Readable<components["schemas"]["AuthSchemeConfigOAuth2GrantAuthorizationCode"]>;
export type AuthSchemeConfigOAuth2GrantAuthorizationCodeInput = Writable<components["schemas"]["AuthSchemeConfigOAuth2GrantAuthorizationCode"]>;
export type AuthSchemeConfigOAuth2GrantClientCredentials = Readable<components["schemas"]["AuthSchemeConfigOAuth2GrantClientCredentials"]>;
export type AuthSchemeConfigOAuth2GrantClientCredentialsInput = Writable<components["schemas"]["AuthSchemeConfigOAuth2GrantClientCredentials"]>;
export type AuthSchemeConfigOAuth2GrantPassword = Readable<components["schemas"]["AuthSchemeConfigOAuth2GrantPassword"]>;
export type AuthSchemeConfigOAuth2GrantPasswordInput = Writable<components["schemas"]["AuthSchemeConfigOAuth2GrantPassword"]>;
export type AuthSchemeConfigOAuth2Grant = Readable<components["schemas"]["AuthSchemeConfigOAuth2Grant"]>;
export type AuthSchemeConfigOAuth2GrantInput = Writable<components["schemas"]["AuthSchemeConfigOAuth2Grant"]>;
export type AuthSchemeConfigOAuth2 = Readable<components["schemas"]["AuthSchemeConfigOAuth2"]>;
export type AuthSchemeConfigOAuth2Input = Writable<components["schemas"]["AuthSchemeConfigOAuth2"]>;
export type AuthSchemeConfigHMACIn = Readable<components["schemas"]["AuthSchemeConfigHMACIn"]>;
export type AuthSchemeConfigHMACInInput = Writable<components["schemas"]["AuthSchemeConfigHMACIn"]>;
export type AuthSchemeConfigHMAC = Readable<components["schemas"]["AuthSchemeConfigHMAC"]>;
export type AuthSchemeConfigHMACInput = Writable<components["schemas"]["AuthSchemeConfigHMAC"]>;
export type AuthSchemeConfigCertificate = Readable<components["schemas"]["AuthSchemeConfigCertificate"]>;
export type AuthSchemeConfigCertificateInput = Writable<components["schemas"]["AuthSchemeConfigCertificate"]>;
export type AuthSchemeConfig = Readable<components["schemas"]["AuthSchemeConfig"]>;
export type AuthSchemeConfigInput = Writable<components["schemas"]["AuthSchemeConfig"]>;
export type ConnectionVariable = Readable<components["schemas"]["ConnectionVariable"]>;
export type ConnectionVariableInput = Writable<components["schemas"]["ConnectionVariable"]>;
export type CredentialType = Readable<components["schemas"]["CredentialType"]>;
export type CredentialTypeInput = Writable<components["schemas"]["CredentialType"]>;
export type Timestamp = Readable<components["schemas"]["Timestamp"]>;
export type ConnectorSummaryBase = Readable<components["schemas"]["ConnectorSummaryBase"]>;
export type CredentialUsageConnection = Readable<components["schemas"]["CredentialUsageConnection"]>;
export type CredentialUsage = Readable<components["schemas"]["CredentialUsage"]>;
export type CredentialUsages = Readable<components["schemas"]["CredentialUsages"]>;
export type CredentialDataNone = Readable<components["schemas"]["CredentialDataNone"]>;
export type CredentialDataNoneInput = Writable<components["schemas"]["CredentialDataNone"]>;
export type CredentialDataString = Readable<components["schemas"]["CredentialDataString"]>;
export type CredentialDataStringInput = Writable<components["schemas"]["CredentialDataString"]>;
export type CredentialDataBinary = Readable<components["schemas"]["CredentialDataBinary"]>;
export type CredentialDataBinaryInput = Writable<components["schemas"]["CredentialDataBinary"]>;
export type CredentialDataBasicAuth = Readable<components["schemas"]["CredentialDataBasicAuth"]>;
export type CredentialDataBasicAuthInput = Writable<components["schemas"]["CredentialDataBasicAuth"]>;
export type CredentialDataOAuth2Client = Readable<components["schemas"]["CredentialDataOAuth2Client"]>;
export type CredentialDataOAuth2ClientInput = Writable<components["schemas"]["CredentialDataOAuth2Client"]>;
export type CredentialDataOAuth2Token = Readable<components["schemas"]["CredentialDataOAuth2Token"]>;
export type CredentialDataOAuth2TokenInput = Writable<components["schemas"]["CredentialDataOAuth2Token"]>;
export type CredentialDataOAuth2Code = Readable<components["schemas"]["CredentialDataOAuth2Code"]>;
export type CredentialDataOAuth2CodeInput = Writable<components["schemas"]["CredentialDataOAuth2Code"]>;
export type CredentialDataOAuth2Password = Readable<components["schemas"]["CredentialDataOAuth2Password"]>;
export type CredentialDataOAuth2PasswordInput = Writable<components["schemas"]["CredentialDataOAuth2Password"]>;
export type CredentialDataCertificate = Readable<components["schemas"]["CredentialDataCertificate"]>;
export type CredentialDataCertificateInput = Writable<components["schemas"]["CredentialDataCertificate"]>;
export type CredentialData = Readable<components["schemas"]["CredentialData"]>;
export type CredentialDataInput = Writable<components["schemas"]["CredentialData"]>;
export type Credential = Readable<components["schemas"]["Credential"]>;
export type ConnectionCredential = Readable<components["schemas"]["ConnectionCredential"]>;
export type ConnectionCredentials = Readable<components["schemas"]["ConnectionCredentials"]>;
export type Connection = Readable<components["schemas"]["Connection"]>;
export type ConnectorVersion = Readable<components["schemas"]["ConnectorVersion"]>;
export type ConnectorBase = Readable<components["schemas"]["ConnectorBase"]>;
export type HTTPConnector = Readable<components["schemas"]["HTTPConnector"]>;
export type BigQueryConnector = Readable<components["schemas"]["BigQueryConnector"]>;
export type Connector = Readable<components["schemas"]["Connector"]>;
export type ConnectorPage = Readable<components["schemas"]["ConnectorPage"]>;
export type ErrorField = Readable<components["schemas"]["ErrorField"]>;
export type Error = Readable<components["schemas"]["Error"]>;
export type ConnectorUpdateBase = Readable<components["schemas"]["ConnectorUpdateBase"]>;
export type ConnectorUpdateBaseInput = Writable<components["schemas"]["ConnectorUpdateBase"]>;
export type HTTPConnectorUpdate = Readable<components["schemas"]["HTTPConnectorUpdate"]>;
export type HTTPConnectorUpdateInput = Writable<components["schemas"]["HTTPConnectorUpdate"]>;
export type BigQueryConnectorUpdate = Readable<components["schemas"]["BigQueryConnectorUpdate"]>;
export type BigQueryConnectorUpdateInput = Writable<components["schemas"]["BigQueryConnectorUpdate"]>;
export type ConnectorUpdate = Readable<components["schemas"]["ConnectorUpdate"]>;
export type ConnectorUpdateInput = Writable<components["schemas"]["ConnectorUpdate"]>;
export type CredentialCreate = Readable<components["schemas"]["CredentialCreate"]>;
export type CredentialCreateInput = Writable<components["schemas"]["CredentialCreate"]>;
export type ConnectionCredentialCreate = Readable<components["schemas"]["ConnectionCredentialCreate"]>;
export type ConnectionCredentialCreateInput = Writable<components["schemas"]["ConnectionCredentialCreate"]>;
export type ConnectionCredentialsCreate = Readable<components["schemas"]["ConnectionCredentialsCreate"]>;
export type ConnectionCredentialsCreateInput = Writable<components["schemas"]["ConnectionCredentialsCreate"]>;
export type ConnectionCreate = Readable<components["schemas"]["ConnectionCreate"]>;
export type ConnectionCreateInput = Writable<components["schemas"]["ConnectionCreate"]>;
export type HTTPConnectorCreate = Readable<components["schemas"]["HTTPConnectorCreate"]>;
export type HTTPConnectorCreateInput = Writable<components["schemas"]["HTTPConnectorCreate"]>;
export type BigQueryConnectorCreate = Readable<components["schemas"]["BigQueryConnectorCreate"]>;
export type BigQueryConnectorCreateInput = Writable<components["schemas"]["BigQueryConnectorCreate"]>;
export type ListConnectorsResponse = Readable<operations["ListConnectors"]["responses"][200]["content"]["application/json"]>;
export type ListConnectorsErrorBody = Readable<operations["ListConnectors"]["responses"][400]["content"]["application/json"] | operations["ListConnectors"]["responses"][401]["content"]["application/json"]>;
export type ListConnectorsPathParams = operations["ListConnectors"]["parameters"]["path"];
export type ListConnectorsQuery = NonNullable<operations["ListConnectors"]["parameters"]["query"]>;
export type GetConnectorResponse = Readable<operations["GetConnector"]["responses"][200]["content"]["application/json"]>;
export type GetConnectorErrorBody = Readable<operations["GetConnector"]["responses"][400]["content"]["application/json"] | operations["GetConnector"]["responses"][401]["content"]["application/json"] | operations["GetConnector"]["responses"][404]["content"]["application/json"]>;
export type GetConnectorPathParams = operations["GetConnector"]["parameters"]["path"];
export type UpdateConnectorRequestBody = Writable<NonNullable<operations["UpdateConnector"]["requestBody"]>["content"]["application/json"]>;
export type UpdateConnectorResponse = Readable<operations["UpdateConnector"]["responses"][200]["content"]["application/json"]>;
export type UpdateConnectorErrorBody = Readable<operations["UpdateConnector"]["responses"][400]["content"]["application/json"] | operations["UpdateConnector"]["responses"][401]["content"]["application/json"] | operations["UpdateConnector"]["responses"][404]["content"]["application/json"] | operations["UpdateConnector"]["responses"][413]["content"]["application/json"] | operations["UpdateConnector"]["responses"][415]["content"]["application/json"]>;
export type UpdateConnectorPathParams = operations["UpdateConnector"]["parameters"]["path"];
export type DeleteConnectorErrorBody = Readable<operations["DeleteConnector"]["responses"][400]["content"]["application/json"] | operations["DeleteConnector"]["responses"][401]["content"]["application/json"] | operations["DeleteConnector"]["responses"][404]["content"]["application/json"] | operations["DeleteConnector"]["responses"][409]["content"]["application/json"]>;
export type DeleteConnectorPathParams = operations["DeleteConnector"]["parameters"]["path"];
export type DeleteConnectorQuery = NonNullable<operations["DeleteConnector"]["parameters"]["query"]>;
export type CreateHTTPConnectorRequestBody = Writable<NonNullable<operations["CreateHTTPConnector"]["requestBody"]>["content"]["application/json"]>;
export type CreateHTTPConnectorResponse = Readable<operations["CreateHTTPConnector"]["responses"][201]["content"]["application/json"]>;
export type CreateHTTPConnectorErrorBody = Readable<operations["CreateHTTPConnector"]["responses"][400]["content"]["application/json"] | operations["CreateHTTPConnector"]["responses"][401]["content"]["application/json"] | operations["CreateHTTPConnector"]["responses"][413]["content"]["application/json"] | operations["CreateHTTPConnector"]["responses"][415]["content"]["application/json"]>;
export type CreateHTTPConnectorPathParams = operations["CreateHTTPConnector"]["parameters"]["path"];
export type CreateBigQueryConnectorRequestBody = Writable<NonNullable<operations["CreateBigQueryConnector"]["requestBody"]>["content"]["application/json"]>;
export type CreateBigQueryConnectorResponse = Readable<operations["CreateBigQueryConnector"]["responses"][201]["content"]["application/json"]>;
export type CreateBigQueryConnectorErrorBody = Readable<operations["CreateBigQueryConnector"]["responses"][400]["content"]["application/json"] | operations["CreateBigQueryConnector"]["responses"][401]["content"]["application/json"] | operations["CreateBigQueryConnector"]["responses"][413]["content"]["application/json"] | operations["CreateBigQueryConnector"]["responses"][415]["content"]["application/json"]>;
export type CreateBigQueryConnectorPathParams = operations["CreateBigQueryConnector"]["parameters"]["path"];
