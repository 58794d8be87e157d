import { parseArgs } from 'node:util';
import { apiNames, loadApi } from '@contracts/bundles';
import { credentialVariablesOf } from './auth';
import { runContract } from './kit';
import { failureLine, summary, writeJunit } from './report';

/** The default seed: fixed, so two runs send the same requests unless told otherwise. */
const defaultSeed = 1414;
const defaultRuns = 100;
const defaultTimeLimitSeconds = 120;

function usage(): string {
  return [
    'Usage: contracts contract --api <name> --base-url <url> [options]   (in this repository: pnpm contract)',
    '',
    "Proves that a server honours an API's contract, driven by its bundled spec: every named request example,",
    'negative cases derived from the schemas, invariants (write-only values never come back, a rejected request',
    'changes nothing, a resource lifecycle behaves as documented) and property-based fuzzing with fast-check.',
    'Exits 0 when nothing failed, 1 on any failure, 2 on a usage error.',
    '',
    'Options:',
    `  --api <name>            the API: ${apiNames().join(', ')}`,
    '  --base-url <url>        its base URL on the server, base path included (http://127.0.0.1:3010/api/4.0)',
    '  --token <token>         send this bearer token instead of logging in or the configured token',
    `  --seed <n>              fast-check seed (default ${defaultSeed}); the same seed sends the same requests`,
    `  --runs <n>              generated requests per operation (default ${defaultRuns})`,
    `  --time-limit <seconds>  time for the run: fuzzing gets what the earlier phases leave (default ${defaultTimeLimitSeconds})`,
    '  --timeout <ms>          how long to wait for one answer (default 10000)',
    '  --only <operationId>    only this operation (repeat for more)',
    '  --param <name=value>    use this path parameter value instead of the example (repeat for more)',
    '  --allow-writes          send writes (non-GET/HEAD) to a server that is not on this machine;',
    '                          without it only 127.0.0.0/8, ::1 and localhost get writes, others a read-only run',
    '  --junit <file>          also write a JUnit XML report there (for CI)',
    '  -h, --help              show this help',
    '',
    `Credentials come from ${apiNames()
      .flatMap((name) => Object.keys(credentialVariablesOf(name)))
      .join(', ')} (defaults: the local servers').`,
    'Looker logs in with POST /login; Truto and Versori send their token as a bearer token.',
    '',
    'Examples:',
    '  contracts contract --api looker --base-url http://127.0.0.1:3010/api/4.0',
    '  contracts contract --api truto --base-url http://127.0.0.1:8080 --junit reports/contract.xml',
    '  contracts contract --api versori --base-url https://platform.versori.com/api/connect/v1 --token "$VERSORI_API_KEY"',
  ].join('\n');
}

class UsageError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, minimum: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new UsageError(`--${name} ${raw} is not a whole number of at least ${minimum}`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      api: { type: 'string' },
      'base-url': { type: 'string' },
      token: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      'time-limit': { type: 'string' },
      timeout: { type: 'string' },
      only: { type: 'string', multiple: true },
      param: { type: 'string', multiple: true },
      'allow-writes': { type: 'boolean', default: false },
      junit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage());
    return 0;
  }
  if (!values.api || !apiNames().includes(values.api))
    throw new UsageError(`--api must be one of ${apiNames().join(', ')}${values.api ? ` (got ${values.api})` : ''}`);
  if (!values['base-url']) throw new UsageError('--base-url is required: the API on the server to test, e.g. http://127.0.0.1:3010/api/4.0');
  if (!URL.canParse(values['base-url']) || !/^https?:$/.test(new URL(values['base-url']).protocol))
    throw new UsageError(`--base-url ${values['base-url']} is not an http(s) URL`);
  const params: Record<string, string> = {};
  for (const pair of values.param ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--param ${pair}: write it as name=value`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const api = loadApi(values.api);
  const result = await runContract({
    api,
    baseUrl: values['base-url'],
    token: values.token,
    seed: integer('seed', values.seed, defaultSeed, -(2 ** 31)),
    runs: integer('runs', values.runs, defaultRuns, 0),
    timeLimitMs: integer('time-limit', values['time-limit'], defaultTimeLimitSeconds, 1) * 1000,
    requestTimeoutMs: integer('timeout', values.timeout, 10_000, 1),
    allowWrites: values['allow-writes'],
    only: values.only,
    params,
    onProgress: (line) => process.stderr.write(`${line}\n`),
  });
  for (const failed of result.results.filter((candidate) => candidate.outcome === 'failed')) console.log(failureLine(failed));
  console.log(summary(result));
  if (values.junit) {
    writeJunit(result, values.junit);
    console.log(`  junit: ${values.junit}`);
  }
  return result.ok ? 0 : 1;
}

/** `contracts contract [options]`: one run of the kit; the exit code says how it went (0 passed, 1 failed, 2 usage). */
export function run(argv: string[]): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      const usageError = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      console.error(usageError ? `${error.message}\n\nRun contracts contract --help for the options.` : `The contract run could not finish: ${error.message}`);
      process.exitCode = usageError ? 2 : 1;
    },
  );
}
