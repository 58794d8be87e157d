export { type ContractOptions, type ContractResult, runContract } from './kit';
export { failureLine, summary, writeJunit } from './report';
export type { CaseResult, StateFinding } from './run';
