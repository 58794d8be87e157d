export { apiNames, type LoadedApi, loadApi, loadApis } from './load';
export * from './model';
