#!/usr/bin/env node
// The `verify-identity` command: `serve` (the test-mode server), `conformance` (the contract checked from outside)
// and `trigger` (a session played to an outcome).
import { COMMANDS } from './commands.js';
import { CliError, print } from './output.js';

const USAGE = `verify-identity <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(12)} ${command.summary}`).join('\n')}

Run \`verify-identity <command> --help\` for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    print(USAGE);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`verify-identity: unknown command "${name}".\n\n${USAGE}`);
    return 1;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`verify-identity: ${error instanceof CliError ? error.message : error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
