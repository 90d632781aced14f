import { VerifyError, type VerifyErrorType } from './errors.js';

/** Where the SDK's waits are scheduled: the global timers, or a test's clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Looked up at call time (timers a test installs later are honoured), and called unbound: a browser's
// `setTimeout` throws when called on another object.
const globalTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `timers`, or the global ones. */
export const timersOr = (timers: Timers | undefined): Timers => timers ?? globalTimers;

/** What one HTTP attempt needs besides its request. */
export interface AttemptContext {
  /** Per-attempt limit, ms. */
  timeout: number;
  signal?: AbortSignal | undefined;
  timers?: Timers | undefined;
}

export const abortedError = (): VerifyError =>
  new VerifyError({ type: 'aborted', code: 'aborted', message: 'The request was aborted.' });

export const timeoutError = (timeout: number): VerifyError =>
  new VerifyError({ type: 'timeout', code: 'timeout', message: `The service did not answer within ${timeout} ms.` });

export const networkError = (cause?: unknown): VerifyError =>
  new VerifyError({ type: 'network', code: 'network_error', message: 'The service could not be reached.', cause });

/** `problem` names the field at fault ("session.status: expected one of …"); it becomes `param`. */
export const malformedError = (what: string, problem?: string): VerifyError =>
  new VerifyError({
    type: 'malformed_response',
    code: 'malformed_response',
    message: `The service sent ${what} that does not match its API${problem ? `: ${problem}` : ''}.`,
    param: problem?.slice(0, problem.indexOf(':')),
  });

// Fallbacks for an error response without a usable JSON body (a proxy's HTML page, say).
const STATUS_ERRORS: Record<number, [VerifyErrorType, string]> = {
  400: ['invalid_request', 'parameter_invalid'],
  401: ['authentication', 'secret_invalid'],
  404: ['invalid_request', 'resource_missing'],
  409: ['state_conflict', 'session_unexpected_state'],
  429: ['rate_limit', 'rate_limited'],
};

const RETRY_AFTER_CAP = 60_000;

/** `Retry-After` (seconds or an HTTP date) in ms, capped at 60 s; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), RETRY_AFTER_CAP);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every credential form the SDK knows: client secrets, handoff codes, and a server's secret keys. */
const CREDENTIAL = /vs_\w+?_(?:secret|handoff)_[A-Za-z0-9]+|sk_(?:test|live)_\w+/g;

/**
 * `text` with every credential replaced by `[secret]`: anything shaped like one (the `bearer` the
 * request carried included), and the bearer's token alone.
 */
export function scrubCredentials(text: string, bearer: string): string {
  // The token is what follows the last `_` of `vs_<id>_secret_<token>` and `vs_<id>_handoff_<token>`.
  const token = bearer.slice(bearer.lastIndexOf('_') + 1);
  const scrubbed = text.replace(CREDENTIAL, '[secret]');
  return token ? scrubbed.replaceAll(token, '[secret]') : scrubbed;
}

/**
 * The VerifyError for a non-2xx response, preferring what the service said about itself. `bearer` is
 * the request's credential (a client secret, a handoff code or, for the server toolkit, a secret key).
 */
export async function errorFromResponse(response: Response, bearer: string): Promise<VerifyError> {
  const { status } = response;
  const [type, fallbackCode] =
    STATUS_ERRORS[status] ?? (status >= 500 ? ['server', 'api_error'] : ['invalid_request', `http_${status}`]);
  const body: unknown = await response.json().catch(() => undefined);
  const detail = isRecord(body) && isRecord(body.error) ? body.error : {};
  // The service never echoes a credential (nor its token alone), but what it says may end up in logs: make sure.
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? scrubCredentials(value, bearer) : undefined);
  return new VerifyError({
    type,
    code: text(detail.code) ?? fallbackCode,
    message: text(detail.message) ?? `The service answered HTTP ${status}.`,
    status,
    retryAfter: status === 429 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined,
    param: text(detail.param),
  });
}

/**
 * Runs one attempt under its own timeout, combined with the caller's signal, and maps every way it
 * can fail to a VerifyError. The timer covers what `run` awaits; the signal `run` gets stays tied to
 * the caller's afterwards, so aborting still cancels a body being streamed.
 */
export async function attempt<T>(context: AttemptContext, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { signal, timeout } = context;
  if (signal?.aborted) throw abortedError();
  const timers = timersOr(context.timers);
  const timer = new AbortController();
  const timeoutId = timers.setTimeout(() => timer.abort(), timeout);
  try {
    return await run(signal ? AbortSignal.any([signal, timer.signal]) : timer.signal);
  } catch (error) {
    if (signal?.aborted) throw abortedError();
    if (timer.signal.aborted) throw timeoutError(timeout);
    throw error instanceof VerifyError ? error : networkError(error);
  } finally {
    timers.clearTimeout(timeoutId);
  }
}

/** Waits `ms`, or rejects with an `aborted` VerifyError as soon as `signal` fires. */
export function delay(ms: number, signal?: AbortSignal, timers = timersOr(undefined)): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError());
    const onAbort = (): void => {
      timers.clearTimeout(timer);
      reject(abortedError());
    };
    const timer = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RetryPolicy {
  retries: number;
  /** Base backoff, ms. */
  retryDelay: number;
  /** Error types worth another attempt. */
  retryOn: readonly VerifyErrorType[];
  signal?: AbortSignal | undefined;
  timers?: Timers | undefined;
}

const BACKOFF_CAP = 8000;

/** Exponential backoff with full jitter; a server's `Retry-After` wins when it gave one. */
export function backoff(retry: number, retryDelay: number, error: VerifyError): number {
  return error.retryAfter ?? Math.random() * Math.min(BACKOFF_CAP, retryDelay * 2 ** retry);
}

/** Calls `run` until it succeeds, fails with an error not in `retryOn`, or runs out of retries. */
export async function withRetries<T>(policy: RetryPolicy, run: () => Promise<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await run();
    } catch (error) {
      const verifyError = error instanceof VerifyError ? error : networkError(error);
      if (retry >= policy.retries || !policy.retryOn.includes(verifyError.type)) throw verifyError;
      await delay(backoff(retry, policy.retryDelay, verifyError), policy.signal, timersOr(policy.timers));
    }
  }
}
