import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createApiClient, type ApiClient } from '../core/api.js';
import { VerifyError } from '../core/errors.js';
import { isFinalStatus, type SessionStatus } from '../core/session.js';
import type { ClientSession, DocumentType, FilePurpose, FileSide, IdNumberDetails, SubmitBody } from '../core/types.js';
import { watchSession } from '../core/watch.js';
import {
  VerificationCanceledEvent,
  VerificationErrorEvent,
  VerificationProcessingEvent,
  VerificationReadyEvent,
  VerificationRequiresInputEvent,
  VerificationStatusChangeEvent,
  VerificationVerifiedEvent,
} from '../events.js';

export interface PlannedFile {
  side: FileSide;
  purpose: FilePurpose;
  image: Blob;
}

/** What one submission sends: the files to upload (in this order) and the rest of the submit body. */
export interface Submission {
  documentType?: DocumentType;
  files: PlannedFile[];
  idNumber?: IdNumberDetails;
}

export interface SessionControllerOptions {
  /** @default '/v1' */
  apiBase?: () => string;
  /** Poll interval (ms) of the status watch when the stream is unavailable. @default the core's */
  pollInterval?: () => number | undefined;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** What the controller is doing right now, for the element to render. */
export type SessionActivity = 'idle' | 'loading' | 'declining' | 'submitting';

/** Where the last error happened: `load` and `decline` errors leave nothing else to show. */
export type ErrorPhase = 'load' | 'decline' | 'submit' | 'watch' | 'retry';

interface SeenState {
  status: SessionStatus;
  errorCode: string | null;
}

/**
 * Owns one verification session for its host: the API client, loading, uploads, submit and
 * status watching. Fires the public status events on the host from real transitions only, and
 * `verification-error` for every SDK failure. Never throws from its lifecycle methods.
 */
export class SessionController implements ReactiveController {
  /** The latest client view of the session, or `null` before it loads. */
  session: ClientSession | null = null;
  /** The last failure not yet recovered from. */
  error: VerifyError | null = null;
  errorPhase: ErrorPhase | null = null;
  activity: SessionActivity = 'idle';
  /** Upload progress of the submission in flight, 0 to 1; `null` when not uploading. */
  progress: number | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SessionControllerOptions;
  #client: ApiClient | null = null;
  /** Aborts loading, declining and watching: ends with `close()`, a reload and disconnection. */
  #lifetime = new AbortController();
  /** Aborts the submission in flight: only disconnection does, so a dismissed submit still completes. */
  #submissionAbort = new AbortController();
  #submission: Promise<void> | null = null;
  #stopWatch: (() => void) | null = null;
  #seen: SeenState | null = null;
  /** Counts the transitions seen, so an answer older than one of them is not applied over it. */
  #transitions = 0;
  /** Files already stored by the service, so a new try after a failure does not upload them again. */
  #uploads = new Map<FileSide, { image: Blob; fileId: string }>();
  /** One Idempotency-Key per distinct submit body: a retry of the same body replays, never counts twice. */
  #attempt: { body: string; key: string } | null = null;
  /** The current secret ended an attempt (a submission or a decline): after a failure it is spent. */
  #submittedWithSecret = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SessionControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
    this.#submissionAbort.abort();
    this.#submissionAbort = new AbortController();
  }

  /** True while a submission (uploads and submit) is in flight. */
  get submitting(): boolean {
    return this.#submission !== null;
  }

  /** True when the current secret made an attempt: the service refuses it for another one after a failure. */
  get secretSpent(): boolean {
    return this.#submittedWithSecret && this.session?.status === 'requires_input';
  }

  /** Forgets the session (a new opening): the next load fires `verification-ready` again. */
  reset(): void {
    this.close();
    this.#client = null;
    this.session = null;
    this.#seen = null;
    this.#clearError();
    this.#uploads.clear();
    this.#attempt = null;
    this.#submittedWithSecret = false;
    this.#host.requestUpdate();
  }

  /** Stops loading, declining and watching. A submission in flight carries on to its answer. */
  close(): void {
    this.#lifetime.abort();
    this.#lifetime = new AbortController();
    this.#stopWatch?.();
    this.#stopWatch = null;
    if (this.activity !== 'submitting') this.activity = 'idle';
  }

  /** Loads the session with `clientSecret` and follows its status until final or `close()`. */
  async load(clientSecret: string): Promise<void> {
    this.close();
    const signal = this.#lifetime.signal;
    this.#clearError();
    // Events never fire inside the host's update (load is started from it): listeners may change the host.
    await Promise.resolve();
    if (signal.aborted) return;
    let client: ApiClient;
    try {
      client = createApiClient({
        clientSecret,
        apiBase: this.#options.apiBase?.() ?? '/v1',
        ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
      });
    } catch (error) {
      this.#fail(error, 'load');
      return;
    }
    if (this.#client?.sessionId !== client.sessionId) {
      this.#uploads.clear();
      this.#attempt = null;
    }
    this.#client = client;
    this.#submittedWithSecret = false;
    this.#setActivity('loading');
    try {
      const session = await client.retrieve({ signal });
      if (signal.aborted) return;
      this.#apply(session);
      this.#watch();
    } catch (error) {
      if (!signal.aborted) this.#fail(error, 'load');
    } finally {
      if (!signal.aborted) this.#setActivity('idle');
    }
  }

  /** Reports declined consent; the session answers `requires_input` with `consent_declined`. */
  async decline(): Promise<void> {
    const client = this.#client;
    if (!client || this.activity !== 'idle') return;
    const signal = this.#lifetime.signal;
    this.#clearError();
    this.#setActivity('declining');
    try {
      const session = await client.decline({ signal });
      // The service spends the secret on a decline too: starting again needs a fresh one.
      this.#submittedWithSecret = true;
      if (!signal.aborted) this.#apply(session);
    } catch (error) {
      if (!signal.aborted) this.#fail(error, 'decline');
    } finally {
      if (!signal.aborted) this.#setActivity('idle');
    }
  }

  /**
   * Uploads the images one after another, then submits. A submission in flight makes another call
   * a no-op (a double click submits once). Resolves when it is over, whatever the outcome.
   */
  submit(submission: Submission): Promise<void> {
    if (this.#submission || !this.#client || this.session?.status !== 'requires_input') return this.settled();
    this.#submission = this.#runSubmission(this.#client, submission).finally(() => {
      this.#submission = null;
      this.progress = null;
      if (this.activity === 'submitting') this.activity = 'idle';
      this.#host.requestUpdate();
    });
    return this.#submission;
  }

  /** Resolves once no submission is in flight. */
  settled(): Promise<void> {
    return this.#submission ?? Promise.resolve();
  }

  /**
   * 'Try again' after a failed attempt. A spent secret cannot submit again, so the site's
   * `fetchClientSecret` gives a fresh one and the session is reloaded with it. Without it, a spent
   * secret is reported as `secret_spent`. Resolves `true` when a new attempt may start.
   */
  async startNewAttempt(fetchClientSecret?: () => Promise<string>): Promise<boolean> {
    this.#clearError();
    if (!fetchClientSecret) {
      if (!this.secretSpent) return true;
      this.#fail(
        new VerifyError({
          type: 'authentication',
          code: 'secret_spent',
          message: 'The client secret was spent by the failed attempt. Set fetchClientSecret so the element can get a fresh one from your server.',
        }),
        'retry',
      );
      return false;
    }
    let secret: string;
    try {
      secret = await fetchClientSecret();
    } catch (cause) {
      this.#fail(
        new VerifyError({
          type: 'network',
          code: 'client_secret_fetch_failed',
          message: 'fetchClientSecret() failed: no fresh client secret for a new attempt.',
          cause,
        }),
        'retry',
      );
      return false;
    }
    await this.load(secret);
    return this.error === null && this.session?.status === 'requires_input';
  }

  async #runSubmission(client: ApiClient, submission: Submission): Promise<void> {
    const signal = this.#submissionAbort.signal;
    this.#clearError();
    this.#setActivity('submitting');
    this.progress = 0;
    try {
      const files = await this.#uploadAll(client, submission, signal);
      const body: SubmitBody = {
        ...(submission.documentType ? { document_type: submission.documentType } : {}),
        ...(Object.keys(files).length > 0 ? { files } : {}),
        ...(submission.idNumber ? { id_number: submission.idNumber } : {}),
      };
      const transitionsBefore = this.#transitions;
      const session = await client.submit(body, { signal, idempotencyKey: this.#idempotencyKeyFor(body) });
      if (client !== this.#client) return;
      this.#submittedWithSecret = true;
      // The watch may have reported processing, even the outcome, before this answer arrived: it is newer.
      if (this.#transitions === transitionsBefore) this.#apply(session);
      if (!this.#stopWatch && !this.#lifetime.signal.aborted) this.#watch();
    } catch (error) {
      if (client === this.#client && !signal.aborted) this.#fail(error, 'submit');
    }
  }

  async #uploadAll(client: ApiClient, submission: Submission, signal: AbortSignal): Promise<SubmitBody['files'] & object> {
    const total = submission.files.reduce((sum, file) => sum + file.image.size, 0) || 1;
    let done = 0;
    const files: Partial<Record<FileSide, string>> = {};
    for (const { side, purpose, image } of submission.files) {
      let stored = this.#uploads.get(side);
      if (stored?.image !== image) {
        const uploaded = await client.uploadFile(
          image,
          { purpose, side },
          {
            signal,
            onProgress: ({ loaded }) => {
              this.progress = Math.min(1, (done + Math.min(loaded, image.size)) / total);
              this.#host.requestUpdate();
            },
          },
        );
        stored = { image, fileId: uploaded.id };
        if (client === this.#client) this.#uploads.set(side, stored);
      }
      files[side] = stored.fileId;
      done += image.size;
      this.progress = done / total;
      this.#host.requestUpdate();
    }
    return files;
  }

  #idempotencyKeyFor(body: SubmitBody): string {
    const serialized = JSON.stringify(body);
    if (this.#attempt?.body !== serialized) this.#attempt = { body: serialized, key: crypto.randomUUID() };
    return this.#attempt.key;
  }

  /** Follows the status (stream, polling fallback) while the session is not final. */
  #watch(): void {
    this.#stopWatch?.();
    this.#stopWatch = null;
    const client = this.#client;
    if (!client || !this.session || isFinalStatus(this.session.status)) return;
    const signal = this.#lifetime.signal;
    const pollInterval = this.#options.pollInterval?.();
    const stop = watchSession({
      client,
      signal,
      ...(pollInterval === undefined ? {} : { pollInterval }),
      onChange: (session) => {
        if (this.#stopWatch === stop) this.#apply(session);
      },
      onError: (error) => {
        if (this.#stopWatch !== stop) return;
        this.#stopWatch = null;
        this.#fail(error, 'watch');
      },
    });
    this.#stopWatch = stop;
  }

  /** Takes a session from any source; fires the status events when it is a real transition. */
  #apply(session: ClientSession): void {
    this.session = session;
    this.#host.requestUpdate();
    const seen: SeenState = { status: session.status, errorCode: session.last_error?.code ?? null };
    const previous = this.#seen;
    this.#seen = seen;
    if (!previous) {
      this.#host.dispatchEvent(new VerificationReadyEvent({ session }));
      return;
    }
    // A decline keeps `requires_input` but is a transition of its own (a new last_error).
    const changed =
      previous.status !== seen.status || (seen.errorCode !== null && previous.errorCode !== seen.errorCode);
    if (!changed) return;
    this.#transitions += 1;
    const event = statusEvent(session);
    if (event) this.#host.dispatchEvent(event);
    this.#host.dispatchEvent(
      new VerificationStatusChangeEvent({ status: session.status, previousStatus: previous.status, session }),
    );
  }

  /** Records a failure and reports it; aborts are not failures. */
  #fail(cause: unknown, phase: ErrorPhase): void {
    const error = toVerifyError(cause);
    if (error.type === 'aborted') return;
    this.error = error;
    this.errorPhase = phase;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new VerificationErrorEvent({ error: error.toJSON() }));
  }

  #clearError(): void {
    this.error = null;
    this.errorPhase = null;
  }

  #setActivity(activity: SessionActivity): void {
    this.activity = activity;
    this.#host.requestUpdate();
  }
}

function statusEvent(session: ClientSession): Event | null {
  switch (session.status) {
    case 'processing':
      return new VerificationProcessingEvent({ session });
    case 'verified':
      return new VerificationVerifiedEvent({ session });
    case 'canceled':
      return new VerificationCanceledEvent({ session });
    case 'requires_input':
      return session.last_error ? new VerificationRequiresInputEvent({ session, lastError: session.last_error }) : null;
  }
}

function toVerifyError(cause: unknown): VerifyError {
  if (cause instanceof VerifyError) return cause;
  return new VerifyError({
    type: 'malformed_response',
    code: 'unexpected_error',
    message: cause instanceof Error ? cause.message : 'An unexpected error happened.',
    cause,
  });
}
