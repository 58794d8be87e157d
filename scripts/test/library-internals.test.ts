import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './bundles';

// The libraries are used the way their documentation shows. These are the ways this repo once reached past that
// (express-openapi-validator's stages found by name, its private per-request fields, a library's build output);
// none may come back. Each pattern says what it catches.
const forbidden: Array<{ pattern: RegExp; why: string }> = [
  {
    pattern: /\b(metadataMiddleware|securityMiddleware|pathParamsMiddleware|requestMiddleware|responseMiddleware)\b/,
    why: "an express-openapi-validator stage picked by its function's name",
  },
  { pattern: /\.name\s*[!=]==\s*['"]\w+Middleware['"]/, why: 'a middleware picked by its function name' },
  { pattern: /\b_responseSchema\b|\breq(uest)?\.openapi\b/, why: "express-openapi-validator's per-request fields" },
  {
    pattern: /from\s+['"](express-openapi-validator|express|msw|openapi-msw|@stoplight\/[\w-]+|json-schema-faker|rate-limiter-flexible)\/(dist|lib|src)\//,
    why: "a module of a library's build output instead of its entry point",
  },
  { pattern: /jest\.spyOn\(\s*\w+\.prototype/, why: "a spy on a library class's prototype (its internals), where a test should observe behaviour" },
];

function sourcesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !join(entry.parentPath, entry.name).includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const findings = (text: string) => forbidden.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);

describe('given every TypeScript file under packages/ and scripts/', () => {
  test('none names a library internal, a private field or a build-output module', () => {
    const self = join(__dirname, 'library-internals.test.ts');
    const files = [...sourcesBelow(join(repoRoot, 'packages')), ...sourcesBelow(join(repoRoot, 'scripts'))].filter((file) => file !== self);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => findings(readFileSync(file, 'utf8')).map((why) => `${relative(repoRoot, file)}: ${why}`));
    expect(found).toEqual([]);
  });

  test.each([
    "validator.filter((middleware) => middleware.name !== 'securityMiddleware')",
    'request.openapi = { ...known }',
    "import { x } from 'express-openapi-validator/dist/middlewares/openapi.metadata';",
    "jest.spyOn(Ajv.prototype, 'addSchema')",
  ])('the check catches %p', (line) => {
    expect(findings(line)).not.toEqual([]);
  });
});
