import { VerifyError, type VerifyErrorType } from '../core/errors.js';
import { attempt, errorFromResponse, malformedError, withRetries, type Timers } from '../core/http.js';
import type {
  CreateSessionParams,
  DeliveredEvent,
  CreatedSession,
  List,
  ListEventsParams,
  ListSessionsParams,
  ServerSession,
  VerificationEvent,
  VerificationReport,
  WebhookEndpoint,
} from './types.js';

export interface ServerClientOptions {
  /** `sk_test_…` (or `sk_live_…`): never send it to a browser. */
  secretKey: string;
  /** Absolute, e.g. `http://127.0.0.1:4010/v1`. */
  apiBase: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per attempt, ms; then a `timeout` VerifyError. @default 30000 */
  timeout?: number;
  /** Most retries of a call that is safe to repeat (see docs/server.md). @default 2 */
  retries?: number;
  /** Base backoff, ms (exponential, full jitter; `Retry-After` wins). @default 500 */
  retryDelay?: number;
  /** Where timeouts and retry waits are scheduled (a test's clock). @default the global timers */
  timers?: Timers;
}

export interface ServerRequestOptions {
  signal?: AbortSignal;
}

export interface ServerClient {
  readonly apiBase: string;
  sessions: {
    create(params?: CreateSessionParams, options?: ServerRequestOptions): Promise<CreatedSession>;
    retrieve(id: string, options?: ServerRequestOptions): Promise<ServerSession>;
    list(params?: ListSessionsParams, options?: ServerRequestOptions): Promise<List<ServerSession>>;
    cancel(id: string, options?: ServerRequestOptions): Promise<ServerSession>;
    redact(id: string, options?: ServerRequestOptions): Promise<ServerSession>;
  };
  verificationReports: {
    retrieve(id: string, options?: ServerRequestOptions): Promise<VerificationReport>;
  };
  events: {
    /** One page, newest first; pass the last id as `starting_after` for the next. */
    list(params?: ListEventsParams, options?: ServerRequestOptions): Promise<List<VerificationEvent>>;
    /** Every matching event, newest first, fetching page after page as the loop asks. */
    all(params?: Omit<ListEventsParams, 'starting_after'>, options?: ServerRequestOptions): AsyncGenerator<VerificationEvent>;
  };
  webhookEndpoints: {
    create(params: { url: string; enabled_events: string[] }, options?: ServerRequestOptions): Promise<WebhookEndpoint>;
    list(options?: ServerRequestOptions): Promise<List<WebhookEndpoint>>;
    /** The endpoint's delivery log, newest first: each event with its delivery's status and attempts. */
    deliveries(id: string, options?: ServerRequestOptions): Promise<List<DeliveredEvent>>;
  };
}

const SECRET_KEY = /^sk_(test|live)_\S+$/;
// A GET can be repeated freely. A POST that may have been carried out is not repeated (a create would make
// a second session); a 429 means it was not, so that one is retried.
const READ_RETRY: readonly VerifyErrorType[] = ['network', 'timeout', 'server', 'rate_limit'];
const WRITE_RETRY: readonly VerifyErrorType[] = ['rate_limit'];

const invalid = (param: string, message: string) => new VerifyError({ type: 'invalid_request', code: 'parameter_invalid', message, param });

function query(params: object): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Checks the API object's kind, the one thing every answer promises; the OpenAPI document has the rest. */
function expectObject(what: string, kind: string): (value: unknown) => string | undefined {
  return (value) =>
    typeof value === 'object' && value !== null && (value as { object?: unknown }).object === kind ? undefined : `${what}.object: expected ${kind}`;
}

/**
 * A typed client of the service's server-side API, for an integrator's back end. Uses `fetch` and
 * nothing Node-only, so it runs in Node ≥ 20, Deno, Bun, edge runtimes and Next.js route handlers.
 * Every failure is a VerifyError, as on the client; the secret key never appears in one.
 */
export function createServerClient(options: ServerClientOptions): ServerClient {
  const { secretKey, timeout = 30_000, retries = 2, retryDelay = 500, timers } = options;
  if (typeof secretKey !== 'string' || !SECRET_KEY.test(secretKey)) {
    throw new VerifyError({ type: 'invalid_request', code: 'secret_key_invalid', message: 'secretKey must be a secret key, sk_test_… or sk_live_….', param: 'secretKey' });
  }
  const apiBase = String(options.apiBase ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(apiBase)) {
    throw invalid('apiBase', `apiBase must be an absolute http(s) URL such as http://127.0.0.1:4010/v1, not "${apiBase}".`);
  }

  async function request<T>(method: 'GET' | 'POST', path: string, what: string, kind: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const retryOn = method === 'GET' ? READ_RETRY : WRITE_RETRY;
    return withRetries({ retries, retryDelay, retryOn, signal, timers }, () =>
      attempt({ timeout, signal, timers }, async (attemptSignal) => {
        const response = await (options.fetch ?? fetch)(apiBase + path, {
          method,
          headers: { Authorization: `Bearer ${secretKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: attemptSignal,
        });
        if (!response.ok) throw await errorFromResponse(response, secretKey);
        const value: unknown = await response.json().catch(() => undefined);
        const problem = value === undefined ? 'the body is not JSON' : expectObject(what, kind)(value);
        if (problem) throw malformedError(what, problem);
        return value as T;
      }),
    );
  }

  const id = (value: string, param = 'id'): string => {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_]{1,128}$/.test(value)) throw invalid(param, `${param} must be an id such as vs_… (letters, digits, "_").`);
    return value;
  };
  const sessionPath = (sessionId: string) => `/identity/verification_sessions/${id(sessionId)}`;
  const session = (method: 'GET' | 'POST', path: string, signal?: AbortSignal) =>
    request<ServerSession>(method, path, 'a session', 'identity.verification_session', undefined, signal);
  const list = <T>(path: string, signal?: AbortSignal) => request<List<T>>('GET', path, 'a list', 'list', undefined, signal);

  const events: ServerClient['events'] = {
    list: (params = {}, { signal } = {}) => list<VerificationEvent>(`/events${query(params)}`, signal),
    async *all(params = {}, requestOptions = {}) {
      let starting_after: string | undefined;
      for (;;) {
        const page = await events.list({ ...params, starting_after }, requestOptions);
        yield* page.data;
        if (!page.has_more || page.data.length === 0) return;
        starting_after = page.data.at(-1)!.id;
      }
    },
  };

  return {
    apiBase,
    sessions: {
      async create(params = {}, { signal } = {}) {
        const created = await request<ServerSession>('POST', '/identity/verification_sessions', 'a session', 'identity.verification_session', params, signal);
        if (typeof created.client_secret !== 'string') throw malformedError('a new session', 'session.client_secret: expected a string');
        return created as CreatedSession;
      },
      retrieve: (sessionId, { signal } = {}) => session('GET', sessionPath(sessionId), signal),
      list: (params = {}, { signal } = {}) => list<ServerSession>(`/identity/verification_sessions${query(params)}`, signal),
      cancel: (sessionId, { signal } = {}) => session('POST', `${sessionPath(sessionId)}/cancel`, signal),
      redact: (sessionId, { signal } = {}) => session('POST', `${sessionPath(sessionId)}/redact`, signal),
    },
    verificationReports: {
      retrieve: (reportId, { signal } = {}) =>
        request('GET', `/identity/verification_reports/${id(reportId)}`, 'a verification report', 'identity.verification_report', undefined, signal),
    },
    events,
    webhookEndpoints: {
      create: (params, { signal } = {}) => request('POST', '/webhook_endpoints', 'a webhook endpoint', 'webhook_endpoint', params, signal),
      list: ({ signal } = {}) => list<WebhookEndpoint>('/webhook_endpoints', signal),
      deliveries: (endpointId, { signal } = {}) => list<DeliveredEvent>(`/webhook_endpoints/${id(endpointId)}/deliveries`, signal),
    },
  };
}
