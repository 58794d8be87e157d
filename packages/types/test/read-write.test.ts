import { join } from 'node:path';
import ts from 'typescript';

const repoRoot = join(__dirname, '..', '..', '..');

/** Compiles the type tests with the repo's own compiler options; every diagnostic is a broken rule. */
function diagnosticsOf(file: string): string[] {
  const configFile = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repoRoot);
  const program = ts.createProgram([file], options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

describe('given the generated types with read/write markers', () => {
  test('request types exclude read-only fields and response types exclude write-only fields (every @ts-expect-error still errors)', () => {
    expect(diagnosticsOf(join(__dirname, 'read-write.types.ts'))).toEqual([]);
  }, 60_000);
});
