import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function packageVersion(repoRoot: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * A hash of everything an API's generated files depend on: its spec folder, redocly.yaml, the
 * generator's own source and the versions of the libraries it calls. Equal fingerprints mean the
 * generated files need not be rendered again.
 */
export function fingerprint(repoRoot: string, specDir: string): string {
  const hash = createHash('sha256');
  // Only the YAML of the spec counts: its README does not change what is generated.
  const specFiles = filesBelow(join(repoRoot, specDir)).filter((file) => /\.ya?ml$/.test(file));
  // The generator's source: its own, and the modules of the bundle reader it walks the document with (not the rest
  // of that package, whose changes leave every generated file as it is).
  const reader = ['api.ts', 'document.ts', 'operations.ts'].map((file) => join(repoRoot, 'packages', 'bundles', 'src', file));
  // The modules of scripts/lib that render files (not its helpers for output and processes).
  const renderers = ['artifacts.ts', 'entries.ts', 'fingerprint.ts', 'msw.ts', 'text.ts', 'vendors.ts'].map((file) => join(repoRoot, 'scripts', 'lib', file));
  const generator = [...renderers, ...reader];
  const inputs = [...specFiles, join(repoRoot, 'redocly.yaml'), ...generator];
  for (const file of inputs) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const library of ['openapi-typescript', '@redocly/openapi-core']) {
    hash.update(`${library}@${packageVersion(repoRoot, library)}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The fingerprint recorded in a generated file's header (a JSON bundle's `x-fingerprint`), or undefined when there is none. */
export function recordedFingerprint(content: string): string | undefined {
  const match = /^(?:#|\/\/) fingerprint: ([0-9a-f]+)$|^ {2}"x-fingerprint": "([0-9a-f]+)",$/m.exec(content.slice(0, 400));
  return match?.[1] ?? match?.[2];
}
