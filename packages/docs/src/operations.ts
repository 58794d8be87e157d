import type { OpenApiDocument, Operation } from '@contracts/bundles';

/** The request body example a sample sends: the first one of the first media type, with the name Redoc lists it under. */
export function requestExample(operation: Operation): { mediaType: string; value: unknown; summary?: string } | undefined {
  for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
    if (media.example !== undefined) return { mediaType, value: media.example };
    const [first] = media.examples;
    if (first) return { mediaType, value: first.value, summary: first.summary ?? first.name };
  }
  return undefined;
}

/** The name of the security scheme the operation uses (`undefined` when it needs none, like `POST /login`). */
export function securitySchemeOf(operation: Operation): string | undefined {
  return operation.security.flatMap((requirement) => Object.keys(requirement))[0];
}

/** The summary Redoc shows for an operation (lint requires one; the operationId stands in otherwise). */
export const summaryOf = (operation: Operation) => operation.summary ?? operation.operationId;

/** A slug as Redoc makes them for tags: lower case, spaces to dashes. */
function slug(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/g, '-').replace(/&/g, '-and-').replace(/--+/g, '-');
}

/**
 * The hash route of an operation in its Redoc 3 page (`#/<tag>/<operationid>`). Redoc 3 renders one
 * operation per route; the browser test follows every one of these links, so a Redoc change that
 * moves them fails the tests rather than leaving dead links on the landing page.
 */
export function operationAnchor(operation: Operation): string {
  const id = operation.operationId.toLowerCase();
  const tag = operation.tags[0];
  return tag ? `#/${slug(tag)}/${id}` : `#/${id}`;
}

export type { OpenApiDocument, Operation };
