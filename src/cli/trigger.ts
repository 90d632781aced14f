import { parseArgs } from 'node:util';
import { flagsError } from './args.js';
import { CliError, createOutput, print, type Output } from './output.js';
import { documentPng } from './png.js';

const OUTCOMES = ['verified', 'requires_input', 'canceled', 'redacted'] as const;
type Outcome = (typeof OUTCOMES)[number];

const HELP = `verify-identity trigger <${OUTCOMES.join('|')}> [options]

Creates a verification session on a running test-mode server and plays it to that outcome over the API, as
a person and the checks would (a generated document photo, a real upload, a submission), so that a webhook
receiver sees the whole sequence of events:
  verified        created → processing → verified
  requires_input  created → processing → requires_input (last_error: document_unverified_other)
  canceled        created → canceled
  redacted        created → processing → verified → redacted (sent only to endpoints that list .redacted)

Options:
  --api-base <url>    the server's API base                 default http://127.0.0.1:4010/v1
  --secret-key <key>  a test secret key                     default sk_test_local
  --json              one JSON object per line
  -h, --help          this help`;

interface Session {
  id: string;
  status: string;
  client_secret: string | null;
  redaction: { status: string } | null;
  last_error: { code: string } | null;
}

class Api {
  readonly #base: string;
  readonly #key: string;

  constructor(base: string, key: string) {
    this.#base = base.replace(/\/+$/, '');
    this.#key = key;
  }

  async call<T>(method: 'GET' | 'POST', path: string, { token = this.#key, json, form, headers = {} }: { token?: string; json?: unknown; form?: FormData; headers?: Record<string, string> } = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.#base + path, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        body: form ?? (json === undefined ? undefined : JSON.stringify(json)),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new CliError(`Could not reach ${this.#base} (${cause}). Is \`verify-identity serve\` running there? (--api-base)`);
    }
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    if (!response.ok) throw new CliError(`${method} ${path} answered ${response.status}: ${body?.error?.code ?? ''} ${body?.error?.message ?? ''}`.trim());
    return body as T;
  }
}

async function waitFor(api: Api, id: string, done: (session: Session) => boolean): Promise<Session> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const session = await api.call<Session>('GET', `/identity/verification_sessions/${id}`);
    if (done(session)) return session;
    if (Date.now() > deadline) throw new CliError(`Session ${id} is still ${session.status} after 30 s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** As the person would: a passport photo uploaded with the client secret, then submitted. */
async function submitAsPerson(api: Api, session: Session, out: Output): Promise<void> {
  const secret = session.client_secret;
  if (!secret) throw new CliError(`Session ${session.id} has no usable client secret.`);
  const form = new FormData();
  form.set('purpose', 'identity_document');
  form.set('side', 'front');
  form.set('file', new Blob([documentPng()], { type: 'image/png' }), 'passport.png');
  const file = await api.call<{ id: string; size: number }>('POST', `/identity/verification_sessions/${session.id}/files`, { token: secret, form });
  out.record('uploaded', { file: file.id, size: file.size }, `  uploaded  ${file.id} (a generated ${file.size}-byte PNG)`);
  const submitted = await api.call<Session>('POST', `/identity/verification_sessions/${session.id}/submit`, {
    token: secret,
    json: { document_type: 'passport', files: { front: file.id } },
    headers: { 'Idempotency-Key': `trigger-${session.id}` },
  });
  out.record('submitted', { status: submitted.status }, `  submitted → ${submitted.status}`);
}

function parseTriggerFlags(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        'api-base': { type: 'string', default: 'http://127.0.0.1:4010/v1' },
        'secret-key': { type: 'string', default: 'sk_test_local' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw flagsError('trigger', error);
  }
}

export async function trigger(args: string[]): Promise<number> {
  const { values, positionals } = parseTriggerFlags(args);
  if (values.help) {
    print(HELP);
    return 0;
  }
  const outcome = positionals[0] as Outcome | undefined;
  if (positionals.length !== 1 || !OUTCOMES.includes(outcome!)) {
    throw new CliError(`trigger needs one outcome: ${OUTCOMES.join(', ')}.\nSee \`verify-identity trigger --help\`.`);
  }
  if (!/^https?:$/.test(URL.parse(values['api-base'])?.protocol ?? '')) throw new CliError(`--api-base: "${values['api-base']}" is not an http(s) URL.`);
  const out = createOutput({ json: values.json, quiet: false });
  const api = new Api(values['api-base'], values['secret-key']);

  let session = await api.call<Session>('POST', '/identity/verification_sessions', {
    json: {
      type: 'document',
      options: { document: { allowed_types: ['passport'] } },
      metadata: { triggered_by: 'verify-identity trigger', outcome: outcome! },
      test_outcome: outcome === 'requires_input' ? 'document_unverified_other' : 'verified',
      processing_ms: 200,
    },
  });
  out.record('created', { session: session.id }, `Session ${session.id}\n  created   → ${session.status}`);
  if (outcome === 'canceled') {
    session = await api.call<Session>('POST', `/identity/verification_sessions/${session.id}/cancel`);
  } else {
    await submitAsPerson(api, session, out);
    session = await waitFor(api, session.id, (current) => current.status !== 'processing');
    if (outcome === 'redacted') {
      out.record('checked', { status: session.status }, `  checked   → ${session.status}`);
      await api.call<Session>('POST', `/identity/verification_sessions/${session.id}/redact`);
      session = await waitFor(api, session.id, (current) => current.redaction?.status === 'redacted');
    }
  }
  const final = outcome === 'redacted' ? `${session.status}, redacted` : session.status + (session.last_error ? ` (last_error: ${session.last_error.code})` : '');
  out.record('done', { session: session.id, status: session.status, redaction: session.redaction, last_error: session.last_error }, `  done      → ${final}`);
  return 0;
}
