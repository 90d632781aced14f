import { parseClientSecret } from '../core/client-secret.js';
import { isVerifyError } from '../core/errors.js';
import { timersOr, type Timers } from '../core/http.js';
import { endsAttempt } from '../core/credentials.js';
import { transition, type SessionAction, type SessionStatus } from '../core/session.js';
import {
  type ClientSession,
  type DocumentOptions,
  type IdNumberDetails,
  type LastError,
  type LastErrorCode,
  type SessionType,
  type UploadedFile,
} from '../core/types.js';
import { isSameState } from '../core/status-tracker.js';
import { LAST_ERROR_REASONS } from './last-error-reasons.js';
import { idempotencyKeyReused, resourceMissing, sessionRedacted, unauthorized, unexpectedState } from './errors.js';
import { EventLog } from './event-log.js';
import { SessionHandoffState, parseHandoffUrl, requireHandoffable } from './handoff.js';
import { newClientSecret, newId } from './ids.js';
import { checkSubmission, checkUpload, type FileUpload } from './submission.js';
import { isRecord, parseCreateParams } from './validation.js';
import type { MockEventType, Redaction, ServerSession, SessionSnapshot, TestOutcome, VerifiedOutputs } from './types.js';

/** A client secret lives this long after it was issued. */
export const SECRET_LIFETIME_MS = 24 * 60 * 60 * 1000;

const REDACTED = '[redacted]';

const TEST_PERSON = { first_name: 'Jenny', last_name: 'Rosen', dob: '1990-01-01' } as const;

interface IssuedSecret {
  value: string;
  issuedAt: number;
  spent: boolean;
  /** Issued to a phone that claimed a handoff code: its submission moves the handoff to `submitted`. */
  handoff?: true;
}

interface StoredFile {
  file: UploadedFile;
  /** The attempt it was uploaded for: a new attempt needs new files. */
  attempt: number;
}

/** An answer kept under an Idempotency-Key, replayed as is. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The first request made with one Idempotency-Key: what it asked, and what it was answered. */
interface IdempotentRun {
  /** Its parameters as canonical JSON (keys sorted), `null` when its body was not JSON. */
  params: Promise<string | null>;
  /** The saved answer, once it ran; `undefined` when it was refused before running (nothing is saved). */
  answer: Promise<StoredResponse | undefined>;
}

interface SessionRecord {
  id: string;
  type: SessionType;
  document: DocumentOptions;
  status: SessionStatus;
  lastError: LastError | null;
  created: number;
  metadata: Record<string, string>;
  /** Set once a redaction was asked for: `processing`, then `redacted`. */
  redaction: Redaction | null;
  verifiedOutputs: VerifiedOutputs | null;
  testOutcome: TestOutcome;
  processingMs: number;
  /** In the order issued; the last is the current one. */
  secrets: IssuedSecret[];
  attempt: number;
  files: Map<string, StoredFile>;
  /** By Idempotency-Key. */
  idempotency: Map<string, IdempotentRun>;
  submissionCount: number;
  /** The id_number details of the attempt being checked, for `verified_outputs`. */
  submittedDetails: IdNumberDetails | null;
  handoff: SessionHandoffState;
}

export interface SessionListener {
  /** The session changed (status or last_error may have moved). */
  change(view: ClientSession): void;
  /** The backend was reset: nothing more will come. */
  end(): void;
}

/** The service's state machine: sessions, their secrets, files and submissions, and the events they emit. */
export class SessionStore {
  readonly events: EventLog;
  #sessions = new Map<string, SessionRecord>();
  #timers = new Set<unknown>();
  #listeners = new Map<string, Set<SessionListener>>();

  readonly #now: () => number;
  readonly #defaultProcessingMs: number;
  readonly #redactionMs: number;
  readonly #clock: Timers;

  // No parameter properties: the sources must pass a consumer's `erasableSyntaxOnly`.
  constructor(now: () => number, defaultProcessingMs: number, redactionMs = 0, timers?: Timers) {
    this.#now = now;
    this.#clock = timersOr(timers);
    this.#defaultProcessingMs = defaultProcessingMs;
    this.#redactionMs = redactionMs;
    this.events = new EventLog(() => this.#nowSeconds());
  }

  reset(): void {
    for (const timer of this.#timers) this.#clock.clearTimeout(timer);
    this.#timers.clear();
    const listeners = [...this.#listeners.values()].flatMap((set) => [...set]);
    this.#listeners.clear();
    for (const listener of listeners) listener.end();
    this.#sessions.clear();
    this.events.reset();
  }

  // --- server side -------------------------------------------------------

  create(params: unknown): ServerSession {
    const valid = parseCreateParams(params, this.#defaultProcessingMs);
    const id = newId('vs');
    const record: SessionRecord = {
      id,
      type: valid.type,
      document: valid.document,
      status: 'requires_input',
      lastError: null,
      created: this.#nowSeconds(),
      metadata: valid.metadata,
      redaction: null,
      verifiedOutputs: null,
      testOutcome: valid.testOutcome,
      processingMs: valid.processingMs,
      secrets: [],
      attempt: 0,
      files: new Map(),
      idempotency: new Map(),
      submissionCount: 0,
      submittedDetails: null,
      handoff: new SessionHandoffState(),
    };
    this.#issueSecret(record);
    this.#sessions.set(id, record);
    this.#emit(record, 'identity.verification_session.created');
    return this.#serverView(record);
  }

  /** The server view; mints a fresh secret when the current one can no longer act and the person still can. */
  retrieve(id: string): ServerSession {
    const record = this.#get(id);
    const current = record.secrets.at(-1);
    if (record.status === 'requires_input' && (!current || current.spent || this.#isExpired(current))) {
      this.#issueSecret(record);
    }
    return this.#serverView(record);
  }

  cancel(id: string): ServerSession {
    const record = this.#get(id);
    record.status = this.#move(record, 'cancel');
    record.handoff.revokeLive();
    this.#emit(record, 'identity.verification_session.canceled');
    return this.#serverView(record);
  }

  /**
   * Redaction, as the service does it: refused while `processing`; a session that `requires_input` is
   * canceled (`.canceled` at once), a `verified` or `canceled` one keeps its status. The personal data
   * goes at once (here and in past events); `redaction.status` is `processing`, then `redacted` after
   * `redactionMs`, and only then comes `.redacted`. From the request on, client calls are refused.
   */
  redact(id: string): ServerSession {
    const record = this.#get(id);
    if (record.redaction) return this.#serverView(record);
    const next = this.#move(record, 'redact');
    const statusChanged = next !== record.status;
    record.status = next;
    record.redaction = { status: 'processing' };
    record.handoff.revokeLive();
    record.metadata = {};
    record.verifiedOutputs = redactOutputs(record.verifiedOutputs);
    record.submittedDetails = null;
    record.files.clear();
    record.idempotency.clear();
    this.events.rewriteSnapshots(id, (snapshot) => ({
      ...snapshot,
      metadata: {},
      verified_outputs: redactOutputs(snapshot.verified_outputs),
    }));
    if (statusChanged) this.#emit(record, 'identity.verification_session.canceled');
    this.#later(this.#redactionMs, () => {
      record.redaction = { status: 'redacted' };
      this.#emit(record, 'identity.verification_session.redacted');
    });
    return this.#serverView(record);
  }

  submissionCount(id: string): number {
    return this.#get(id).submissionCount;
  }

  // --- client side -------------------------------------------------------

  /**
   * Checks a bearer client secret against session `id`: it must parse, name this session, be one it
   * issued, and not be expired. Spent secrets pass here; `requireUnspent` refuses them for actions.
   */
  authenticate(id: string, bearer: string | null): IssuedSecret {
    let sessionId: string;
    try {
      sessionId = parseClientSecret(bearer).sessionId;
    } catch {
      throw unauthorized('secret_invalid', 'The client secret is missing or malformed.');
    }
    if (sessionId !== id) throw unauthorized('secret_invalid', 'The client secret does not belong to this session.');
    const record = this.#get(id);
    const secret = record.secrets.find((issued) => issued.value === bearer);
    if (!secret) throw unauthorized('secret_invalid', 'The client secret was not issued by this session.');
    if (this.#isExpired(secret)) throw unauthorized('secret_expired', 'The client secret has expired.');
    if (record.redaction) throw sessionRedacted();
    return secret;
  }

  requireUnspent(secret: IssuedSecret): void {
    if (secret.spent) {
      throw unauthorized('secret_spent', 'This client secret was used for an attempt that ended; ask the server for a fresh one.');
    }
  }

  clientView(id: string): ClientSession {
    return clientView(this.#get(id), this.#now());
  }

  async uploadFile(id: string, upload: FileUpload): Promise<UploadedFile> {
    const record = this.#get(id);
    this.#requireInput(record);
    const checked = await checkUpload(upload);
    // The session may have moved on (or been redacted) while the file was read: store nothing then.
    if (this.#sessions.get(id) !== record) throw resourceMissing('identity.verification_session', id);
    this.#requireInput(record);
    const file: UploadedFile = {
      id: newId('file'),
      object: 'file',
      purpose: checked.purpose,
      side: checked.side,
      size: checked.file.size,
      type: checked.type,
      created: this.#nowSeconds(),
    };
    record.files.set(file.id, { file, attempt: record.attempt });
    return { ...file };
  }

  #requireInput(record: SessionRecord): void {
    if (record.redaction) throw sessionRedacted();
    if (record.status !== 'requires_input') {
      throw unexpectedState(`Cannot upload files to a verification session whose status is ${record.status}.`);
    }
  }

  /**
   * One submission per Idempotency-Key, as the service does it: the first request with a key runs; any
   * other with that key waits until the first has been answered, then gets the same answer (even once
   * the secret is spent or the session moved on) — or a 400 `idempotency_error` if its parameters
   * differ. A first request refused before it ran saves nothing: the next one with that key runs.
   * The caller has authenticated `secret`; `body` is the request's JSON, still being read.
   */
  async submit(id: string, secret: IssuedSecret, idempotencyKey: string, body: Promise<unknown>): Promise<StoredResponse> {
    // A body that is not JSON is reported when awaited below; never as an unhandled rejection while waiting.
    body.catch(() => undefined);
    const record = this.#get(id);
    const first = record.idempotency.get(idempotencyKey);
    if (first) {
      const answer = await first.answer;
      if (!answer) return this.submit(id, secret, idempotencyKey, body);
      const [params, firstParams] = await Promise.all([canonicalParams(body), first.params]);
      if (params !== firstParams) throw idempotencyKeyReused();
      return answer;
    }
    let settle!: (answer: StoredResponse | undefined) => void;
    const run: IdempotentRun = { params: canonicalParams(body), answer: new Promise((resolve) => (settle = resolve)) };
    record.idempotency.set(idempotencyKey, run);
    try {
      const parsed = await body;
      // The session may have been reset or redacted while the body was read.
      if (this.#sessions.get(id) !== record) throw resourceMissing('identity.verification_session', id);
      if (record.redaction) throw sessionRedacted();
      this.requireUnspent(secret);
      const response = this.#startChecks(record, secret, parsed);
      settle(response);
      return response;
    } catch (error) {
      if (record.idempotency.get(idempotencyKey) === run) record.idempotency.delete(idempotencyKey);
      settle(undefined);
      throw error;
    }
  }

  #startChecks(record: SessionRecord, secret: IssuedSecret, body: unknown): StoredResponse {
    const next = this.#move(record, 'submit');
    const submission = checkSubmission(
      {
        type: record.type,
        document: record.document,
        findFile: (fileId) => {
          const stored = record.files.get(fileId);
          return stored?.attempt === record.attempt ? stored.file : undefined;
        },
        today: new Date(this.#now()),
      },
      body,
    );
    record.status = next;
    record.lastError = null;
    record.submittedDetails = submission.id_number ?? null;
    record.submissionCount += 1;
    record.handoff.revokeLive();
    if (secret.handoff) record.handoff.submitted();
    this.#emit(record, 'identity.verification_session.processing');
    this.#scheduleOutcome(record);
    return { status: 200, body: clientView(record, this.#now()) };
  }

  decline(id: string, secret: IssuedSecret): ClientSession {
    const record = this.#get(id);
    this.requireUnspent(secret);
    const before = { status: record.status, last_error: record.lastError };
    record.status = this.#move(record, 'decline');
    this.#endAttempt(record, 'decline', 'consent_declined');
    const view = clientView(record, this.#now());
    // A decline after a decline ends that secret's attempt but changes nothing anyone follows: no event.
    if (!isSameState(before, view)) this.#emit(record, 'identity.verification_session.requires_input');
    return view;
  }

  /**
   * A new handoff code for the person's phone (`POST …/handoff`), replacing any code still live. The
   * caller has authenticated `secret`. Its expiry is pushed to the status stream when it comes.
   */
  startHandoff(
    id: string,
    secret: IssuedSecret,
    body: unknown,
  ): { object: 'identity.verification_session.handoff'; url: string; expires_at: number; expires_in: number } {
    const record = this.#get(id);
    this.requireUnspent(secret);
    requireHandoffable(record.status, record.redaction !== null);
    const { url, expiresAt } = record.handoff.issue(record.id, parseHandoffUrl(body), this.#now());
    this.#notify(record);
    this.#later(expiresAt - this.#now(), () => {
      if (record.handoff.pendingExpiry === expiresAt) this.#notify(record);
    });
    // `expires_in` as well: a device whose clock is off times the code from it, not from `expires_at`.
    const expires_in = Math.round((expiresAt - this.#now()) / 1000);
    return { object: 'identity.verification_session.handoff', url, expires_at: Math.floor(expiresAt / 1000), expires_in };
  }

  /** Test mode: the live handoff code of session `id` (or of every session) expires now, as after 10 minutes. */
  expireHandoffCodes(id?: string): void {
    const records = id === undefined ? [...this.#sessions.values()] : [this.#get(id)];
    for (const record of records) if (record.handoff.expireNow(this.#now())) this.#notify(record);
  }

  /** Takes a handoff code once (`POST …/handoff/claim`) and gives the phone a client secret of its own. */
  claimHandoff(id: string, code: string): { object: 'identity.verification_session.handoff_claim'; client_secret: string } {
    const record = this.#get(id);
    try {
      record.handoff.claim(code, this.#now());
    } finally {
      // A refused code may have just expired: the desktop learns it as soon as the phone tried.
      this.#notify(record);
    }
    const secret = this.#issueSecret(record);
    secret.handoff = true;
    return { object: 'identity.verification_session.handoff_claim', client_secret: secret.value };
  }

  /** Calls `listener` after every change of session `id`; returns the unsubscribe function. */
  subscribe(id: string, listener: SessionListener): () => void {
    this.#get(id);
    const set = this.#listeners.get(id) ?? new Set<SessionListener>();
    set.add(listener);
    this.#listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(id) === set) this.#listeners.delete(id);
    };
  }

  /** Open subscriptions to session `id` (streams that have not been cleaned up). */
  listenerCount(id: string): number {
    return this.#listeners.get(id)?.size ?? 0;
  }

  // --- internals ---------------------------------------------------------

  #nowSeconds(): number {
    return Math.floor(this.#now() / 1000);
  }

  #get(id: string): SessionRecord {
    const record = this.#sessions.get(id);
    if (!record) throw resourceMissing('identity.verification_session', id);
    return record;
  }

  #isExpired(secret: IssuedSecret): boolean {
    return this.#now() - secret.issuedAt >= SECRET_LIFETIME_MS;
  }

  #issueSecret(record: SessionRecord): IssuedSecret {
    const secret: IssuedSecret = { value: newClientSecret(record.id), issuedAt: this.#now(), spent: false };
    record.secrets.push(secret);
    return secret;
  }

  /** The one way statuses move: the lifecycle table shared with the SDK, as a 409 when illegal. */
  #move(record: SessionRecord, action: SessionAction): SessionStatus {
    try {
      return transition(record.status, action);
    } catch (error) {
      if (isVerifyError(error)) throw unexpectedState(error.message);
      throw error;
    }
  }

  /** Runs `run` after `ms`, unless the backend is reset first. */
  #later(ms: number, run: () => void): void {
    const timer = this.#clock.setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, ms);
    this.#timers.add(timer);
  }

  #scheduleOutcome(record: SessionRecord): void {
    this.#later(record.processingMs, () => {
      // A failing test_outcome fails the first submission only, so that a retry can be shown to succeed.
      if (record.testOutcome === 'verified' || record.submissionCount > 1) {
        record.status = this.#move(record, 'verify');
        record.verifiedOutputs = verifiedOutputs(record);
        this.#emit(record, 'identity.verification_session.verified');
      } else {
        record.status = this.#move(record, 'fail');
        this.#endAttempt(record, 'fail', record.testOutcome);
        this.#emit(record, 'identity.verification_session.requires_input');
      }
    });
  }

  /**
   * An attempt that ended without verification: its files no longer count, and by the spent-credential
   * rule (core/credentials.ts) every secret and code issued so far is spent, not only the one that acted.
   */
  #endAttempt(record: SessionRecord, action: SessionAction, code: LastErrorCode): void {
    if (!endsAttempt(action)) return;
    record.lastError = { code, reason: LAST_ERROR_REASONS[code] };
    record.submittedDetails = null;
    record.attempt += 1;
    for (const issued of record.secrets) issued.spent = true;
    record.handoff.revokeLive();
  }

  #emit(record: SessionRecord, type: MockEventType): void {
    this.events.emit(type, snapshot(record, this.#now()));
    this.#notify(record);
  }

  /** Tells the session's streams what the client now sees (a handoff moves without an event). */
  #notify(record: SessionRecord): void {
    const view = clientView(record, this.#now());
    for (const listener of [...(this.#listeners.get(record.id) ?? [])]) listener.change(view);
  }

  #serverView(record: SessionRecord): ServerSession {
    const current = record.secrets.at(-1);
    const usable = record.status === 'requires_input' && current && !current.spent && !this.#isExpired(current);
    return { ...snapshot(record, this.#now()), client_secret: usable ? current.value : null };
  }
}

function clientView(record: SessionRecord, now: number): ClientSession {
  return {
    id: record.id,
    object: 'identity.verification_session',
    status: record.status,
    type: record.type,
    options: { document: structuredClone(record.document) },
    last_error: record.lastError && { ...record.lastError },
    livemode: false,
    created: record.created,
    handoff: record.handoff.view(now),
  };
}

function snapshot(record: SessionRecord, now: number): SessionSnapshot {
  return {
    ...clientView(record, now),
    metadata: { ...record.metadata },
    redaction: record.redaction && { ...record.redaction },
    verified_outputs: record.verifiedOutputs && { ...record.verifiedOutputs },
  };
}

function verifiedOutputs(record: SessionRecord): VerifiedOutputs {
  const details = record.submittedDetails;
  if (!details) return { ...TEST_PERSON };
  const { first_name, last_name, dob, id_number } = details;
  return { first_name, last_name, dob, id_number };
}

function redactOutputs(outputs: VerifiedOutputs | null): VerifiedOutputs | null {
  if (!outputs) return null;
  const redacted: VerifiedOutputs = { first_name: REDACTED, last_name: REDACTED, dob: null };
  if ('id_number' in outputs) redacted.id_number = REDACTED;
  return redacted;
}

/** JSON with object keys sorted, so that the same parameters in another order compare equal; `null` if not JSON. */
async function canonicalParams(body: Promise<unknown>): Promise<string | null> {
  try {
    const value = await body;
    return JSON.stringify(value ?? null, (_key, entry: unknown) =>
      isRecord(entry) ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : entry,
    );
  } catch {
    return null;
  }
}
