import { parseArgs } from 'node:util';
import { apiNames, loadApi } from '@contracts/bundles';
import { parsePort, rateLimitFrom, readFixtureFile, servesControl } from '@contracts/http';
import { defaultRateLimit, parseFaultList, type RateLimitSettings } from '@contracts/pipeline';
import { vendors } from '@contracts/vendors/registry';
import { batchedLog } from './log';
import { portVariable, startMock } from './start';

const names = apiNames();

function usage(): string {
  const ports = names.map((name) => {
    const api = loadApi(name);
    return `  --${`${name}-port <port>`.padEnd(22)} ${api.title} mock port (default ${portVariable(name)}, else ${api.mock.port}); 0 = any free port`;
  });
  return [
    'Usage: contracts mock [options]   (in this repository: pnpm mock)',
    '',
    'Starts a Prism mock server for each API on the same base path as the vendor, answering with the',
    "spec's named examples, the vendor's own error bodies, and CORS for browser apps.",
    '',
    'Options:',
    ...ports,
    '  --host <address>         Interface to listen on (default 127.0.0.1)',
    '  --dynamic                Generate answers from the schemas instead of the named examples',
    "  --cors-origin <origin>   Only this origin's browser apps may call the mocks; may be repeated (default: any origin)",
    `  --rate-limit <n>         Requests per window and caller on the operations that document 429; 0 = off (env MOCK_RATE_LIMIT, default ${defaultRateLimit.limit})`,
    `  --rate-window <seconds>  The rate-limit window (env MOCK_RATE_WINDOW_SECONDS, default ${defaultRateLimit.windowSeconds})`,
    '  --quiet                  Do not print a line per request',
    '',
    'Misbehaving vendor (the control API, /__contracts/ on every mock; see README.md):',
    "  --faults <list>          Faults in force from the start, e.g. 'update_integration_hub=429x2,*=latency:200-800':",
    '                           per operationId (or *) a documented status, latency:<ms>[-<ms>], reset or hang, joined by +,',
    '                           then x<times> and @<rate>',
    '  --fixtures <file>        Refused: the mock keeps no state (load fixtures into the stub)',
    '  --allow-undocumented-faults  Let faults answer statuses their operation does not document',
    '  --control                Serve the control API although the host is not a loopback address',
    '  --control-token <token>  Require Authorization: Bearer <token> on the control API (env CONTRACTS_CONTROL_TOKEN)',
    '  -h, --help               Show this help',
    '',
    'Per request: `Prefer: code=404`, `Prefer: example=<name>`, `Prefer: dynamic=true`.',
    `Credentials (same as the stub): ${Object.values(vendors)
      .flatMap((vendor) => Object.keys(vendor.credentials.variables))
      .join(', ')}.`,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(names.map((name) => [`${name}-port`, { type: 'string' as const }])),
        host: { type: 'string' },
        dynamic: { type: 'boolean', default: false },
        'cors-origin': { type: 'string', multiple: true },
        'rate-limit': { type: 'string' },
        'rate-window': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        faults: { type: 'string' },
        fixtures: { type: 'string' },
        'allow-undocumented-faults': { type: 'boolean' },
        control: { type: 'boolean' },
        'control-token': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage());
    return;
  }
  const ports: Record<string, number> = {};
  let rateLimit: RateLimitSettings;
  try {
    for (const name of names) {
      const port = parsePort(`--${name}-port`, values[`${name}-port`] as string | undefined);
      if (port !== undefined) ports[name] = port;
    }
    rateLimit = rateLimitFrom(
      { limit: values['rate-limit'] as string | undefined, window: values['rate-window'] as string | undefined },
      'MOCK',
      process.env,
      defaultRateLimit,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }

  console.log('Starting the mock servers…');
  const requests = batchedLog(process.stdout);
  const mocks = await startMock({
    ports,
    host: typeof values.host === 'string' ? values.host : undefined,
    dynamic: values.dynamic === true,
    rateLimit,
    ...(Array.isArray(values['cors-origin']) && { corsOrigins: values['cors-origin'] }),
    log: values.quiet ? undefined : requests.log,
    ...(typeof values.faults === 'string' && { faults: parseFaultList(values.faults) }),
    ...(typeof values.fixtures === 'string' && { fixtures: readFixtureFile(values.fixtures) }),
    ...(values['allow-undocumented-faults'] === true && { allowUndocumentedFaults: true }),
    ...(values.control === true && { control: true }),
    ...(typeof values['control-token'] === 'string' && { controlToken: values['control-token'] }),
  });
  const width = Math.max(...mocks.mocks.map((mock) => mock.api.title.length));
  console.log(`Mock servers ready (${values.dynamic ? 'dynamic answers generated from the schemas' : "static answers: the spec's named examples"}):`);
  for (const mock of mocks.mocks) console.log(`  ${mock.api.title.padEnd(width)}  ${mock.url}`);
  if (servesControl(typeof values.host === 'string' ? values.host : '127.0.0.1', values.control === true)) {
    console.log(`Control API (faults, journal): ${mocks.mocks.map((mock) => `${new URL(mock.url).origin}/__contracts/`).join(', ')}`);
  }
  console.log('Select other answers with `Prefer: code=<status>` or `Prefer: example=<name>`. Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    requests.flush();
    console.log(`\n${signal}: stopping the mock servers…`);
    mocks.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** `contracts mock [options]`: starts the mocks until SIGINT or SIGTERM. */
export function run(argv: string[]): Promise<void> {
  return main(argv).catch((error: Error) => {
    console.error(`The mock could not start: ${error.message}`);
    process.exit(1);
  });
}
