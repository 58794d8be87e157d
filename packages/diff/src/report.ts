import type { Change, Classification } from './compare';
import type { ApiDiff, DiffReport } from './diff';
import type { ContractHistory, TaggedVersion } from './history';

/** The label that accepts a pull request's breaking changes (the workflow passes --allow-breaking for it). */
export const acceptLabel = 'breaking-change';

export const classifications: Classification[] = ['breaking', 'non-breaking', 'annotation'];

/** What the gate decided: 1 when a change is breaking and breaking changes were not accepted. */
export function exitCode(report: DiffReport, allowBreaking: boolean): 0 | 1 {
  return report.breaking > 0 && !allowBreaking ? 1 : 0;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function counts(changes: Change[]): string {
  return classifications
    .map((classification) => [classification, changes.filter((change) => change.classification === classification).length] as const)
    .filter(([, count]) => count > 0)
    .map(([classification, count]) => `${count} ${classification}`)
    .join(', ');
}

/** `PATCH /environment-integration/{id} (updateEnvironmentIntegration)`, or `document` for changes outside any operation. */
export function operationLabel(change: Change): string {
  if (!change.operation) return 'document';
  const { method, path, operationId } = change.operation;
  return `${method} ${path}${operationId ? ` (${operationId})` : ''}`;
}

/** `response 200 application/json › integration.sharing (enum)`. */
export function whereLabel(change: Change): string {
  const field = change.field ? ` › ${change.field}` : '';
  const keyword = change.keyword ? ` (${change.keyword})` : '';
  return `${change.location}${field}${keyword}`;
}

/** `Truto Admin API, version 1.0` or `…, version 1.0 → 1.1`. */
function titled(api: ApiDiff): string {
  const { baseVersion, headVersion } = api;
  const version = baseVersion && headVersion && baseVersion !== headVersion ? `${baseVersion} → ${headVersion}` : (headVersion ?? baseVersion);
  return `${api.title ?? api.name}${version ? `, version ${version}` : ''}`;
}

/** The closing line: what the exit code means and, when it fails, how to accept the change deliberately. */
export function verdict(report: DiffReport, allowBreaking: boolean): string {
  const total = report.apis.reduce((sum, api) => sum + api.changes.length, 0);
  if (total === 0) return `No changes to the contracts between ${report.base.ref} and the working tree.`;
  if (report.breaking === 0) return `${plural(total, 'change')}, none breaking.`;
  if (allowBreaking) return `${plural(report.breaking, 'breaking change')} accepted with --allow-breaking: clients of these operations must be updated.`;
  return `${plural(report.breaking, 'breaking change')}: failing. To accept a breaking change deliberately, run with --allow-breaking (in a pull request, add the \`${acceptLabel}\` label).`;
}

const marks: Record<Classification, string> = { breaking: '✗', 'non-breaking': '+', annotation: '·' };

/** The report for a terminal: per API, one entry per change with where it is, what changed and why it breaks. */
export function formatText(report: DiffReport, allowBreaking: boolean): string {
  const lines = [`Contracts: base ${report.base.ref} (merge base ${report.base.commit.slice(0, 12)}) → the working tree`, ''];
  for (const api of report.apis) {
    if (api.changes.length === 0) {
      lines.push(`${api.name}: no changes`);
      continue;
    }
    lines.push(`${api.name} (${titled(api)}): ${plural(api.changes.length, 'change')}: ${counts(api.changes)}`);
    lines.push(...api.changes.flatMap((change) => changeLines(change, '  ')));
  }
  lines.push('', verdict(report, allowBreaking));
  return `${lines.join('\n')}\n`;
}

/** One change for a terminal: its class and operation, then where and what, then why it breaks. */
function changeLines(change: Change, indent: string): string[] {
  const pad = `${indent}  ${' '.repeat(12)} `;
  return [
    `${indent}${marks[change.classification]} ${change.classification.padEnd(12)} ${operationLabel(change)}`,
    `${pad}${whereLabel(change)}: ${change.description}`,
    ...change.reasons.map((reason) => `${pad}why: ${reason}`),
  ];
}

/** A release as people read it: its tag and, beside it, the vendor's version of the API (`looker@1.2.0 (API 4.0.26.12)`). */
export function releaseLabel(version: TaggedVersion): string {
  return `${version.tag} (API ${version.apiVersion})`;
}

/** `pnpm diff --history`: per API, its tagged versions and the changes from each to the next, newest first. */
export function formatHistoryText(histories: ContractHistory[]): string {
  const lines: string[] = [];
  for (const history of histories) {
    const tags = history.versions.map(releaseLabel).join(', ');
    lines.push(`${history.api}: ${history.versions.length === 0 ? 'no tagged versions' : `${plural(history.versions.length, 'tagged version')} (${tags})`}`);
    for (const step of history.steps) {
      const summary = step.changes.length === 0 ? 'no changes' : `${plural(step.changes.length, 'change')}: ${counts(step.changes)}`;
      lines.push(`  ${releaseLabel(step.from)} → ${releaseLabel(step.to)}: ${summary}`, ...step.changes.flatMap((change) => changeLines(change, '    ')));
    }
    for (const problem of history.problems) lines.push(`  note: ${problem}`);
  }
  lines.push('', 'Releases are tags <api>@<version of the packages> (pnpm release makes them); the API version beside each is its info.version.');
  return `${lines.join('\n')}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** The report as GitHub-flavoured Markdown, for a pull request's job summary. */
export function formatMarkdown(report: DiffReport, allowBreaking: boolean): string {
  const lines = [
    '## Contract changes',
    '',
    `Base: ${code(report.base.ref)} (merge base ${code(report.base.commit.slice(0, 12))}) → the working tree.`,
    '',
    `**${verdict(report, allowBreaking)}**`,
    '',
    '| API | status | breaking | non-breaking | annotation |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const api of report.apis) {
    const count = (classification: Classification) => api.changes.filter((change) => change.classification === classification).length;
    lines.push(`| ${api.name} | ${api.status} | ${count('breaking')} | ${count('non-breaking')} | ${count('annotation')} |`);
  }
  for (const api of report.apis.filter((candidate) => candidate.changes.length > 0)) {
    lines.push('', `### ${api.name}: ${cell(titled(api))}`, '', '| | operation | where | change | why it breaks |', '| --- | --- | --- | --- | --- |');
    for (const change of api.changes) {
      const operation = change.operation ? code(operationLabel(change)) : 'document';
      lines.push(
        `| ${marks[change.classification]} ${change.classification} | ${operation} | ${cell(whereLabel(change))} | ${cell(change.description)} | ${cell(change.reasons.join('; '))} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The machine-readable report (`--json`): the report itself plus the gate's decision. */
export function formatJson(report: DiffReport, allowBreaking: boolean): string {
  return `${JSON.stringify({ ...report, allowBreaking, exitCode: exitCode(report, allowBreaking), verdict: verdict(report, allowBreaking) }, null, 2)}\n`;
}
