// Generated from spec/versori/ by `pnpm generate`. Do not edit: edit the spec and regenerate.
// fingerprint: 5d88c468c4cbfb3c
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
    "/o/{organisation_id}/connectors/{connector_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Connector
         * @description UpdateConnector updates a Connector with the specified request body. All mutable fields are updated as per the
         *     request body, and the `updatedAt` field is set to the current time. Any missing fields will be unset unless this
         *     causes a validation error, in which case the request will fail with a 400 Bad Request response.
         */
        put: operations["updateConnector"];
        post?: never;
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
         * @description ProtocolType denotes the set of all valid connector types.
         * @example http
         * @enum {string}
         */
        ProtocolType: "http" | "bigquery";
        /** @description A connection variable, initialised in every connection of the connector. */
        ConnectionVariable: {
            /**
             * @description Name is the name of the connection variable.
             * @example region
             */
            name: string;
            /**
             * @description Value is the value of the connection variable.
             * @example eu-west-1
             */
            value: string;
        };
        /**
         * @description ConnectorUpdate is the input to the UpdateConnector endpoint. It replaces every mutable field:
         *     a field left out is unset. `name` and `protocol` cannot be unset, so they are required (inferred
         *     from the page's "unless this causes a validation error").
         */
        ConnectorUpdate: {
            /**
             * @description ID is the unique identifier of the Connector. Optional; when sent it must equal the `connector_id` of the path.
             * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
             */
            id?: string;
            /**
             * @description OrganisationID is the unique identifier of the Organisation that owns the Connector. Optional; when sent it must equal the `organisation_id` of the path.
             * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
             */
            organisationId?: string;
            /**
             * @description Name is the user-provided name of the Connector
             * @example Acme CRM
             */
            name: string;
            protocol: components["schemas"]["ProtocolType"];
            /**
             * @description AuthSchemeConfigIDs allows reordering the AuthSchemeConfigs for the Connector. This field cannot be used to
             *     create/edit/delete individual AuthSchemeConfigs, for those use cases, see the API endpoints at
             *     `/o/:organisationId/connectors/:connectorId/auth-scheme-configs[/:id]`. If this field is omitted then the
             *     AuthSchemeConfigs are not edited.
             * @example [
             *       "oauth2-user",
             *       "api-key"
             *     ]
             */
            authSchemeConfigIds?: string[];
            /**
             * Format: uri
             * @description Hold an optional link to the documentation for the API.
             * @example https://developer.acme-crm.com/docs/api
             */
            documentationURL?: string;
            /**
             * Format: uri
             * @description The URL for the icon for the connector
             * @example https://cdn.acme-crm.com/brand/icon-256.png
             */
            imageURL?: string;
            /**
             * Format: uri
             * @description BaseURL is the base URL of all HTTP Actions within the Connector.
             * @example https://api.acme-crm.com/v3
             */
            baseUrl?: string;
            /** @description ConnectionVariables, if set, will overwrite the existing list of connection variables or create new ones with the provided array. This action will be performed on all the connector connections as well. */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
        };
        /**
         * @description A unique identifier assigned by Versori. Inferred: Versori's identifiers are ULIDs
         *     (26 characters of Crockford base32); the seed page does not state their format.
         * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
         */
        Ulid: string;
        /** @description An authentication scheme configured for the connector. */
        AuthSchemeConfig: {
            /**
             * @description ID is the unique identifier of the AuthSchemeConfig, this is generated by the client and only requires to be unique amongst the elements of the array in which is it contained.
             * @example api-key
             */
            id: string;
            /**
             * @description Description enables users to distinguish multiple configurations which use the same schemeType.
             * @example Production API key
             */
            description?: string;
            /** @description ValidationMessages is a list of messages which are generated when the AuthSchemeConfig is validated. This is typically used to provide feedback to the user when they are creating or updating the AuthSchemeConfig. This field will be ignored if sent to the API. */
            validationMessages?: $Read<string[]>;
            /**
             * @description The type of authentication scheme, such as `none`, `api-key`, `basic-auth` or `oauth2`.
             *     The seed page shows only `none`; the other values are inferred from Versori's documentation.
             * @example none
             */
            schemeType: string;
        };
        /**
         * @description A credential applied to requests of a connection, linked to one of the connector's
         *     AuthSchemeConfigs. Inferred: the seed page names the lists but not the fields of their items.
         */
        ConnectionCredential: {
            /**
             * @description The id of the AuthSchemeConfig this credential satisfies.
             * @example api-key
             */
            authSchemeConfigId: string;
            /** @description The id of the stored credential. */
            credentialId: $Read<components["schemas"]["Ulid"]>;
        };
        /** @description ConnectionCredentials defines the Action and Trigger credentials for the owning Connector. If multiple credentials are defined for each type, they are applied to the request in the order they are defined. This is to enable Connectors which require both a user session token and an API key to be provided in the request. */
        ConnectionCredentials: {
            /** @description Credentials applied to the connector's actions. */
            action: components["schemas"]["ConnectionCredential"][];
            /** @description Credentials applied to the connector's triggers. */
            trigger: components["schemas"]["ConnectionCredential"][];
        };
        /**
         * Format: date-time
         * @description An RFC 3339 date-time set by Versori.
         * @example 2025-06-02T08:15:30Z
         */
        Timestamp: string;
        /** @description A connection of the connector to one account of the external system. */
        Connection: {
            /** @description ID is the unique identifier of the Connection. Typically this is only used internally and most (if not all) public-facing APIs will use the `name` in combination with the Connector's `id` instead. */
            id: $Read<components["schemas"]["Ulid"]>;
            /**
             * @description Name is the name of the Connection. This must be unique within the owning Connector.
             * @example acme-production
             */
            name: string;
            credentials: components["schemas"]["ConnectionCredentials"];
            /** @description CreatedAt is the time the Connection was created. */
            createdAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description UpdatedAt is the time the Connection was last updated. */
            updatedAt: $Read<components["schemas"]["Timestamp"]>;
        };
        /** @description A version of the connector. */
        ConnectorVersion: {
            /** @description ID is the unique identifier of the ConnectorVersion, this is typically only used internally and the version `name` is used externally in combination with the Connector `id`. */
            id: $Read<components["schemas"]["Ulid"]>;
            /**
             * @description Name denotes the actual version value for the Connector. This can be any value but a consistent naming strategy is recommended, such as SemVer, CalVer or an incrementing number. The names "default" and "latest" are reserved words and cannot be used.
             * @example 1.2.0
             */
            name: string;
            /** @description Description allows specifying additional information about the ConnectorVersion, such as what changed since the last version etc. */
            description?: string;
            /** @description IsLatest denotes whether this is the latest version of the Connector. */
            isLatest: boolean;
            /** @description IsDefault denotes whether this is the default version of the Connector. */
            isDefault: boolean;
            /** @description CreatedAt is the time at which the ConnectorVersion was created. */
            createdAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description UpdatedAt is the time at which the ConnectorVersion was last updated, including any changes to child resources. */
            updatedAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description PublishedAt is the time at which the ConnectorVersion was published. Absent while the version is a draft. */
            publishedAt?: $Read<components["schemas"]["Timestamp"]>;
        };
        /** @description Connector represents a connector to an external system. */
        Connector: {
            /** @description ID is the unique identifier of the Connector. */
            id: $Read<components["schemas"]["Ulid"]>;
            /** @description OrganisationID is the unique identifier of the Organisation that owns the Connector. */
            organisationId: $Read<components["schemas"]["Ulid"]>;
            /**
             * @description Name is the user-provided name of the Connector
             * @example Acme CRM
             */
            name: string;
            /**
             * Format: uri
             * @description Hold an optional link to the documentation for the API.
             */
            documentationURL?: string;
            /**
             * Format: uri
             * @description The URL for the icon for the connector
             */
            imageURL?: string;
            protocol: components["schemas"]["ProtocolType"];
            /** @description The authentication schemes configured for the connector, in the order they are tried. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            /** @description Connection Variables is a list of default variables initialised in every connector connection. */
            connectionVariables: components["schemas"]["ConnectionVariable"][];
            /** @description Connections is a list of all the connections this Connector has. */
            connections: $Read<components["schemas"]["Connection"][]>;
            /** @description Versions is a list of all the versions this Connector has. */
            versions: $Read<components["schemas"]["ConnectorVersion"][]>;
            /** @description CreatedAt is the time at which the ConnectorVersion was created. */
            createdAt: $Read<components["schemas"]["Timestamp"]>;
            /** @description UpdatedAt is the time at which the ConnectorVersion was last updated, including any changes to child resources. */
            updatedAt: $Read<components["schemas"]["Timestamp"]>;
            /**
             * Format: uri
             * @description BaseURL is the base URL of all HTTP Actions within the Connector.
             */
            baseUrl?: string;
        };
        /**
         * @description The body of every Versori error response. Inferred: the seed page documents no error body; this
         *     follows Versori's convention of a machine-readable `code`, a readable `message` and, for
         *     validation failures, the fields at fault in `details`.
         */
        Error: {
            /**
             * @description A machine-readable error code.
             * @example not_found
             */
            code: $Read<string>;
            /**
             * @description What went wrong, for a person to read.
             * @example connector 01J2F7QK9RZ8X3M5N4B6C7D8EB not found
             */
            message: $Read<string>;
            /** @description The fields at fault, for validation failures. */
            details?: $Read<{
                /** @description The path of the field at fault, such as `name` or `connectionVariables/0/value`. */
                field: string;
                /** @description Why the field was rejected. */
                message: string;
            }[]>;
        };
    };
    responses: {
        /** @description Bad Request. The body is malformed, fails validation, or disagrees with the path. */
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
         * @description OrganisationID is the unique identifier of the Organisation that owns the Connector.
         * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
         */
        OrganisationId: string;
        /**
         * @description ID is the unique identifier of the Connector.
         * @example 01J2F7QK9RZ8X3M5N4B6C7D8EA
         */
        ConnectorId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    updateConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description OrganisationID is the unique identifier of the Organisation that owns the Connector.
                 * @example 01HQ8ZK3M7V4X2N9P6R5T8W1YB
                 */
                organisation_id: components["parameters"]["OrganisationId"];
                /**
                 * @description ID is the unique identifier of the Connector.
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
}

// Named exports: schemas as read from responses (and written in requests), and each operation’s bodies.
export type ProtocolType = Readable<components["schemas"]["ProtocolType"]>;
export type ProtocolTypeInput = Writable<components["schemas"]["ProtocolType"]>;
export type ConnectionVariable = Readable<components["schemas"]["ConnectionVariable"]>;
export type ConnectionVariableInput = Writable<components["schemas"]["ConnectionVariable"]>;
export type ConnectorUpdate = Readable<components["schemas"]["ConnectorUpdate"]>;
export type ConnectorUpdateInput = Writable<components["schemas"]["ConnectorUpdate"]>;
export type Ulid = Readable<components["schemas"]["Ulid"]>;
export type AuthSchemeConfig = Readable<components["schemas"]["AuthSchemeConfig"]>;
export type ConnectionCredential = Readable<components["schemas"]["ConnectionCredential"]>;
export type ConnectionCredentials = Readable<components["schemas"]["ConnectionCredentials"]>;
export type Timestamp = Readable<components["schemas"]["Timestamp"]>;
export type Connection = Readable<components["schemas"]["Connection"]>;
export type ConnectorVersion = Readable<components["schemas"]["ConnectorVersion"]>;
export type Connector = Readable<components["schemas"]["Connector"]>;
export type Error = Readable<components["schemas"]["Error"]>;
export type UpdateConnectorRequestBody = Writable<NonNullable<operations["updateConnector"]["requestBody"]>["content"]["application/json"]>;
export type UpdateConnectorResponse = Readable<operations["updateConnector"]["responses"][200]["content"]["application/json"]>;
export type UpdateConnectorErrorBody = Readable<operations["updateConnector"]["responses"][400]["content"]["application/json"] | operations["updateConnector"]["responses"][401]["content"]["application/json"] | operations["updateConnector"]["responses"][404]["content"]["application/json"] | operations["updateConnector"]["responses"][413]["content"]["application/json"] | operations["updateConnector"]["responses"][415]["content"]["application/json"]>;
export type UpdateConnectorPathParams = operations["updateConnector"]["parameters"]["path"];
