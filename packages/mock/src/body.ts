import type { IncomingMessage } from 'node:http';
import { defaultBodyLimitBytes } from '@contracts/http';

/** Reads the whole body; `tooLarge` when it exceeds the limit (the rest is read and dropped so the client gets the answer). */
export function readBody(request: IncomingMessage, limit = defaultBodyLimitBytes): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve({ text: size > limit ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge: size > limit }));
    request.on('error', reject);
    // A client that goes away mid-body never sends 'end'; settle anyway (the answer then goes nowhere).
    request.on('close', () => resolve({ text: '', tooLarge: false }));
  });
}

/** The media type of a `Content-Type` header without its parameters, in lower case. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export const isJson = (mediaType: string | undefined) => mediaType === 'application/json' || /^application\/[^;]+\+json$/.test(mediaType ?? '');
export const isForm = (mediaType: string | undefined) => mediaType === 'application/x-www-form-urlencoded';
