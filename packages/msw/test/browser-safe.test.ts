import { join } from 'node:path';
import { build } from 'esbuild';
import { apis } from './support';

const root = join(__dirname, '..');

/** Bundles `contents` for a browser, as a frontend build would: any Node built-in it reaches fails the build. */
const bundleForBrowser = (contents: string) =>
  build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });

describe('given the MSW entry of each API bundled for a browser', () => {
  test.each(apis.map(({ api }) => api.name))('@contracts/msw/%s and msw/browser bundle with no Node built-in, Express or Prism', async (name) => {
    const result = await bundleForBrowser(`export * from '@contracts/msw/${name}'; export { setupWorker } from 'msw/browser';`);
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\(["']node:|from ["']node:/);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /\/(express|express-openapi-validator|@stoplight|yaml)\/|packages\/(server|mock|http)\//.test(input))).toEqual([]);
    // The bundle carries the spec in its JSON form and the vendor's own code.
    expect(inputs).toEqual(expect.arrayContaining([`packages/bundles/generated/${name}.json`, `packages/vendors/${name}/index.ts`]));
  });

  test('a module that reaches for a Node built-in fails the same build (the control)', async () => {
    await expect(bundleForBrowser(`import { randomBytes } from 'node:crypto'; export const token = randomBytes(4);`)).rejects.toThrow(/node:crypto/);
  });
});
