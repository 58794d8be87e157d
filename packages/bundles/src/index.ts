export { apiNames, type LoadedApi, loadApi, loadApis, loadControlApi } from './load';
export * from './model';
