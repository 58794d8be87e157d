import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Outcome, PipelineRequest } from '@contracts/pipeline';
import type { Answer } from '@contracts/vendors';

/**
 * A Node request as the pipeline reads it. The body is buffered up to one byte past `maxBytes` (the rest is read
 * and dropped, so that the client gets its 413), and a client that goes away mid-body yields what arrived.
 */
export function nodeRequest(request: IncomingMessage, maxBytes: number): PipelineRequest {
  const target = request.url ?? '/';
  const header = (name: string) => {
    const value = request.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  let body: Promise<ArrayBuffer> | undefined;
  return {
    method: request.method ?? 'GET',
    // The request target is a path: `//host:99999/x` is a path too, not a URL relative to the scheme. The pipeline
    // reads no host, so none is taken from the client's Host header.
    url: `http://localhost${target.startsWith('/') ? target : `/${target}`}`,
    headers: {
      get: header,
      forEach: (visit) => {
        for (const name of Object.keys(request.headers)) visit(header(name) as string, name);
      },
    },
    arrayBuffer: () => {
      body ??= new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => resolve(new Uint8Array(Buffer.concat(chunks)).buffer);
        request.on('data', (chunk: Buffer) => {
          if (size <= maxBytes) chunks.push(chunk);
          size += chunk.length;
        });
        request.once('end', done);
        request.once('close', done);
        request.once('error', reject);
      });
      return body;
    },
  };
}

/** Writes an answer: its headers, and its body as JSON when it has one. */
export function writeAnswer(response: ServerResponse, answer: Answer): void {
  for (const [name, value] of Object.entries(answer.headers ?? {})) {
    // An answer from examples may carry the spec's `Content-Type`; the body is always written as JSON here.
    if (name.toLowerCase() !== 'content-type') response.setHeader(name, value);
  }
  response.statusCode = answer.status;
  if (answer.body === undefined) {
    response.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

/**
 * Carries out an outcome: writes an answer; for a fault's `reset`, destroys the socket, so that the client sees the
 * connection drop with no answer; for `hang`, writes nothing until the client goes away. Resolves once the request
 * is over (for `hang`, on the response's 'close').
 */
export function writeOutcome(response: ServerResponse, outcome: Outcome): Promise<void> {
  if (!('interrupted' in outcome)) {
    writeAnswer(response, outcome);
    return Promise.resolve();
  }
  if (outcome.interrupted === 'reset') {
    response.socket?.destroy();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    if (response.socket?.destroyed ?? true) resolve();
    else response.once('close', () => resolve());
  });
}
