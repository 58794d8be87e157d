import { dirname, join, resolve } from 'node:path';
import { loadApi, loadApis, loadControlApi, operationsOf } from '@contracts/bundles';
import ts from 'typescript';
import { codeSamples, curlSample, literal, tokenVariable, typescriptSample } from '../src/samples';

const repoRoot = resolve(__dirname, '..', '..', '..');

function operation(apiName: string, operationId: string) {
  const api = loadApi(apiName);
  const found = operationsOf(api.document).find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in ${apiName}`);
  return { api, operation: found };
}

/** Type-checks sources as files of packages/docs against the real typed clients; returns the error messages. */
function typeCheck(sources: Record<string, string>): string[] {
  const configFile = ts.readConfigFile(join(repoRoot, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repoRoot);
  // @contracts/client has no `exports` map yet; point its sub-paths at the sources it will export.
  options.baseUrl = repoRoot;
  options.paths = { '@contracts/client/*': ['packages/client/src/*'] };
  const files = Object.fromEntries(Object.entries(sources).map(([name, text]) => [join(repoRoot, 'packages', 'docs', 'samples', `${name}.ts`), text]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => files[file] ?? readFile(file);
  host.fileExists = (file) => file in files || fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    file in files ? ts.createSourceFile(file, files[file] as string, language) : getSourceFile(file, language, ...rest);
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && diagnostic.file.fileName in files)
    .map(
      (diagnostic) =>
        `${diagnostic.file?.fileName.slice(dirname(diagnostic.file.fileName).length + 1)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    );
}

describe('given the update_integration_hub operation of Looker', () => {
  const { api, operation: hub } = operation('looker', 'update_integration_hub');

  test('its curl sample calls the vendor with the path example, a bearer token and the first request example', () => {
    expect(curlSample(api, hub)).toBe(
      [
        "# Request example: Replace the hub's authorization token",
        "curl -X PATCH 'https://mycompany.cloud.looker.com/api/4.0/integration_hubs/2' \\",
        '  -H "Authorization: Bearer $LOOKER_API_TOKEN" \\',
        "  -H 'Content-Type: application/json' \\",
        "  --data '{",
        '  "authorization_token": "c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61"',
        "}'",
      ].join('\n'),
    );
  });

  test('its TypeScript sample uses createLookerClient with the path parameter and body of the spec', () => {
    const sample = typescriptSample(api, hub);
    expect(sample.split('\n').slice(0, 2)).toEqual([
      "// Request example: Replace the hub's authorization token",
      "import { createLookerClient } from '@contracts/client/looker';",
    ]);
    expect(sample).toContain('token: process.env.LOOKER_API_TOKEN,');
    expect(sample).toContain("await client.PATCH('/integration_hubs/{integration_hub_id}', {");
    expect(sample).toContain("integration_hub_id: '2',");
    expect(sample).toContain("authorization_token: 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61',");
  });
});

describe('given the Looker login, which needs no token and takes a form-encoded body', () => {
  const { api, operation: login } = operation('looker', 'login');

  test('its curl sample sends no Authorization header and url-encodes each field', () => {
    const curl = curlSample(api, login);
    expect(curl).not.toContain('Authorization');
    expect(curl).toContain("--data-urlencode 'client_id=gXvR7dQ4bN9kYpTm2Hs8'");
    expect(curl).toContain("--data-urlencode 'client_secret=Wb6tPz3Hq9sLk2Vd7Rm4Yc8N'");
  });

  test('its TypeScript sample serializes the body as a form instead of JSON', () => {
    const sample = typescriptSample(api, login);
    expect(sample).not.toContain('token:');
    expect(sample).toContain('new URLSearchParams(');
    expect(sample).toContain("headers: { 'Content-Type': 'application/x-www-form-urlencoded' },");
  });
});

describe('given every operation of every API, the control API included', () => {
  const all = [...loadApis(), loadControlApi()].flatMap((api) => operationsOf(api.document).map((op) => ({ api, op })));

  test('each gets a curl and a TypeScript sample for its method, path and vendor base URL', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const { api, op } of all) {
      const [curl, typescript] = codeSamples(api, op);
      expect(curl?.label).toBe('curl');
      expect(curl?.source).toContain(`curl -X ${op.method.toUpperCase()} '${api.vendorUrl}`);
      expect(typescript?.label).toBe('TypeScript');
      expect(typescript?.source).toContain(`client.${op.method.toUpperCase()}('${op.path}'`);
    }
  });

  test('every TypeScript sample type-checks against the typed client of its API', () => {
    const sources = Object.fromEntries(all.map(({ api, op }) => [`${api.name}-${op.operationId}`, typescriptSample(api, op)]));
    expect(typeCheck(sources)).toEqual([]);
  }, 60_000);

  test('a sample that calls a path the API lacks does not type-check, so the check above can fail', () => {
    const { api, operation: hub } = operation('looker', 'update_integration_hub');
    const wrong = typescriptSample(api, hub).replace("'/integration_hubs/{integration_hub_id}'", "'/integration_hub/{integration_hub_id}'");
    expect(typeCheck({ wrong }).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('given values from the spec', () => {
  test('literal() prints them as TypeScript in the repository style', () => {
    expect(literal({ a: "it's", 'x-y': [1, null], n: {} })).toBe("{\n  a: 'it\\'s',\n  'x-y': [\n    1,\n    null,\n  ],\n  n: {},\n}");
  });

  test('tokenVariable() names the environment variable after the security scheme', () => {
    expect(tokenVariable('LookerApiToken')).toBe('LOOKER_API_TOKEN');
    expect(tokenVariable('VersoriBearer')).toBe('VERSORI_BEARER');
  });
});
