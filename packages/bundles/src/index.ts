export { type ApiEntry, readApiEntries, repoRoot } from './entries';
export { apiNames, type LoadedApi, loadApi, loadApis, loadControlApi } from './load';
export * from './model';
