import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './output.js';

/** `node:util` parseArgs, strict, with its errors as a CliError that names the command's --help. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\nSee \`verify-identity ${command} --help\`.`);
  }
}
