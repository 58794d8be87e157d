export { type Change, type Classification, compareDocuments } from './compare';
export { type ApiDiff, contractPaths, type DiffOptions, type DiffReport, diffContracts } from './diff';
export { type Base, GitError, resolveBase } from './git';
export { type ContractHistory, contractHistory, readContractHistories, type TaggedVersion, type VersionStep, versionTag } from './history';
export { acceptLabel, exitCode, formatHistoryText, formatJson, formatMarkdown, formatText, operationLabel, releaseLabel, verdict, whereLabel } from './report';
