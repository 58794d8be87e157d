// publint and attw on packed tarballs through their JavaScript APIs, every tarball in this one process (their CLIs
// would start two processes per package). The consumer test runs it as a child process: both libraries are ES
// modules only, which jest cannot import on Node < 24.9. Prints one JSON report: TarballLint[].
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkPackage, createPackageFromTarballData, type Problem } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

export interface TarballLint {
  tarball: string;
  name: string;
  version: string;
  /** Every subpath of the packed package.json's exports: attw's entry points. */
  entrypoints: string[];
  /** publint's messages, errors, warnings and suggestions alike. */
  publint: string[];
  /** Whether attw found types for the package at all. */
  typed: boolean;
  attw: Problem[];
}

// attw's esm-only profile: the packages are ES modules only, so a CommonJS resolution (node10, node16 from CJS) has nothing to find.
const cjsResolutions = new Set(['node10', 'node16-cjs']);

async function lint(tarball: string): Promise<TarballLint> {
  const data = await readFile(tarball);
  const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(data).buffer }, strict: true });
  const entrypoints = Object.keys(pkg.exports ?? {}).filter((subpath) => subpath !== './package.json');
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(data)), { entrypoints });
  const problems = analysis.types ? analysis.problems : [];
  return {
    tarball: basename(tarball),
    name: analysis.packageName,
    version: analysis.packageVersion,
    entrypoints,
    publint: messages.map((message) => formatMessage(message, pkg, { color: false }) ?? message.code),
    typed: Boolean(analysis.types),
    attw: problems.filter((problem) => !('resolutionKind' in problem && cjsResolutions.has(problem.resolutionKind))),
  };
}

console.log(JSON.stringify(await Promise.all(process.argv.slice(2).map(lint))));
