import type { ApiClient, ApiClientOptions } from './api.js';
import type { VerifyError } from './errors.js';
import type { SessionStatus } from './session.js';
import type { StatusTracker } from './status-tracker.js';
import type { ClientSession, DocumentType, FilePurpose, FileSide, IdNumberDetails } from './types.js';

// The types of the session model (session-model.ts), apart so that its rules read on their own.

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

/** What the model is doing right now. */
export type SessionActivity = 'idle' | 'loading' | 'declining' | 'submitting';

/** A failure not yet recovered from, with what failed: each view shows the ones that concern it. */
export type SessionFailure =
  /** The session could not be loaded (or reloaded with a fresh secret): nothing else to show. */
  | { phase: 'load'; error: VerifyError }
  /** The decline could not be reported: nothing else to show. */
  | { phase: 'decline'; error: VerifyError }
  /**
   * Uploads or submit failed: the review step shows it, the person may submit again. `refused` is the
   * image the service refused (`file_type_unsupported`, `file_too_large`): sending it again cannot work.
   */
  | { phase: 'submit'; error: VerifyError; refused?: Blob }
  /** The status could not be followed (authentication): the processing view shows it. */
  | { phase: 'watch'; error: VerifyError }
  /** 'Try again' found no usable secret (spent, or `fetchClientSecret` failed). */
  | { phase: 'retry'; error: VerifyError };
export type FailurePhase = SessionFailure['phase'];

export type SessionModelEvent =
  /** The session loaded: once per opening (a reload with a fresh secret does not repeat it). */
  | { type: 'ready'; session: ClientSession }
  /** A real transition, reported once whichever source saw it first. */
  | { type: 'status'; session: ClientSession; previousStatus: SessionStatus }
  | { type: 'error'; error: VerifyError; phase: FailurePhase };

export interface SessionModelOptions extends Omit<ApiClientOptions, 'clientSecret'> {
  /** Every event of the model; none after `close()`. */
  onEvent?: (event: SessionModelEvent) => void;
  /** Called after any change of the model's state (to re-render). */
  onUpdate?: () => void;
  /** Poll interval of the status watch (ms). @default watchSession's */
  pollInterval?: number;
  /** Idle timeout of the status stream (ms). @default watchSession's */
  idleTimeout?: number;
  /** For the status watch's visibility handling. @default globalThis.document */
  document?: Document;
  /**
   * Makes the tracker through which every session goes (loads, answers, the status watch): one that also
   * looks at `handoff.status` lets a sub-feature follow the session on this model's watch, without a second one.
   * @default createStatusTracker
   */
  createTracker?: () => StatusTracker;
  /** Awaited after a load, before the status watch starts (a UI paints its first step without the stream's request); `signal` aborts with the load. */
  beforeWatch?: (signal: AbortSignal) => Promise<void>;
}

/**
 * The rules of one opening of a verification session, framework-free: loading, the status (through
 * the lifecycle table, each change reported once), declining, uploads (a stored image is not sent
 * again), submitting (one Idempotency-Key per body), spent secrets, and the opening's lifetime.
 *
 * `close()` ends the opening for good: nothing started later runs, no event fires after it. A submit
 * already sent still completes (the service counts it), and `session` then says what it led to.
 */
export interface SessionModel {
  /** The latest client view of the session, `null` before it loads. */
  readonly session: ClientSession | null;
  /** The failure not yet recovered from. */
  readonly failure: SessionFailure | null;
  readonly error: VerifyError | null;
  readonly activity: SessionActivity;
  /** Upload progress of the submission in flight, 0 to 1; `null` when not uploading. */
  readonly progress: number | null;
  /** True once `close()` ended the opening. */
  readonly closed: boolean;
  /** True while a submission (uploads and submit) is in flight. */
  readonly submitting: boolean;
  /** The current secret made an attempt that ended: the service refuses it for another. */
  readonly secretSpent: boolean;
  /** Loads the session with `clientSecret` and follows its status until final, `pause()` or `close()`. */
  load(clientSecret: string): Promise<void>;
  /** Stops loading, declining and watching until the next `load()`. A submission in flight carries on. */
  pause(): void;
  /**
   * Ends the opening: no request starts and no event fires afterwards. Uploads not finished are
   * aborted (nothing was submitted); a submit already sent completes, silently.
   */
  close(): void;
  /** Reports declined consent; the session answers `requires_input` with `consent_declined`. */
  decline(): Promise<void>;
  /**
   * Uploads the images one after another, then submits. A submission in flight makes another call a
   * no-op (a double click submits once). Resolves when it is over, whatever the outcome.
   */
  submit(submission: Submission): Promise<void>;
  /** Resolves once no submission is in flight. */
  settled(): Promise<void>;
  /**
   * 'Try again' after a failed attempt. A spent secret cannot submit again, so `fetchClientSecret`
   * gives a fresh one and the session is reloaded with it. Without it, a spent secret is reported as
   * `secret_spent`; a secret of another session as `client_secret_session_mismatch`, and nothing is sent
   * with it. Resolves `true` when a new attempt may start.
   */
  startNewAttempt(fetchClientSecret?: () => Promise<string>): Promise<boolean>;
  /**
   * Runs `request` with the API client of the session loaded last (after 'Try again', the fresh secret's),
   * for calls kept out of this entry such as a handoff link: the secret stays inside the client. Rejects
   * with an `aborted` VerifyError before a load and after `close()`.
   */
  withClient<T>(request: (client: ApiClient) => Promise<T>): Promise<T>;
}
