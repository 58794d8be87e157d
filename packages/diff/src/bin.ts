#!/usr/bin/env node
// The diff CLI as a process of its own: the docs build runs `--history --json` here (see readContractHistories).
import { run } from './cli';

run(process.argv.slice(2));
