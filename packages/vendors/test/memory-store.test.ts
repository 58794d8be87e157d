import { MemoryStore } from '../src/store';
import { describeStoreContract } from './store-contract';

describeStoreContract('in-memory', async () => new MemoryStore());
