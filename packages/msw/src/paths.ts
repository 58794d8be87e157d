// openapi-typescript marks read-only and write-only fields with `$Read`/`$Write` brands; openapi-msw takes `paths` as
// they are, so an override would have to forge the brands. This view resolves them as a client sees the API:
// responses readable (no write-only field), request bodies writable (no read-only field).
import type { Readable, Writable } from '@contracts/types/looker';

type ReadableResponses<R> = {
  [S in keyof R]: R[S] extends { content: infer C } ? Omit<R[S], 'content'> & { content: { [T in keyof C]: Readable<C[T]> } } : R[S];
};
type WritableBody<B> = B extends { content: infer C } ? Omit<B, 'content'> & { content: { [T in keyof C]: Writable<C[T]> } } : B;
type OperationView<O> = { [K in keyof O]: K extends 'responses' ? ReadableResponses<O[K]> : K extends 'requestBody' ? WritableBody<O[K]> : O[K] };

/** openapi-typescript's `paths` with read/write markers resolved: what the typed `http` of each API checks against. */
export type ResolvedPaths<P> = {
  [Path in keyof P]: { [M in keyof P[Path]]: P[Path][M] extends { responses: unknown } ? OperationView<P[Path][M]> : P[Path][M] };
};
