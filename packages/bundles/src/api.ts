import type { OpenApiDocument } from './document';

/** One API of the contract, with the URLs it is served at. */
export interface Api {
  /** Short name: the alias in redocly.yaml before its `@`, and the `spec/` folder (`looker`, `truto`, `versori`). */
  name: string;
  title: string;
  version: string;
  document: OpenApiDocument;
  /** The vendor's real base URL (the first server), with server variables at their defaults. */
  vendorUrl: string;
  /** The base path every operation is mounted at, the same on the vendor, the mock and the stub (`/api/4.0`, `` for root). */
  basePath: string;
  mock: { url: string; port: number };
  stub: { url: string; port: number };
  /** Whether it is the control API every stub and mock serves under `/__contracts/` rather than a vendor's. */
  control?: boolean;
}

type Server = OpenApiDocument['servers'][number];

/** A server's URL with its variables at their defaults. */
export function serverUrl(server: Server): string {
  return server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? name);
}

function localServer(document: OpenApiDocument, role: 'mock' | 'stub', name: string) {
  const server = document.servers.find((candidate) => candidate['x-local'] === role);
  if (!server) throw new Error(`spec/${name}/openapi.yaml has no server with "x-local: ${role}"; add one`);
  return { url: server.url, port: Number(new URL(server.url).port) };
}

/** The facts of one API read from its bundled document. */
export function apiOf(name: string, document: OpenApiDocument): Api {
  const vendor = document.servers?.[0];
  if (!vendor) throw new Error(`spec/${name}/openapi.yaml declares no servers`);
  const vendorUrl = serverUrl(vendor);
  return {
    name,
    title: document.info.title,
    version: document.info.version,
    document,
    vendorUrl,
    basePath: new URL(vendorUrl).pathname.replace(/\/$/, ''),
    mock: localServer(document, 'mock', name),
    stub: localServer(document, 'stub', name),
  };
}
