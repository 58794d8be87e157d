import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '..');

/** Bundles `entry` for a browser, as a frontend build would: any Node built-in it reaches fails the build. */
const bundleForBrowser = (contents: string) =>
  build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });

describe('given the vendor package bundled for a browser', () => {
  test.each(['looker', 'truto', 'versori'])('@contracts/vendors/%s and the core bundle with no Node built-in', async (name) => {
    const result = await bundleForBrowser(`export * from './${name}'; export * from './src';`);
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\(["']node:|from ["']node:/);
  });

  test('a module that reaches for a Node built-in fails the same build (the control)', async () => {
    await expect(bundleForBrowser(`import { randomBytes } from 'node:crypto'; export * from './src'; export const token = randomBytes(4);`)).rejects.toThrow(
      /node:crypto/,
    );
  });
});
