import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

// TypeScript on a team's app as its tsconfig sets it up, reporting what is ours: the app's own files and the
// declaration files of the @contracts packages it installed. tsc reports every declaration file (skipLibCheck false) or
// none (true); checking msw's, graphql's and Node's own takes most of its time and is not this repo's to pass.
// Usage: node --import tsx scripts/test/typecheck-app.ts <tsconfig>; prints JSON, the files checked and the diagnostics
// as tsc formats them; exit 1 on any.

const configPath = process.argv[2] ?? 'tsconfig.json';
const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  },
});
if (!config) throw new Error(`${configPath} could not be read`);
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const ours = program.getSourceFiles().filter((file) => !file.isDeclarationFile || file.fileName.includes('/node_modules/@contracts/'));
const diagnostics = [
  ...config.errors,
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...ours.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
];
const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (name) => name, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
const checked = ours.map((file) => relative(dirname(resolve(configPath)), file.fileName));
process.stdout.write(JSON.stringify({ checked, diagnostics: ts.formatDiagnostics(diagnostics, host) }));
process.exitCode = diagnostics.length > 0 ? 1 : 0;
