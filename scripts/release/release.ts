import type { Change } from '@contracts/diff';

/** One API at a release: its last release (if any), the version being released and its contract's changes since. */
export interface ReleaseCheck {
  api: string;
  last: { tag: string; version: string } | undefined;
  version: string;
  changes: Change[];
}

const major = (version: string) => Number(version.split('.')[0]);

/**
 * Why a release may not go out: a contract change that pnpm diff calls breaking must come with a new major version of
 * the packages that carry it. One line per API that breaks without one; none when the release may go out.
 */
export function majorVersionProblems(checks: ReleaseCheck[]): string[] {
  return checks.flatMap(({ api, last, version, changes }) => {
    const breaking = changes.filter((change) => change.classification === 'breaking');
    if (!last || breaking.length === 0 || major(version) > major(last.version)) return [];
    return [
      `${api}: ${breaking.length} breaking change(s) since ${last.tag} (\`pnpm diff --base ${last.tag}\` lists them) need a major version, ` +
        `${major(last.version) + 1}.0.0 or later, not ${version}: mark the changeset "major"`,
    ];
  });
}
