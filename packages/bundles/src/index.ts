export { type ApiEntry, readApiEntries, repoRoot } from './entries';
export { apiNames, type LoadedApi, loadApi, loadApis } from './load';
export * from './model';
