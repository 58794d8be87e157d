#!/usr/bin/env node
import { runContracts } from './index';

runContracts(process.argv.slice(2));
