export { type Change, type Classification, compareDocuments } from './compare';
export { type ApiDiff, contractPaths, type DiffOptions, type DiffReport, diffContracts } from './diff';
export { type Base, GitError, resolveBase } from './git';
export { type ContractHistory, contractHistory, type TaggedVersion, type VersionStep, versionTag } from './history';
export { acceptLabel, exitCode, formatJson, formatMarkdown, formatText, operationLabel, verdict, whereLabel } from './report';
