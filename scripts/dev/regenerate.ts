import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Api, apiOf, type OpenApiDocument } from '@contracts/bundles';
import { type Artifact, bundleApi, deriveArtifacts, type Renderers } from '../lib/artifacts';
import type { ApiEntry } from '../lib/entries';
import { fingerprint } from '../lib/fingerprint';
import { scaffoldVendor } from '../lib/vendors';

interface LintProblem {
  severity: string;
  ruleId: string;
  message: string;
  location: Array<{ source: { absoluteRef: string }; start?: { line: number; col: number } }>;
}

/** A lint problem as one line: `spec/looker/paths/login.yaml:12:5 error no-unused-components: …`. */
function problemLine(problem: LintProblem, repoRoot: string): string {
  const [where] = problem.location;
  const file = where ? where.source.absoluteRef.replace(`${repoRoot}/`, '') : '';
  const position = where?.start ? `:${where.start.line}:${where.start.col}` : '';
  return `${file}${position} ${problem.severity} ${problem.ruleId}: ${problem.message}`;
}

/** Writes the artifacts whose content changed; resolves with their paths. */
function writeArtifacts(repoRoot: string, artifacts: Artifact[]): string[] {
  const written: string[] = [];
  for (const artifact of artifacts) {
    const target = join(repoRoot, artifact.path);
    let before: string | undefined;
    try {
      before = readFileSync(target, 'utf8');
    } catch {
      before = undefined;
    }
    if (before === artifact.content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, artifact.content);
    written.push(artifact.path);
  }
  return written;
}

/** One API's edited contract, on its way from the spec to the servers. */
export interface Edit {
  /** The new contract, as the servers load it. */
  api: Api & { bundlePath: string };
  /** The text of its bundle (what the docs offer as its YAML download). */
  bundleYaml: string;
  /** Resolves with each problem of the edit (file and line), none when it lints clean. */
  problems: Promise<string[]>;
  /** Writes the bundle and everything derived from it, and scaffolds a handler for a new operation (their paths). */
  write(): Promise<{ written: string[]; scaffolded: string[] }>;
}

/**
 * Bundles one API's spec after an edit, as `pnpm generate` does, and starts linting it: the contract is there to serve
 * as soon as it bundles, and is served only if it lints clean; an edit that does not bundle (YAML that does not parse,
 * a `$ref` to nowhere) throws, naming its file and line. Nothing is written until `write()`.
 */
export async function bundleEdit(repoRoot: string, entry: ApiEntry, renderers: Renderers): Promise<Edit> {
  const { lint } = await import('@redocly/openapi-core');
  const problems = lint({ ref: join(repoRoot, entry.root), config: renderers.config.forAlias(entry.alias) }).then((found) =>
    found.map((problem) => problemLine(problem as never, repoRoot)),
  );
  // When the bundle fails, the lint's verdict is not awaited: it must not go unhandled either.
  problems.catch(() => undefined);
  const stamp = fingerprint(repoRoot, entry.specDir);
  const bundled = await bundleApi(repoRoot, entry, renderers, stamp);
  const bundleYaml = bundled.artifacts[0]?.content ?? '';
  return {
    api: { ...apiOf(entry.name, bundled.document), bundlePath: join(repoRoot, entry.bundle) },
    bundleYaml,
    problems,
    async write() {
      const written = writeArtifacts(repoRoot, [...bundled.artifacts, ...(await deriveArtifacts(entry, bundled.document, renderers, stamp))]);
      const document = bundled.document as OpenApiDocument;
      const scaffolded = entry.control
        ? []
        : scaffoldVendor(repoRoot, entry, document)
            .filter((module) => module.created)
            .map((module) => module.path);
      return { written, scaffolded };
    },
  };
}
