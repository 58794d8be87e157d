import { parseArgs } from 'node:util';
import { parsePort } from '@contracts/http';
import { buildDocs, defaultOutDir } from './build';
import { defaultPort, serveDocs } from './serve';

const usage = `Usage: pnpm docs:serve [--port <n>] [--out <dir>] [--skip-build]
       pnpm docs:build [--out <dir>]

  build   writes the static docs site: index.html (every API, its base URLs and operations),
          one Redoc reference page per API with curl and TypeScript samples, and each bundle
          as <api>.yaml and <api>.json. Prints one line per page with its size and time.
  serve   builds the site, then serves it on http://127.0.0.1:${defaultPort}/ until Ctrl-C.

Options:
  --port <n>      port to serve on, 127.0.0.1 only (env DOCS_PORT; default ${defaultPort}; 0 = any free port)
  --out <dir>     site directory (default ${defaultOutDir})
  --skip-build    serve: serve the site already in --out without rebuilding it
  -h, --help      show this help`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      out: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) return console.log(usage);
  if (command !== 'build' && command !== 'serve') throw new Error(`Unknown command "${command}"; use build or serve (see --help)`);
  const outDir = values.out ?? defaultOutDir;

  if (command === 'build' || !values['skip-build']) {
    console.log(`Building the docs into ${outDir}`);
    await buildDocs({ outDir });
  }
  if (command === 'build') return;

  const port = parsePort('--port', values.port) ?? parsePort('DOCS_PORT=', process.env.DOCS_PORT) ?? defaultPort;
  const server = await serveDocs({ port, dir: outDir });
  console.log(`Docs served at ${server.url} (Ctrl-C to stop)`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
