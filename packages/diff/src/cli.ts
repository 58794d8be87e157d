import { parseArgs } from 'node:util';
import { diffContracts } from './diff';
import { apisIn } from './documents';
import { repoRootOf, tryRepoRootOf } from './git';
import { contractHistory } from './history';
import { acceptLabel, exitCode, formatHistoryText, formatJson, formatMarkdown, formatText } from './report';

const usage = `Usage: contracts diff [--base <git ref>] [--api <name>] [--json | --format text|markdown|json] [--allow-breaking]
       contracts diff --history [--api <name>] [--json]
(in this repository: pnpm diff)

Compares each API's contract (spec/ and redocly.yaml of the clone you are in) at a base commit
with the working tree, so an edit counts before it is regenerated or committed, and prints every
change classified as breaking, non-breaking or annotation, with its operation (method, path,
operationId), where in it (request body, response, parameter, security) and the schema field.

The base is the merge base of HEAD and:
  --base <ref>                     when given (a branch, tag or commit: main, origin/main, looker@1.2.0);
  origin/$GITHUB_BASE_REF          in a GitHub Actions pull request, fetched when the checkout lacks it;
  main, else origin/main           otherwise.
When it cannot be found, pnpm diff says what to fetch (e.g. \`git fetch origin main\`).

Exit status: 0 when no change is breaking (or --allow-breaking), 1 when one is, 2 on an error.

--history instead compares the released versions of each contract, each with the next: the tags
<api>@<version of the packages> that pnpm release makes (looker@1.2.0), in version order, each shown
with the API's own info.version beside it. It exits 0; the docs' Changes pages use it.

Options:
  --base <ref>       compare with the merge base of HEAD and this git ref
  --api <name>       only this API (a name from redocly.yaml: looker, truto, versori); repeatable
  --json             the machine-readable report (same as --format json); use \`pnpm -s diff --json\`
  --format <f>       text (default), markdown (for a pull request's job summary) or json
  --allow-breaking   accept breaking changes: still listed, exit 0 (CI passes it for the \`${acceptLabel}\` label)
  --history          the changes between consecutive tagged versions instead
  -h, --help         show this help

Progress goes to stderr; the report to stdout.`;

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson };

async function printHistory(apis: string[], json: boolean): Promise<void> {
  // Outside a clone the history is empty and says why, so that a docs build there still works.
  const repoRoot = tryRepoRootOf(process.cwd()) ?? process.cwd();
  const names = apis.length > 0 ? apis : [...apisIn(repoRoot).keys()];
  const histories = [];
  for (const api of names) {
    const started = performance.now();
    histories.push(await contractHistory(repoRoot, api));
    console.error(`diff: history of ${api} (${Math.round(performance.now() - started)} ms)`);
  }
  process.stdout.write(json ? `${JSON.stringify(histories, null, 2)}\n` : formatHistoryText(histories));
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      api: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      'allow-breaking': { type: 'boolean', default: false },
      history: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  if (values.history) return printHistory(values.api, values.json);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!(format in formats)) throw new Error(`Unknown --format "${format}"; use text, markdown or json`);
  const allowBreaking = values['allow-breaking'];
  const progress = (line: string) => console.error(`diff: ${line}`);
  const report = await diffContracts({ repoRoot: repoRootOf(process.cwd()), base: values.base, apis: values.api, progress });
  process.stdout.write(formats[format as keyof typeof formats](report, allowBreaking));
  process.exitCode = exitCode(report, allowBreaking);
}

/** `contracts diff [options]`: the exit code says whether a change breaks clients (0 no, 1 yes, 2 error). */
export function run(argv: string[]): Promise<void> {
  return main(argv).catch((error: unknown) => {
    console.error(`diff: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
