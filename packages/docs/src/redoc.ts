import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The installed Redocly CLI's entry point: the docs use the workspace's catalog version, never a download. */
function redoclyCli(): string {
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
}

export interface ReferenceOptions {
  /** The OpenAPI document to render (the docs copy, with code samples). */
  specPath: string;
  /** Where Redocly writes the page. */
  outputPath: string;
  title: string;
  /** Redoc options (`--openapi`), e.g. `downloadUrls`. */
  redoc: Record<string, unknown>;
  /** Working directory: holds no redocly.yaml, so the repository's lint config is not read. */
  cwd: string;
}

/**
 * Renders one Redoc 3 reference page with `redocly build-docs --inlineBundle`, which embeds the Redoc
 * script instead of loading it from Redocly's CDN. Runs the CLI as a child process: it is ESM with no
 * programmatic entry for build-docs. Its output (including Node deprecation banners) is shown only on failure.
 */
export async function renderReference(options: ReferenceOptions): Promise<string> {
  const args = [
    redoclyCli(),
    'build-docs',
    options.specPath,
    '--inlineBundle',
    '--output',
    options.outputPath,
    '--title',
    options.title,
    '--openapi',
    JSON.stringify(options.redoc),
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      // Telemetry off also makes the page itself send none (`disableTelemetry` in the page's options).
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `redocly build-docs failed for ${options.specPath} (exit ${code}):\n${output.join('').trim()}\nRun \`pnpm lint:spec\` to find the problem in the spec.`,
    );
  }
  return readFile(options.outputPath, 'utf8');
}
