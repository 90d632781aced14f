import { parseClientSecret } from './client-secret.js';
import { VerifyError, type VerifyErrorType } from './errors.js';
import {
  abortedError,
  attempt,
  errorFromResponse,
  malformedError,
  networkError,
  withRetries,
  type AttemptContext,
  type Timers,
} from './http.js';
import type { ClientSession, FilePurpose, FileSide, SubmitBody, UploadedFile } from './types.js';
import { fileProblem, sessionProblem } from './validate.js';

export interface ApiClientOptions {
  /** The session's `client_secret`; validated before any network call (throws a VerifyError). */
  clientSecret: string;
  /** @default '/v1' */
  apiBase?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Used for uploads, which report progress; without one, uploads go through `fetch`. @default globalThis.XMLHttpRequest */
  XMLHttpRequest?: typeof XMLHttpRequest;
  /** Per attempt, ms; then a `timeout` VerifyError. @default 30000 */
  timeout?: number;
  /** Most retries of a retry-safe call. @default 3 */
  retries?: number;
  /** Base backoff, ms: exponential with full jitter, capped at 8 s; `Retry-After` wins (capped at 60 s). @default 500 */
  retryDelay?: number;
  /** Where timeouts and retry waits are scheduled (a test's clock). @default the global `setTimeout` and `clearTimeout` */
  timers?: Timers;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadFileParams {
  purpose: FilePurpose;
  side: FileSide;
  filename?: string;
}

export interface UploadOptions extends RequestOptions {
  onProgress?: (progress: UploadProgress) => void;
}

export interface SubmitOptions extends RequestOptions {
  /** Makes retries safe: the service counts a key once. @default crypto.randomUUID() */
  idempotencyKey?: string;
}

export interface ApiClient {
  readonly sessionId: string;
  readonly apiBase: string;
  retrieve(options?: RequestOptions): Promise<ClientSession>;
  uploadFile(file: Blob, params: UploadFileParams, options?: UploadOptions): Promise<UploadedFile>;
  /** Generates an idempotency key when none is given; its retries reuse that same key. */
  submit(body: SubmitBody, options?: SubmitOptions): Promise<ClientSession>;
  decline(options?: RequestOptions): Promise<ClientSession>;
  /** Opens the status stream; resolves to the Response whose body is text/event-stream. Used by watchSession. */
  openStream(options?: RequestOptions): Promise<Response>;
  /**
   * POSTs `body` as JSON to a path of the session (`/handoff`) with this client's credentials, retries and
   * errors; resolves with the answer's JSON (unchecked: the caller checks it). For the calls kept out of
   * this entry, such as `createHandoffLinkWith` of `verify-identity/core/handoff`.
   */
  post(path: `/${string}`, body: unknown, options?: RequestOptions): Promise<unknown>;
}

interface JsonRequestInit {
  method?: 'POST';
  headers?: Record<string, string>;
  body?: string | FormData;
}

const JSON_BODY = { 'Content-Type': 'application/json' };

const TRANSIENT: readonly VerifyErrorType[] = ['network', 'timeout', 'server', 'rate_limit'];
// An upload that timed out would most likely time out again (a big file on a slow link): no retry.
const UPLOAD_TRANSIENT: readonly VerifyErrorType[] = ['network', 'server', 'rate_limit'];

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { sessionId, secret } = parseClientSecret(options.clientSecret);
  const apiBase = (options.apiBase ?? '/v1').replace(/\/+$/, '');
  // Without a page (Node, a worker without location) a relative base can never be fetched: say so now,
  // not as a network_error after every retry.
  if (!/^[a-z][a-z\d+.-]*:/i.test(apiBase) && !globalThis.location) {
    throw new VerifyError({
      type: 'invalid_request',
      code: 'api_base_relative',
      message: `apiBase "${apiBase}" is relative and there is no page URL to resolve it against: pass an absolute URL such as https://api.example.com/v1.`,
      param: 'apiBase',
    });
  }
  const { timeout = 30_000, retries = 3, retryDelay = 500, timers } = options;
  const sessionUrl = `${apiBase}/identity/verification_sessions/${sessionId}`;
  const authorization = `Bearer ${secret}`;

  /** Retries `run` (one attempt under the timeout) on the given error types. */
  const call = <T>(signal: AbortSignal | undefined, retryOn: readonly VerifyErrorType[], run: (attemptSignal: AbortSignal) => Promise<T>): Promise<T> => {
    const context: AttemptContext = { timeout, signal, timers };
    return withRetries({ retries, retryDelay, retryOn, signal, timers }, () => attempt(context, run));
  };

  /** Sends one request (fetch is looked up at call time, so late-installed globals are honoured). */
  const send = async (path: string, signal: AbortSignal, init: JsonRequestInit = {}): Promise<Response> => {
    const response = await (options.fetch ?? fetch)(sessionUrl + path, {
      ...init,
      cache: 'no-store',
      headers: { Authorization: authorization, ...init.headers },
      signal,
    });
    if (!response.ok) throw await errorFromResponse(response, secret);
    return response;
  };

  const readJson = async <T>(response: Response, problemOf: (value: unknown) => string | undefined, what: string): Promise<T> => {
    const body: unknown = await response.json().catch(() => undefined);
    const problem = body === undefined ? 'the body is not JSON' : problemOf(body);
    if (problem) throw malformedError(what, problem);
    return body as T;
  };

  const sessionCall = (path: string, signal: AbortSignal | undefined, init?: JsonRequestInit): Promise<ClientSession> =>
    call(signal, TRANSIENT, async (attemptSignal) =>
      readJson<ClientSession>(await send(path, attemptSignal, init), sessionProblem, 'a session'),
    );

  const postFile = (form: FormData, signal: AbortSignal, onProgress: UploadOptions['onProgress']): Promise<Response> => {
    const Xhr = options.XMLHttpRequest ?? globalThis.XMLHttpRequest;
    // Where there is no XMLHttpRequest (Node, service workers), fetch uploads: progress comes once, at the end.
    if (!Xhr) {
      return send('/files', signal, { method: 'POST', body: form }).then((response) => {
        const size = (form.get('file') as Blob).size;
        onProgress?.({ loaded: size, total: size });
        return response;
      });
    }
    return new Promise((resolve, reject) => {
      const xhr = new Xhr();
      const abort = (): void => xhr.abort();
      xhr.open('POST', `${sessionUrl}/files`);
      xhr.setRequestHeader('Authorization', authorization);
      let sent: UploadProgress = { loaded: 0, total: 0 };
      const progress = (next: UploadProgress): void => {
        sent = next;
        onProgress?.(next);
      };
      if (onProgress) xhr.upload.onloadstart = xhr.upload.onprogress = ({ loaded, total }) => progress({ loaded, total });
      // Re-wrapped as a Response so uploads share the error mapping and validation of fetch calls.
      xhr.onload = () => {
        // An answer means the body went out whole; Chromium fires no upload progress through a service worker.
        if (sent.loaded < sent.total) progress({ loaded: sent.total, total: sent.total });
        if (xhr.status < 200) return reject(networkError());
        resolve(
          new Response(xhr.responseText || null, {
            status: xhr.status,
            headers: { 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' },
          }),
        );
      };
      xhr.onerror = () => reject(networkError());
      xhr.onabort = () => reject(abortedError());
      xhr.onloadend = () => signal.removeEventListener('abort', abort);
      signal.addEventListener('abort', abort, { once: true });
      xhr.send(form);
    });
  };

  return {
    sessionId,
    apiBase,

    retrieve: ({ signal } = {}) => sessionCall('', signal),

    uploadFile: (file, { purpose, side, filename }, { signal, onProgress } = {}) =>
      call(signal, UPLOAD_TRANSIENT, async (attemptSignal) => {
        const form = new FormData();
        form.append('purpose', purpose);
        form.append('side', side);
        form.append('file', file, filename ?? (file instanceof File ? file.name : side));
        const response = await postFile(form, attemptSignal, onProgress);
        if (!response.ok) throw await errorFromResponse(response, secret);
        return readJson<UploadedFile>(response, fileProblem, 'a file');
      }),

    submit: (body, { signal, idempotencyKey = crypto.randomUUID() } = {}) =>
      sessionCall('/submit', signal, {
        method: 'POST',
        headers: { ...JSON_BODY, 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
      }),

    decline: ({ signal } = {}) => sessionCall('/decline', signal, { method: 'POST' }),

    post: (path, body, { signal } = {}) =>
      call(signal, TRANSIENT, async (attemptSignal) =>
        (await send(path, attemptSignal, { method: 'POST', headers: JSON_BODY, body: JSON.stringify(body) })).json().catch(() => {}),
      ),

    openStream: ({ signal } = {}) =>
      call(signal, TRANSIENT, async (attemptSignal) => {
        const response = await send('/stream', attemptSignal, { headers: { Accept: 'text/event-stream' } });
        if (!response.body || !response.headers.get('Content-Type')?.startsWith('text/event-stream')) {
          await response.body?.cancel();
          throw malformedError('a status stream');
        }
        return response;
      }),
  };
}
