import { type Command, commands } from './commands';

export { type Command, commands };

const usage = () => `Usage: contracts <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

\`contracts <command> --help\` shows a command's options and environment variables.`;

/** `contracts <command> [options]`: runs the command with the rest of the arguments; the exit code is the command's. */
export async function runContracts(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') return console.log(usage());
  const command = commands[name];
  if (!command) {
    console.error(`contracts: unknown command "${name}"\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  await (await command.load()).run(rest);
}
