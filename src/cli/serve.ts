import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockHttpBackend } from '../mocks/http.js';
import { EVENT_TYPES, type WebhookEndpoint } from '../mocks/types.js';
import type { AttemptReport } from '../mocks/webhooks/dispatcher.js';
import { parseArgs } from 'node:util';
import { flagsError } from './args.js';
import { CliError, createOutput, print, type Output } from './output.js';

const HELP = `verify-identity serve [options]

The test-mode server: the whole API of docs/http-api.md (client-side, server-side, handoff, status stream) over
real HTTP, from the same handlers and rules as the in-page mock, and every event sent as a signed webhook
(Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) to the endpoints that subscribed to it.
It is a test server: every session is open to whoever holds any sk_test_… key. It needs msw (a peer
dependency of verify-identity): npm install --save-dev msw@^3.

Options:
  --port <n>                 port to listen on (0: any free one)                       default 4010
  --host <address>           address to listen on; keep it on loopback                 default 127.0.0.1
  --webhook-secret <whsec_…> the secret that signs deliveries; also
                             VERIFY_IDENTITY_WEBHOOK_SECRET                            default: generated, printed
  --forward-to <url>         register a webhook endpoint at start (repeatable)
  --events <list>            the events those endpoints receive, comma-separated;
                             "*" is all but .redacted, which must be listed            default *
  --retry-schedule <list>    waits before each retry, e.g. 1s,2s,4s or 50ms,100ms;
                             "none" for no retry                                        default 1s doubling to 256s (10 attempts)
  --cors-origin <list>       origins allowed on the client-side paths (comma-separated,
                             or *); server-side paths never answer another origin       default *
  --quiet                    print the start banner only (and errors)
  --json                     one JSON object per line (ready, attempt, stopped) instead of text
  -h, --help                 this help

Deliveries: a non-2xx answer, a timeout (10 s) or a refused connection is retried with the same webhook-id;
410 Gone disables the endpoint. Order between events is not guaranteed (events carry \`created\`).
Logs: GET /v1/webhook_endpoints/:id/deliveries; POST /v1/webhook_endpoints/:id/deliveries/:event_id/redeliver.
Stop with Ctrl-C (SIGINT) or SIGTERM: open streams end, pending deliveries are abandoned.`;

const SECRET_KEY = 'sk_test_local';

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new CliError(`--port: "${text}" is not a port (0–65535).`);
  return port;
}

function parseEvents(text: string): string[] {
  const events = text.split(',').map((event) => event.trim()).filter(Boolean);
  const unknown = events.filter((event) => event !== '*' && !(EVENT_TYPES as readonly string[]).includes(event));
  if (events.length === 0 || unknown.length > 0) {
    throw new CliError(`--events: unknown ${unknown.join(', ') || '(empty)'}; use * or a list of: ${EVENT_TYPES.join(', ')}.`);
  }
  return events;
}

/** The mock's HTTP module, which needs msw: missing, it is said plainly. */
async function loadMockHttp(): Promise<typeof import('../mocks/http.js')> {
  try {
    return await import('../mocks/http.js');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && /['"]msw['"/]/.test(String(error))) {
      throw new CliError('`verify-identity serve` needs msw, the engine of the mock (a peer dependency): npm install --save-dev msw@^3');
    }
    throw error;
  }
}

function attemptLine(report: AttemptReport): string {
  const { result } = report;
  const answer = result.status_code === null ? (result.error ?? 'error') : String(result.status_code);
  const next = report.next === 'retry' ? `, retry in ${report.retryInMs} ms` : report.next === 'disabled' ? ', endpoint disabled (410)' : report.next === 'failed' ? ', gave up' : '';
  return `  ${report.event.type.replace('identity.verification_session.', '.')} ${report.event.id} → ${report.endpoint.url}  ${answer}  ${result.duration_ms} ms  (attempt ${report.attempt}${next})`;
}

function parseServeFlags(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        'webhook-secret': { type: 'string' },
        'forward-to': { type: 'string', multiple: true, default: [] },
        events: { type: 'string', default: '*' },
        'retry-schedule': { type: 'string' },
        'cors-origin': { type: 'string', default: '*' },
        quiet: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw flagsError('serve', error);
  }
}

/** Starts the server; resolves 0 once stopped by SIGINT/SIGTERM. */
export async function serve(args: string[]): Promise<number> {
  const { values } = parseServeFlags(args);
  if (values.help) {
    print(HELP);
    return 0;
  }
  const port = parsePort(values.port);
  const events = parseEvents(values.events);
  const forwardTo = values['forward-to'];
  for (const url of forwardTo) {
    if (!/^https?:$/.test(URL.parse(url)?.protocol ?? '')) throw new CliError(`--forward-to: "${url}" is not an http(s) URL.`);
  }
  const { createMockHttpBackend, parseRetrySchedule, assertWebhookSecret } = { ...(await loadMockHttp()), ...(await import('./webhook-tools.js')) };
  let retrySchedule: number[] | undefined;
  try {
    retrySchedule = values['retry-schedule'] === undefined ? undefined : parseRetrySchedule(values['retry-schedule']);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const secret = values['webhook-secret'] ?? process.env['VERIFY_IDENTITY_WEBHOOK_SECRET'];
  if (secret !== undefined) {
    try {
      assertWebhookSecret(secret);
    } catch (error) {
      throw new CliError(`--webhook-secret: ${(error as Error).message}`);
    }
  }
  const corsOrigin = values['cors-origin'].trim() === '*' ? '*' : values['cors-origin'].split(',').map((origin) => origin.trim());
  const out = createOutput({ json: values.json, quiet: values.quiet });

  const mock: MockHttpBackend = createMockHttpBackend({
    corsOrigin,
    webhooks: {
      ...(secret === undefined ? {} : { secret }),
      ...(retrySchedule === undefined ? {} : { retrySchedule }),
      onAttempt: (report) => out.record('attempt', { ...report }, attemptLine(report)),
    },
  });
  const endpoints: WebhookEndpoint[] = forwardTo.map((url) => mock.backend.createWebhookEndpoint({ url, enabled_events: events }));

  const server = createServer((request, response) => mock.handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new CliError(`--port ${port} is in use on ${values.host}: pick another (or --port 0 for any free one).`) : error),
    );
    server.listen(port, values.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const apiBase = `http://${host}:${address.port}/v1`;
  printBanner(out, { apiBase, secret: mock.webhookSecret!, endpoints, host: values.host });

  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      const abandoned = mock.close();
      // Ends the open status streams, and any pending check.
      mock.backend.reset();
      out.record('stopped', { signal, abandoned_deliveries: abandoned }, `Stopped (${signal}); ${abandoned} pending deliver${abandoned === 1 ? 'y' : 'ies'} abandoned.`, true);
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

function printBanner(out: Output, { apiBase, secret, endpoints, host }: { apiBase: string; secret: string; endpoints: WebhookEndpoint[]; host: string }): void {
  const forwarding = endpoints.length
    ? endpoints.map((endpoint) => `  Forwarding      ${endpoint.enabled_events.join(',')} → ${endpoint.url} (${endpoint.id})`).join('\n')
    : '  Forwarding      none (add one: --forward-to <url>, or POST /v1/webhook_endpoints)';
  const exposed = !/^(127\.|::1$|localhost$)/.test(host) ? `\n  Warning: listening on ${host}: every session is open to anyone who can reach it with any sk_test_ key.` : '';
  out.record(
    'ready',
    { api_base: apiBase, secret_key: SECRET_KEY, webhook_secret: secret, endpoints: endpoints.map(({ id, url, enabled_events }) => ({ id, url, enabled_events })) },
    [
      'verify-identity test-mode server',
      `  API base        ${apiBase}`,
      `  Secret key      ${SECRET_KEY}   (any sk_test_… works)`,
      `  Webhook secret  ${secret}`,
      forwarding,
      `Ready. One line per delivery attempt below; Ctrl-C stops.${exposed}`,
    ].join('\n'),
    true,
  );
}
