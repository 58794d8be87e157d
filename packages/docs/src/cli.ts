import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePort } from '@contracts/http';
import { buildDocs, defaultOutDir } from './build';
import { defaultHost, defaultPort, serveDocs } from './serve';

const usage = `Usage: contracts docs [serve] [--port <n>] [--host <address>] [--out <dir>] [--skip-build]
       contracts docs build [--out <dir>]
(in this repository: pnpm docs:serve, pnpm docs:build)

  build   writes the static docs site: index.html (every API, its base URLs and operations),
          one Redoc reference page per API with curl and TypeScript samples, and each bundle
          as <api>.yaml and <api>.json. Prints one line per page with its size and time.
  serve   (the default) builds the site, then serves it on http://${defaultHost}:${defaultPort}/ until Ctrl-C.

Options:
  --port <n>        port to serve on (env DOCS_PORT; default ${defaultPort}; 0 = any free port)
  --host <address>  interface to serve on (env DOCS_HOST; default ${defaultHost}; 0.0.0.0 in a container)
  --out <dir>       site directory (build: default ./${defaultOutDir}; serve: default a fresh temporary one)
  --skip-build      serve: serve the site already in --out without rebuilding it
  -h, --help        show this help`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      out: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  const command = positionals[0] ?? 'serve';
  if (command !== 'build' && command !== 'serve') throw new Error(`Unknown command "${command}"; use build or serve (see --help)`);
  if (command === 'serve' && values['skip-build'] && !values.out) throw new Error('--skip-build serves the site in --out: pass --out <dir>');
  // Serving without --out builds into a folder of its own, removed on exit: an installed package never writes into itself.
  const temporary = command === 'serve' && !values.out ? await mkdtemp(join(tmpdir(), 'contracts-docs-site-')) : undefined;
  const outDir = resolve(values.out ?? temporary ?? defaultOutDir);

  if (command === 'build' || !values['skip-build']) {
    console.log(`Building the docs into ${outDir}`);
    await buildDocs({ outDir });
  }
  if (command === 'build') return;

  const port = parsePort('--port', values.port) ?? parsePort('DOCS_PORT=', process.env.DOCS_PORT) ?? defaultPort;
  const host = values.host ?? (process.env.DOCS_HOST || defaultHost);
  const server = await serveDocs({ port, host, dir: outDir });
  console.log(`Docs served at ${server.url} (Ctrl-C to stop)`);
  const stop = () => {
    server
      .close()
      .then(() => (temporary ? rm(temporary, { recursive: true, force: true }) : undefined))
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `contracts docs [build|serve] [options]`: builds the site, and serves it until SIGINT or SIGTERM. */
export function run(argv: string[]): Promise<void> {
  return main(argv).catch((error: unknown) => {
    console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
