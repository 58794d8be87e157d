import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, start } from './processes';

const verdaccio = join(__dirname, '..', '..', 'node_modules', '.bin', 'verdaccio');

export interface Registry {
  url: string;
  /** An .npmrc that maps the scope to the registry and can publish there. */
  publisherConfig: string;
  stop(): Promise<void>;
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
  return { url, publisherConfig, stop: server.stop };
}

/** A consuming repo's .npmrc: the scope from the organisation's registry, everything else from the public one. */
export const scopeMapping = (registry: string) => `@contracts:registry=${registry}\n`;
