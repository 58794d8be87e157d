import { join } from 'node:path';
import ts from 'typescript';

describe('given the handler type test file', () => {
  test('it compiles with no diagnostics, so each @ts-expect-error line meets the error it expects', () => {
    const repoRoot = join(__dirname, '..', '..', '..');
    const config = ts.getParsedCommandLineOfConfigFile(join(repoRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error('cannot read tsconfig.json');
    const file = join(__dirname, 'handler-types.ts');
    const program = ts.createProgram([file], config.options);
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => repoRoot, getNewLine: () => '\n' });
    expect(text).toBe('');
    expect(program.getSourceFile(file)?.text.match(/@ts-expect-error/g)?.length).toBeGreaterThanOrEqual(9);
  });
});
