import { createApiClient, type ApiClient } from './api.js';
import { parseClientSecret } from './client-secret.js';
import { VerifyError } from './errors.js';
import { abortedError } from './http.js';
import { isFinalStatus, type SessionStatus } from './session.js';
import { createStatusTracker, type StatusTracker } from './status-tracker.js';
import type { ClientSession, FileSide, SubmitBody } from './types.js';
import type { FailurePhase, SessionActivity, SessionFailure, SessionModel, SessionModelEvent, SessionModelOptions, Submission } from './session-model-types.js';
import { watchSession } from './watch.js';

export type {
  FailurePhase,
  PlannedFile,
  SessionActivity,
  SessionFailure,
  SessionModel,
  SessionModelEvent,
  SessionModelOptions,
  Submission,
} from './session-model-types.js';

// A closure rather than a class with #private members: the minifier shortens locals, not #names.
export function createSessionModel(options: SessionModelOptions = {}): SessionModel {
  let session: ClientSession | null = null;
  let failure: SessionFailure | null = null;
  let activity: SessionActivity = 'idle';
  let progress: number | null = null;
  /** The opening: aborted by `close()` only, and never replaced. */
  const opening = new AbortController();
  /** Loading, declining and watching: replaced by each load, aborted by `pause()` and `close()`. */
  let current = new AbortController();
  let client: ApiClient | null = null;
  const newTracker = options.createTracker ?? createStatusTracker;
  let tracker: StatusTracker = newTracker();
  let submission: Promise<void> | null = null;
  let stopWatch: (() => void) | null = null;
  /** Files the service stored, so a new try does not upload the same image again. */
  const uploads = new Map<FileSide, { image: Blob; fileId: string }>();
  /** One Idempotency-Key per distinct submit body: a retry of the same body replays, never counts twice. */
  let attempt: { body: string; key: string } | null = null;
  /** The image uploaded last: the one a refusal of the file (only an upload answers one) is about. */
  let uploading: Blob | undefined;
  /** The current secret ended an attempt (a submit, a decline, or a new `last_error` seen): it is spent. */
  let spent = false;
  /** Transitions reported: an answer older than one of them is not applied over it. */
  let transitions = 0;

  const closed = (): boolean => opening.signal.aborted;
  const update = (): void => options.onUpdate?.();
  const emit = (event: SessionModelEvent): void => {
    if (!closed()) options.onEvent?.(event);
  };
  const setActivity = (next: SessionActivity): void => {
    activity = next;
    update();
  };

  /** Records a failure and reports it; aborts are not failures. */
  const fail = (cause: unknown, phase: FailurePhase): void => {
    const error =
      cause instanceof VerifyError
        ? cause
        : new VerifyError({ type: 'malformed_response', code: 'unexpected_error', message: String(cause), cause });
    // Once the status is final only its outcome is reported; a submit that fails while the session is
    // processing was accepted (its answer was lost, or another device's submit won): the outcome follows.
    const moot = session && (isFinalStatus(session.status) || (phase === 'submit' && session.status === 'processing'));
    if (error.type === 'aborted' || closed() || moot) return;
    // The service's refusals of a file itself (`file_type_unsupported`, `file_too_large`, only an upload
    // answers them): the same bytes would be refused again.
    failure = { phase, error, refused: error.code.startsWith('file_') ? uploading : undefined } as SessionFailure;
    update();
    emit({ type: 'error', error, phase });
  };

  /** A session the tracker took as new: the first of the opening, or a real transition. */
  const changed = (next: ClientSession, previousStatus: SessionStatus | null): void => {
    if (closed()) return;
    const ready = !session;
    session = next;
    // A new last_error ended this secret's attempt, even before the HTTP answer that says so.
    if (previousStatus && next.last_error) spent = true;
    update();
    if (ready) emit({ type: 'ready', session: next });
    else if (previousStatus) {
      transitions += 1;
      emit({ type: 'status', session: next, previousStatus });
    }
  };


  /** Takes a session from a load or an answer: through the tracker, like the watch's. */
  const apply = (next: ClientSession): void => {
    const previousStatus = tracker.current?.status ?? null;
    const outcome = tracker.accept(next);
    if (outcome === 'stale') return;
    // After close only a submit's answer still arrives: recorded for the result, reported to no one.
    if (outcome === 'same' || closed()) {
      session = next;
      update();
    } else changed(next, previousStatus);
  };

  /** Follows the status (stream, polling fallback) under `signal`, while the session is not final. */
  const watch = (signal: AbortSignal): void => {
    const watched = client;
    if (signal.aborted || closed() || !watched || !session || isFinalStatus(session.status)) return;
    const { pollInterval, idleTimeout, document, timers } = options;
    const stop = watchSession({
      client: watched,
      signal,
      tracker,
      timers,
      ...(pollInterval === undefined ? {} : { pollInterval }),
      ...(idleTimeout === undefined ? {} : { idleTimeout }),
      ...(document === undefined ? {} : { document }),
      onChange: changed,
      onError: (error) => {
        if (stopWatch !== stop) return;
        stopWatch = null;
        // Redacting a session that needs input cancels it, and the service then refuses the secret: when
        // the stream's last frame was lost, this refusal is how the client learns the session is canceled.
        if (error.code === 'session_redacted' && session && !isFinalStatus(session.status)) apply({ ...session, status: 'canceled' });
        else fail(error, 'watch');
      },
    });
    stopWatch = stop;
  };

  const pause = (): void => {
    // After close the activity stays aborted: a fresh one would let a late step run again.
    if (closed()) return;
    current.abort();
    current = new AbortController();
    stopWatch = null;
    if (activity !== 'submitting') activity = 'idle';
  };

  const load = async (clientSecret: string): Promise<void> => {
    if (closed()) return;
    pause();
    const { signal } = current;
    failure = null;
    let next: ApiClient;
    try {
      next = createApiClient({ ...options, clientSecret });
    } catch (error) {
      // Events never fire synchronously from load: a caller may be in the middle of rendering.
      await Promise.resolve();
      if (!signal.aborted) fail(error, 'load');
      return;
    }
    if (client?.sessionId !== next.sessionId) {
      uploads.clear();
      attempt = null;
      tracker = newTracker();
    }
    client = next;
    spent = false;
    // The request leaves now, before the caller renders anything: the first step waits for nothing else.
    const retrieving = next.retrieve({ signal });
    setActivity('loading');
    try {
      const loaded = await retrieving;
      if (signal.aborted) return;
      apply(loaded);
      const { beforeWatch } = options;
      if (beforeWatch) void beforeWatch(signal).then(() => stopWatch || watch(signal));
      else watch(signal);
    } catch (error) {
      if (!signal.aborted) fail(error, 'load');
    } finally {
      if (!signal.aborted) setActivity('idle');
    }
  };

  const uploadAll = async (by: ApiClient, planned: Submission, signal: AbortSignal): Promise<NonNullable<SubmitBody['files']>> => {
    const total = planned.files.reduce((sum, file) => sum + file.image.size, 0) || 1;
    let done = 0;
    const files: Partial<Record<FileSide, string>> = {};
    for (const { side, purpose, image } of planned.files) {
      let stored = uploads.get(side);
      if (stored?.image !== image) {
        uploading = image;
        const uploaded = await by.uploadFile(
          image,
          { purpose, side },
          {
            signal,
            onProgress: ({ loaded }) => {
              progress = Math.min(1, (done + Math.min(loaded, image.size)) / total);
              update();
            },
          },
        );
        stored = { image, fileId: uploaded.id };
        if (by === client && !closed()) uploads.set(side, stored);
      }
      files[side] = stored.fileId;
      done += image.size;
      progress = done / total;
      update();
    }
    return files;
  };

  const runSubmission = async (by: ApiClient, planned: Submission): Promise<void> => {
    failure = null;
    setActivity('submitting');
    progress = 0;
    try {
      // Uploads end with the opening (nothing was submitted yet); the submit, once sent, does not.
      const files = await uploadAll(by, planned, opening.signal);
      if (closed()) return;
      const body: SubmitBody = {
        ...(planned.documentType ? { document_type: planned.documentType } : {}),
        ...(Object.keys(files).length > 0 ? { files } : {}),
        ...(planned.idNumber ? { id_number: planned.idNumber } : {}),
      };
      const serialized = JSON.stringify(body);
      if (attempt?.body !== serialized) attempt = { body: serialized, key: crypto.randomUUID() };
      const before = transitions;
      const answer = await by.submit(body, { idempotencyKey: attempt.key });
      if (by !== client) return;
      spent = true;
      // The watch may have reported processing, even the outcome, before this answer: it is newer.
      // (The table alone cannot tell: requires_input → processing is also a new submit.)
      if (transitions === before) apply(answer);
      if (!stopWatch) watch(current.signal);
    } catch (error) {
      if (by === client) fail(error, 'submit');
    }
  };

  return {
    get session() {
      return session;
    },
    get failure() {
      return failure;
    },
    get error() {
      return failure?.error ?? null;
    },
    get activity() {
      return activity;
    },
    get progress() {
      return progress;
    },
    get closed() {
      return closed();
    },
    get submitting() {
      return submission !== null;
    },
    get secretSpent() {
      return spent && session?.status === 'requires_input';
    },
    load,
    pause,
    close() {
      if (closed()) return;
      opening.abort();
      current.abort();
      stopWatch = null;
      uploads.clear();
      // No image outlives the opening: nor the last uploaded, nor a refused one.
      uploading = undefined;
      if (failure) delete (failure as { refused?: Blob }).refused;
      if (activity !== 'submitting') activity = 'idle';
    },
    async decline() {
      const by = client;
      if (!by || activity !== 'idle' || closed()) return;
      const { signal } = current;
      failure = null;
      setActivity('declining');
      try {
        const answer = await by.decline({ signal });
        if (signal.aborted) return;
        // The service spends the secret on a decline too: starting again needs a fresh one.
        spent = true;
        apply(answer);
      } catch (error) {
        if (!signal.aborted) fail(error, 'decline');
      } finally {
        if (!signal.aborted) setActivity('idle');
      }
    },
    submit(planned) {
      if (submission || !client || closed() || session?.status !== 'requires_input') return this.settled();
      submission = runSubmission(client, planned).finally(() => {
        submission = null;
        progress = null;
        if (activity === 'submitting') activity = 'idle';
        update();
      });
      return submission;
    },
    settled() {
      return submission ?? Promise.resolve();
    },
    withClient: (request) => (client && !closed() ? request(client) : Promise.reject(abortedError())),
    async startNewAttempt(fetchClientSecret) {
      if (closed() || activity !== 'idle') return false;
      failure = null;
      if (!fetchClientSecret) {
        if (!this.secretSpent) return true;
        fail(
          new VerifyError({
            type: 'authentication',
            code: 'secret_spent',
            message: 'The client secret was spent by the failed attempt: set fetchClientSecret to get a fresh one.',
          }),
          'retry',
        );
        return false;
      }
      let secret: string;
      try {
        secret = await fetchClientSecret();
      } catch (cause) {
        fail(
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
      // 'Try again' continues this session: another session's secret would start a different verification
      // (a new `vs_…` id) without the page knowing. A malformed secret is left to `load`, which says so.
      let next: string | undefined;
      try {
        next = parseClientSecret(secret).sessionId;
      } catch {
        // `load` reports a malformed secret.
      }
      if (client && next && next !== client.sessionId) {
        fail(
          new VerifyError({ type: 'invalid_request', code: 'client_secret_session_mismatch', message: "fetchClientSecret() gave another session's secret." }),
          'retry',
        );
        return false;
      }
      await load(secret);
      return !closed() && failure === null && session?.status === 'requires_input';
    },
  };
}
