export * from './harness';
export { copyOf, subsetContract, syntheticContract, syntheticVendor } from './synthetic-contract';
