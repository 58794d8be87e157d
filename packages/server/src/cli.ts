import { parseArgs } from 'node:util';
import { loadApis } from '@contracts/bundles';
import { parsePort, readFixtureFile } from '@contracts/http';
import { parseFaultList } from '@contracts/pipeline';
import { defaultBodyLimits, parseBodyLimits } from '@contracts/vendors';
import { vendors } from '@contracts/vendors/registry';
import { defaultBodyLimitBytes, defaultRateLimit, storeUrl } from './options';
import { startStubs } from './start';

const apis = loadApis();

const usage = `Usage: contracts stub [options]   (in this repository: pnpm stub)

Starts one validating stub server per API, each at the vendor's base path on its own port,
with a store seeded from the spec's examples: this process's memory by default, or Redis, shared
by every replica that points at it (seeded once; --reset-store seeds it again). Prints the base
URLs once all are ready; Ctrl-C (SIGINT) or SIGTERM stops them.

Options:
  --api <name>              only this API (${apis.map((api) => api.name).join(', ')}); may be repeated (default: all)
  --host <host>             interface to bind (env STUB_HOST, default 127.0.0.1)
${apis.map((api) => `  --${`${api.name}-port <port>`.padEnd(24)}${api.title} port (env ${api.name.toUpperCase()}_STUB_PORT, default ${api.stub.port})`).join('\n')}
  --body-limit <bytes>      largest request body; larger gets 413 (env STUB_BODY_LIMIT, default ${defaultBodyLimitBytes})
  --body-limits <limits>    how deep, wide and long a JSON body may be; past them it gets 413 (env STUB_BODY_LIMITS,
                            default ${Object.entries(defaultBodyLimits)
                              .map(([name, value]) => `${name}=${value}`)
                              .join(',')})
  --rate-limit <n>          requests per window and client on rate-limited operations (env STUB_RATE_LIMIT, default ${defaultRateLimit.limit})
  --rate-window <seconds>   rate-limit window (env STUB_RATE_WINDOW_SECONDS, default ${defaultRateLimit.windowSeconds})
  --no-response-validation  do not validate responses against the spec (env STUB_VALIDATE_RESPONSES=false)
  --cors-origin <origin>    only this origin's browser apps may call the stubs; may be repeated (default: any origin)
  --store <url>             keep the state in Redis, redis://host:port[/db], shared by replicas (env STUB_STORE,
                            default: this process's memory)
  --reset-store             seed the store again from the spec's examples, dropping what it holds

Misbehaving vendor (the control API, /__contracts/ on every stub; see README.md):
  --faults <list>           faults in force from the start, each operationId (or *) = effects, e.g.
                            'update_integration_hub=429x2,*=latency:200-800': a documented status, latency:<ms>[-<ms>],
                            reset or hang, joined by +, then x<times> and @<rate>; they replace those a shared store held
  --fixtures <file>         load these resources into the store at the start (JSON or YAML, by collection:
                            ${Object.values(vendors)
                              .flatMap((vendor) => Object.keys(vendor.fixtures ?? {}))
                              .join(', ')})
  --allow-undocumented-faults  let faults answer statuses their operation does not document (in the vendor's error shape)
  --control                 serve the control API although the host is not a loopback address
  --control-token <token>   require Authorization: Bearer <token> on the control API (env CONTRACTS_CONTROL_TOKEN)
  -h, --help                show this help

Credentials (environment, with defaults):
${Object.values(vendors)
  .flatMap((vendor) => Object.entries(vendor.credentials.variables))
  .map(([name, value]) => `  ${name.padEnd(22)}${value}`)
  .join('\n')}`;

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const portOptions = Object.fromEntries(apis.map((api) => [`${api.name}-port`, { type: 'string' as const }]));
  const { values } = parseArgs({
    args: argv,
    options: {
      api: { type: 'string', multiple: true },
      host: { type: 'string' },
      'body-limit': { type: 'string' },
      'body-limits': { type: 'string' },
      'rate-limit': { type: 'string' },
      'rate-window': { type: 'string' },
      'no-response-validation': { type: 'boolean' },
      store: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'reset-store': { type: 'boolean' },
      faults: { type: 'string' },
      fixtures: { type: 'string' },
      'allow-undocumented-faults': { type: 'boolean' },
      control: { type: 'boolean' },
      'control-token': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...portOptions,
    },
  });
  if (values.help) return console.log(usage);
  const flags = values as Record<string, string | boolean | undefined>;
  // Flags win; startStubs falls back to <API>_STUB_PORT, then the spec's port.
  const ports: Record<string, number> = {};
  for (const api of apis) {
    const port = parsePort(`--${api.name}-port`, flags[`${api.name}-port`] as string | undefined);
    if (port !== undefined) ports[api.name] = port;
  }
  const bodyLimit = positive('--body-limit', values['body-limit']);
  const limit = positive('--rate-limit', values['rate-limit']);
  const windowSeconds = positive('--rate-window', values['rate-window']);
  const unknown = (values.api ?? []).filter((name) => !apis.some((api) => api.name === name));
  if (unknown.length > 0) throw new Error(`unknown API ${unknown.join(', ')}; redocly.yaml declares ${apis.map((api) => api.name).join(', ')}`);
  const selected = values.api ?? apis.map((api) => api.name);
  const store = storeUrl(values.store ?? process.env.STUB_STORE);
  console.log(`starting stubs for ${selected.join(', ')} on ${store ? `the Redis store ${store}` : 'in-memory stores'} …`);
  const stubs = await startStubs({
    apis: selected,
    host: values.host,
    ports,
    store,
    resetStore: values['reset-store'] === true,
    ...(bodyLimit !== undefined && { bodyLimitBytes: bodyLimit }),
    ...(values['body-limits'] !== undefined && { bodyLimits: parseBodyLimits('--body-limits', values['body-limits']) }),
    ...(values['no-response-validation'] && { validateResponses: false }),
    ...(values['cors-origin'] && { corsOrigins: values['cors-origin'] }),
    ...(values.faults !== undefined && { faults: parseFaultList(values.faults) }),
    ...(values.fixtures !== undefined && { fixtures: readFixtureFile(values.fixtures) }),
    ...(values['allow-undocumented-faults'] && { allowUndocumentedFaults: true }),
    ...(values.control && { control: true }),
    ...(values['control-token'] !== undefined && { controlToken: values['control-token'] }),
    ...((limit !== undefined || windowSeconds !== undefined) && {
      rateLimit: {
        limit: limit ?? Number(process.env.STUB_RATE_LIMIT || defaultRateLimit.limit),
        windowSeconds: windowSeconds ?? Number(process.env.STUB_RATE_WINDOW_SECONDS || defaultRateLimit.windowSeconds),
      },
    }),
    onReady: (running, ms) => console.log(`  ${running.api.name.padEnd(8)} ready in ${Math.round(ms)} ms`),
  });
  console.log('\nStub servers ready:');
  for (const running of stubs.stubs) console.log(`  ${running.api.title.padEnd(22)} ${running.url}`);
  const controlled = stubs.stubs.filter((running) => running.stub.options.control);
  if (controlled.length > 0)
    console.log(`Control API (faults, journal, fixtures): ${controlled.map((running) => `${new URL(running.url).origin}/__contracts/`).join(', ')}`);
  console.log('\nPress Ctrl-C to stop.');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping stubs…`);
    stubs.close().then(() => {
      console.log('stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** `contracts stub [options]`: starts the stubs until SIGINT or SIGTERM. */
export function run(argv: string[]): Promise<void> {
  return main(argv).catch((error: unknown) => {
    console.error(`contracts stub failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
