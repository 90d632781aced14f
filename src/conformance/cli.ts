import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ClauseId } from './clauses.js';
import { formatReport } from './format.js';
import { InvalidOptionsError, runConformance } from './run.js';

const HELP = `Usage: verify-identity conformance --api-base <url> --secret-key <sk_test_…> [options]

Checks, from the outside, that a backend keeps the contract the verify-identity SDK relies on
(openapi/verify-identity.openapi.yaml): shapes, authentication, lifecycle, idempotency, uploads,
the status stream, rate limits, CORS, handoff and webhooks. Each line of the report is a clause of
the contract: pass, FAIL (with the request, the answer and what was expected) or not exercised (the
kit could not drive the backend there; never counted as a pass).

Options:
  --api-base <url>     The API base to check, absolute (https://api.example.com/v1). Required.
  --secret-key <key>   A test-mode secret key of that backend. Required, or VERIFY_IDENTITY_SECRET_KEY.
                       It is sent to the API base only, and never printed.
  --origin <origin>    The origin of the page that calls the API (https://shop.example): checks CORS.
  --upcoming           No effect, kept for scripts: the rules it added (issue 26) are ordinary clauses now.
  --only <ids>         Only these clauses, comma-separated (e.g. stream.ends-after-final,cors.errors).
  --timeout <ms>       How long one request may take (default 10000).
  --webhook-secret <s> The backend's webhook signing secret (whsec_…, or VERIFY_IDENTITY_WEBHOOK_SECRET):
                       deliveries must carry a valid Standard Webhooks signature. Never printed.
  --no-receiver        Do not start the loopback webhook receiver (the delivery lists are still checked).
  --json               Print the report as JSON.
  --help               Show this help.

Traffic goes to the API base and to the kit's own receiver on 127.0.0.1 only. The run creates
test sessions, webhook endpoints (pointing at loopback) and a short burst of requests.
Exit code: 0 when no clause failed, 1 when one did, 2 for a usage error.`;

/** Where the command writes; the process's streams unless a caller (a test, a wrapper) gives its own. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROCESS_OUTPUT: CommandOutput = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** `verify-identity conformance …`: runs the kit and prints the report; resolves the exit code. */
export async function conformanceCommand(argv: string[], output: CommandOutput = PROCESS_OUTPUT): Promise<number> {
  const write = (text: string) => output.stdout(`${text}\n`);
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    output.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    write(HELP);
    return 0;
  }
  const secretKey = values['secret-key'] ?? process.env['VERIFY_IDENTITY_SECRET_KEY'];
  if (!values['api-base'] || !secretKey) {
    output.stderr(`--api-base and --secret-key are required.\n\n${HELP}\n`);
    return 2;
  }
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(timeoutMs > 0)) {
    output.stderr('--timeout must be a number of milliseconds above 0.\n');
    return 2;
  }
  try {
    const report = await runConformance({
      apiBase: values['api-base'],
      secretKey,
      origin: values.origin,
      only: values.only?.split(',').map((id) => id.trim() as ClauseId),
      webhookReceiver: values['no-receiver'] !== true,
      webhookSecret: values['webhook-secret'] ?? process.env['VERIFY_IDENTITY_WEBHOOK_SECRET'],
      timeoutMs,
    });
    write(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof InvalidOptionsError) {
      output.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    options: {
      'api-base': { type: 'string' },
      'secret-key': { type: 'string' },
      origin: { type: 'string' },
      upcoming: { type: 'boolean' },
      only: { type: 'string' },
      timeout: { type: 'string' },
      'no-receiver': { type: 'boolean' },
      'webhook-secret': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// The package's bin runs it as `verify-identity conformance` (src/cli/commands.ts); from the sources, also
// `node --import tsx src/conformance/cli.ts …`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void conformanceCommand(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
