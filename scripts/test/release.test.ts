import type { Change } from '@contracts/diff';
import { majorVersionProblems } from '../release/release';

const change = (classification: Change['classification']) => ({ classification }) as Change;
const last = { tag: 'truto@1.4.2', version: '1.4.2' };

describe('given the changes to a contract since its last release', () => {
  test('a breaking change with a minor version refuses the release, naming the API, the tag and the version it needs', () => {
    expect(majorVersionProblems([{ api: 'truto', last, version: '1.5.0', changes: [change('non-breaking'), change('breaking')] }])).toEqual([
      'truto: 1 breaking change(s) since truto@1.4.2 (`pnpm diff --base truto@1.4.2` lists them) need a major version, 2.0.0 or later, not 1.5.0: mark the changeset "major"',
    ]);
  });

  test.each([
    ['a breaking change with a major version', '2.0.0', [change('breaking')]],
    ['non-breaking changes and annotations with a minor version', '1.5.0', [change('non-breaking'), change('annotation')]],
    ['no change with a patch version', '1.4.3', []],
  ])('%s may go out', (_, version, changes) => {
    expect(majorVersionProblems([{ api: 'truto', last, version, changes }])).toEqual([]);
  });

  test('the first release of an API has nothing to break', () => {
    expect(majorVersionProblems([{ api: 'looker', last: undefined, version: '1.0.0', changes: [change('breaking')] }])).toEqual([]);
  });
});
