// What the commands print: plain lines for a person, or one JSON object per line with --json.

/** A line on stdout: a command's output is what it is for (the library itself never prints but warnings). */
export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A mistake in how a command was called: printed as its message alone, exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

export interface Output {
  /** A line for a person (nothing with --quiet or --json). */
  info(text: string): void;
  /** A record: one JSON line with --json, else `text` (nothing with --quiet unless `always`). */
  record(type: string, fields: Record<string, unknown>, text: string, always?: boolean): void;
}

export function createOutput({ json, quiet }: { json: boolean; quiet: boolean }): Output {
  return {
    info(text) {
      if (!json && !quiet) print(text);
    },
    record(type, fields, text, always = false) {
      if (json) print(JSON.stringify({ type, ...fields }));
      else if (!quiet || always) print(text);
    },
  };
}
