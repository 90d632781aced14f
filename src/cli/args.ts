import { CliError } from './output.js';

/** `node:util` parseArgs' own error, as a CliError that points to the command's --help. */
export function flagsError(command: string, error: unknown): CliError {
  return new CliError(`${error instanceof Error ? error.message : String(error)}\nSee \`verify-identity ${command} --help\`.`);
}
