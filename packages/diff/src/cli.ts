import { parseArgs } from 'node:util';
import { diffContracts } from './diff';
import { repoRootOf } from './git';
import { acceptLabel, exitCode, formatJson, formatMarkdown, formatText } from './report';

const usage = `Usage: pnpm diff [--base <git ref>] [--api <name>] [--json | --format text|markdown|json] [--allow-breaking]

Compares each API's contract (spec/ and redocly.yaml of the clone you are in) at a base commit with the working tree, so
an edit counts before it is regenerated or committed, and prints every change classified as
breaking, non-breaking or annotation, with its operation (method, path, operationId), where in it
(request body, response, parameter, security) and the schema field.

The base is the merge base of HEAD and:
  --base <ref>                     when given (a branch, tag or commit: main, origin/main, looker@4.0.25.14);
  origin/$GITHUB_BASE_REF          in a GitHub Actions pull request, fetched when the checkout lacks it;
  main, else origin/main           otherwise.
When it cannot be found, pnpm diff says what to fetch (e.g. \`git fetch origin main\`).

Exit status: 0 when no change is breaking (or --allow-breaking), 1 when one is, 2 on an error.

Options:
  --base <ref>       compare with the merge base of HEAD and this git ref
  --api <name>       only this API (a name from redocly.yaml: looker, truto, versori)
  --json             the machine-readable report (same as --format json); use \`pnpm -s diff --json\`
  --format <f>       text (default), markdown (for a pull request's job summary) or json
  --allow-breaking   accept breaking changes: still listed, exit 0 (CI passes it for the \`${acceptLabel}\` label)
  -h, --help         show this help

Progress goes to stderr; the report to stdout.`;

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      api: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      'allow-breaking': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!(format in formats)) throw new Error(`Unknown --format "${format}"; use text, markdown or json`);
  const allowBreaking = values['allow-breaking'];
  const report = await diffContracts({
    repoRoot: repoRootOf(process.cwd()),
    base: values.base,
    api: values.api,
    progress: (line) => console.error(`diff: ${line}`),
  });
  process.stdout.write(formats[format as keyof typeof formats](report, allowBreaking));
  process.exitCode = exitCode(report, allowBreaking);
}

main().catch((error: unknown) => {
  console.error(`diff: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
