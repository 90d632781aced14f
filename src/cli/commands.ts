// THE COMMAND REGISTRY: one entry per subcommand. A new one is one import of its module's command and one
// line in COMMANDS; `--help` and the dispatcher read it from here.

export interface Command {
  name: string;
  /** One line for `verify-identity --help`. */
  summary: string;
  /** Runs with the arguments after the command's name; resolves the exit code (a server resolves when stopped). */
  run(args: string[]): Promise<number>;
}

// Each command's module is imported when it runs: `serve` needs msw, `trigger` does not.
export const COMMANDS: readonly Command[] = [
  { name: 'serve', summary: 'the test-mode server: the whole API over HTTP, webhooks sent signed and retried', run: async (args) => (await import('./serve.js')).serve(args) },
  { name: 'conformance', summary: 'check a backend against the contract the SDK relies on (shapes, auth, lifecycle, webhooks, CORS…)', run: async (args) => (await import('../conformance/cli.js')).conformanceCommand(args) },
  { name: 'trigger', summary: 'create a session and play it to an outcome over the API (verified, requires_input, canceled, redacted)', run: async (args) => (await import('./trigger.js')).trigger(args) },
];
