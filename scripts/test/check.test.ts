import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepo, runIn } from './repo-copy';

const script = (copy: string, name: 'check' | 'generate') => runIn(copy, `scripts/${name}.ts`);

describe('given a copy of the repo', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyRepo();
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  describe('given a property added to a Looker schema', () => {
    beforeAll(() => {
      const schema = join(copy, 'spec', 'looker', 'components', 'schemas', 'IntegrationHub.yaml');
      const addition = '  region:\n    type: string\n    description: The cloud region the hub runs in.\n    examples: [europe-west4]\n';
      writeFileSync(schema, readFileSync(schema, 'utf8').replace('properties:\n', `properties:\n${addition}`));
    });

    test('pnpm check fails, naming the stale files and the command that fixes them', async () => {
      const { code, output } = await script(copy, 'check');
      expect(code).toBe(1);
      expect(output).toContain('packages/bundles/generated/looker.yaml is out of step with spec/looker/; run `pnpm generate`');
      expect(output).toContain('packages/types/generated/looker.ts is out of step with spec/looker/');
      expect(output).not.toContain('packages/types/generated/truto.ts is out of step');
    }, 60_000);

    test('pnpm generate carries the property into the types, and pnpm check passes again', async () => {
      const generated = await script(copy, 'generate');
      expect(generated.code).toBe(0);
      expect(generated.output).toMatch(/✓ looker +types +packages\/types\/generated\/looker\.ts/);
      expect(generated.output).toMatch(/· truto +types +packages\/types\/generated\/truto\.ts unchanged/);
      expect(readFileSync(join(copy, 'packages', 'types', 'generated', 'looker.ts'), 'utf8')).toMatch(/region\?: string;/);
      const { code, output } = await script(copy, 'check');
      expect(output).toContain('pnpm check passed');
      expect(code).toBe(0);
    }, 60_000);
  });

  describe('given an example that no longer matches its schema', () => {
    beforeAll(() => {
      const path = join(copy, 'spec', 'truto', 'paths', 'environment-integration_{id}.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('              is_enabled: true\n', '              is_enabled: "yes"\n'));
    });

    test('pnpm check fails on lint', async () => {
      const { code, output } = await script(copy, 'check');
      expect(code).toBe(1);
      expect(output).toMatch(/✗ truto +lint +1 problem/);
      expect(output).toContain('Example value must conform to the schema');
    }, 60_000);
  });
});
