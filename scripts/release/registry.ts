import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { gunzipSync } from 'node:zlib';
import { freePort } from '@contracts/bench';
import { extract } from 'tar-stream';
import { start } from './processes';

const verdaccio = join(__dirname, '..', '..', 'node_modules', '.bin', 'verdaccio');

export interface Registry {
  url: string;
  /** An .npmrc that maps the scope to the registry and can publish there. */
  publisherConfig: string;
  /** Publishes a packed package (`pnpm pack`'s tarball) as `npm publish` would, from this process. */
  publish(tarball: string): Promise<void>;
  stop(): Promise<void>;
}

interface PackedManifest {
  name: string;
  version: string;
  [field: string]: unknown;
}

/** The package.json inside a tarball: what the registry lists as the version's manifest. */
async function packedManifest(tarball: Buffer): Promise<PackedManifest> {
  const entries = extract();
  entries.end(gunzipSync(tarball));
  for await (const entry of entries) {
    if (entry.header.name === 'package/package.json') return JSON.parse(await text(entry)) as PackedManifest;
    entry.resume();
  }
  throw new Error('the tarball holds no package/package.json');
}

/**
 * The registry's publish request, the one `npm publish` sends: the version's manifest with the tarball's checksums,
 * and the tarball attached. One process publishes every package, instead of one npm process per package.
 */
async function publishTarball(url: string, token: string, tarball: string): Promise<void> {
  const data = await readFile(tarball);
  const manifest = await packedManifest(data);
  const { name, version } = manifest;
  const file = `${name.split('/').pop()}-${version}.tgz`;
  const document = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: {
          integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
          shasum: createHash('sha1').update(data).digest('hex'),
          tarball: `${url}${name}/-/${file}`,
        },
      },
    },
    _attachments: { [file]: { content_type: 'application/octet-stream', data: data.toString('base64'), length: data.length } },
  };
  const response = await fetch(`${url}${name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(document),
  });
  if (!response.ok) throw new Error(`publishing ${name}@${version} answered ${response.status}: ${await response.text()}`);
}

/** Verdaccio on a free port with storage in `dir`, serving the @contracts scope only (nothing proxied), and one user to publish as. */
export async function startRegistry(dir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
uplinks: {}
packages:
  '@contracts/*':
    access: $all
    publish: $authenticated
log: { type: stdout, format: pretty, level: warn }
`,
  );
  // Verdaccio's --listen takes a port number, not 0.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await start(verdaccio, ['--config', config, '--listen', `127.0.0.1:${port}`], { cwd: dir, ready: /http address/, timeoutMs: 60_000 });
  // The registry's own sign-up (what `npm adduser` sends): a token to publish with.
  const signUp = await fetch(`${url}-/user/org.couchdb.user:consumer-test`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'consumer-test', password: 'consumer-test-password' }),
  });
  const { token } = (await signUp.json()) as { token: string };
  const publisherConfig = join(dir, 'publisher.npmrc');
  writeFileSync(publisherConfig, `@contracts:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return { url, publisherConfig, publish: (tarball) => publishTarball(url, token, tarball), stop: server.stop };
}

/** A consuming repo's .npmrc: the scope from the organisation's registry, everything else from the public one. */
export const scopeMapping = (registry: string) => `@contracts:registry=${registry}\n`;
