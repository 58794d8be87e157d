/** What `contracts <command>` runs: each command parses its own flags in its own package (`run(argv)` of its cli module). */
export interface Command {
  /** One line for `contracts --help`. */
  summary: string;
  /** Loads the command's package only when it runs, so `contracts mock` never loads Express or Redocly. */
  load(): Promise<{ run(argv: string[]): Promise<void> }>;
}

/** Every subcommand; adding one is one entry here and a dependency on its package. */
export const commands: Record<string, Command> = {
  mock: { summary: 'Prism mocks of every API, answering with the examples (ports 4010-4012)', load: () => import('@contracts/mock/cli') },
  stub: { summary: 'validating stubs of every API with the vendors’ behaviour (ports 3010-3012)', load: () => import('@contracts/server/cli') },
  docs: { summary: 'build the docs site and serve it (port 8080); `docs build` only writes it', load: () => import('@contracts/docs/cli') },
  contract: { summary: 'prove that a running server honours an API’s contract', load: () => import('@contracts/contract/cli') },
  diff: { summary: 'the changes to each contract in a clone of the contracts, breaking ones fail', load: () => import('@contracts/diff/cli') },
  dev: { summary: 'in a clone of the contracts: its pnpm dev, the servers and docs kept in step with each save', load: () => import('./dev') },
};
