import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadApi, operationsOf } from '@contracts/bundles';
import { readApiEntries } from '../lib/entries';
import { listUnimplemented, scaffoldVendor, vendorDir } from '../lib/vendors';
import { repoRoot } from './bundles';

describe('given the vendor folders as committed', () => {
  test.each(
    readApiEntries(repoRoot)
      .filter((api) => !api.control)
      .map((api) => [api.name, api] as const),
  )('every operation of %s has an implemented handler, so nothing answers 501', (name, api) => {
    expect(listUnimplemented(repoRoot, api, loadApi(name).document)).toEqual([]);
  });
});

describe('given an API without a vendor folder', () => {
  // Scaffolded inside the repo (its modules import the vendors' core by relative path), and removed afterwards.
  const truto = readApiEntries(repoRoot).find((api) => api.name === 'truto');
  const api = { ...(truto as NonNullable<typeof truto>), name: 'scaffold-test' };
  const { document } = loadApi('truto');
  afterAll(() => rmSync(join(repoRoot, vendorDir(api)), { recursive: true, force: true }));

  test('scaffolding writes the folder and a 501 module per operation, lists them as unimplemented, and never overwrites them', () => {
    const first = scaffoldVendor(repoRoot, api, document);
    expect(first.map((module) => [module.path, module.created])).toEqual(
      operationsOf(document).map((operation) => [`packages/vendors/scaffold-test/handlers/${operation.operationId}.ts`, true]),
    );
    for (const file of ['index.ts', 'context.ts']) expect(existsSync(join(repoRoot, vendorDir(api), file))).toBe(true);
    expect(listUnimplemented(repoRoot, api, document).map((module) => module.operationId)).toEqual(first.map((module) => module.operationId));
    expect(scaffoldVendor(repoRoot, api, document).map((module) => module.created)).toEqual(first.map(() => false));
  });
});
