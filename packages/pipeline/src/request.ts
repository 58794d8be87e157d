/**
 * What the pipeline reads of a request. The Fetch API's `Request` is one; the Node adapters hand over a light view
 * of an `IncomingMessage` whose `arrayBuffer()` stops buffering one byte past the body limit.
 */
export interface PipelineRequest {
  method: string;
  /** The absolute URL, as sent. */
  url: string;
  /** Its headers; `forEach` visits each by name, as the Fetch API's `Headers` does (the journal records them). */
  headers: { get(name: string): string | null; forEach(visit: (value: string, name: string) => void): void };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The media type of a `Content-Type` header without its parameters, in lower case. */
export const mediaTypeOf = (contentType: string | null | undefined) => contentType?.split(';')[0]?.trim().toLowerCase() || undefined;

export const isJsonMediaType = (mediaType: string) => mediaType === 'application/json' || /^application\/[^;]+\+json$/.test(mediaType);
export const isFormMediaType = (mediaType: string) => mediaType === 'application/x-www-form-urlencoded';
