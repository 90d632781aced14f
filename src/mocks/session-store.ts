import { isVerifyError } from '../core/errors.js';
import type { Timers } from '../core/http.js';
import { endsAttempt } from '../core/credentials.js';
import { SESSION_STATUSES, transition, type SessionAction, type SessionStatus } from '../core/session.js';
import { DOCUMENT_TYPES, type ClientSession, type LastErrorCode, type UploadedFile } from '../core/types.js';
import type { HandoffContinuation } from '../core/handoff.js';
import { isSameState } from '../core/status-tracker.js';
import { LAST_ERROR_REASONS } from './last-error-reasons.js';
import { invalidParam, resourceMissing, sessionRedacted, unexpectedState } from './errors.js';
import { EventLog } from './event-log.js';
import { parseContinuation, parseHandoffUrl, requireHandoffable } from './handoff.js';
import { newId } from './ids.js';
import { checkSubmission, checkUpload, type FileUpload } from './submission.js';
import { TEST_PERSON, buildReport } from './reports.js';
import { includes, paginate, parseCreateParams } from './validation.js';
import { requireSecretOf, requireUnspent, type IssuedSecret } from './client-secrets.js';
import type { StoredResponse } from './idempotency.js';
import { PendingTimers } from './pending-timers.js';
import { erasePersonalData } from './redaction.js';
import { clientView, newRecord, snapshot, type SessionRecord } from './session-record.js';
import { SessionListeners, type SessionListener } from './session-listeners.js';
import { requireUploadable, uploadedFile } from './uploads.js';
import type { MockEventType, ServerSession, VerificationReport, VerifiedOutputs } from './types.js';
import type { CreatedSession, ListSessionsParams } from '../server/types.js';

export { SECRET_LIFETIME_MS } from './client-secrets.js';
export type { StoredResponse } from './idempotency.js';
export type { SessionListener } from './session-listeners.js';

/** The service's state machine: sessions, their secrets, files and submissions, and the events they emit. */
export class SessionStore {
  readonly events: EventLog;
  #sessions = new Map<string, SessionRecord>();
  #reports = new Map<string, VerificationReport>();
  #listeners = new SessionListeners();

  readonly #now: () => number;
  readonly #defaultProcessingMs: number;
  readonly #redactionMs: number;
  readonly #timers: PendingTimers;

  // No parameter properties: the sources must pass a consumer's `erasableSyntaxOnly`.
  constructor(now: () => number, defaultProcessingMs: number, redactionMs = 0, timers?: Timers) {
    this.#now = now;
    this.#timers = new PendingTimers(timers);
    this.#defaultProcessingMs = defaultProcessingMs;
    this.#redactionMs = redactionMs;
    this.events = new EventLog(() => this.#nowSeconds());
  }

  reset(): void {
    this.#timers.clear();
    this.#listeners.endAll();
    this.#sessions.clear();
    this.#reports.clear();
    this.events.reset();
  }

  // --- server side -------------------------------------------------------

  /** A new session always carries the secret just issued: typed so, as the server toolkit's `create()`. */
  create(params: unknown): CreatedSession {
    const record = newRecord(parseCreateParams(params, this.#defaultProcessingMs), this.#nowSeconds());
    const secret = record.secrets.issue(this.#now());
    this.#sessions.set(record.id, record);
    this.#emit(record, 'identity.verification_session.created');
    return { ...this.#serverView(record), client_secret: secret.value };
  }

  /** The server view; mints a fresh secret when the current one can no longer act and the person still can. */
  retrieve(id: string): ServerSession {
    const record = this.#get(id);
    if (record.status === 'requires_input' && !record.secrets.usable(this.#now())) record.secrets.issue(this.#now());
    return this.#serverView(record);
  }

  /** Newest first; `status` and `client_reference_id` filter. */
  list(params: ListSessionsParams & { limit?: unknown }): { data: ServerSession[]; has_more: boolean } {
    if (params.status !== undefined && !includes(SESSION_STATUSES, params.status)) {
      throw invalidParam('status', `status must be one of: ${SESSION_STATUSES.join(', ')}.`);
    }
    const matching = [...this.#sessions.values()]
      .filter((record) => params.status === undefined || record.status === params.status)
      .filter((record) => params.client_reference_id === undefined || record.clientReferenceId === params.client_reference_id)
      .reverse()
      .map((record) => this.#serverView(record));
    return paginate(matching, params.limit, params.starting_after, 'session');
  }

  report(id: string): VerificationReport {
    const report = this.#reports.get(id);
    if (!report) throw resourceMissing('identity.verification_report', id);
    return structuredClone(report);
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
    erasePersonalData(record, this.#reports, this.events);
    if (statusChanged) this.#emit(record, 'identity.verification_session.canceled');
    this.#timers.later(this.#redactionMs, () => {
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
    requireSecretOf(id, bearer);
    const record = this.#get(id);
    const secret = record.secrets.find(bearer, this.#now());
    if (record.redaction) throw sessionRedacted();
    return secret;
  }

  requireUnspent(secret: IssuedSecret): void {
    requireUnspent(secret);
  }

  clientView(id: string): ClientSession {
    return clientView(this.#get(id), this.#now());
  }

  async uploadFile(id: string, upload: FileUpload): Promise<UploadedFile> {
    const record = this.#get(id);
    requireUploadable(record.status, record.redaction !== null);
    const checked = await checkUpload(upload);
    // The session may have moved on (or been redacted) while the file was read: store nothing then.
    if (this.#sessions.get(id) !== record) throw resourceMissing('identity.verification_session', id);
    requireUploadable(record.status, record.redaction !== null);
    const file = uploadedFile(checked, this.#nowSeconds());
    record.files.add(file);
    return { ...file };
  }

  /**
   * One submission per Idempotency-Key (see IdempotencyKeys): a repeat gets the first answer even once
   * the secret is spent or the session moved on. The caller has authenticated `secret`; `body` is the
   * request's JSON, still being read.
   */
  async submit(id: string, secret: IssuedSecret, idempotencyKey: string, body: Promise<unknown>): Promise<StoredResponse> {
    // A body that is not JSON is reported when awaited; never as an unhandled rejection while waiting.
    body.catch(() => undefined);
    const record = this.#get(id);
    return record.idempotency.answer(
      idempotencyKey,
      body,
      (parsed) => {
        // The session may have been reset or redacted while the body was read.
        if (this.#sessions.get(id) !== record) throw resourceMissing('identity.verification_session', id);
        if (record.redaction) throw sessionRedacted();
        requireUnspent(secret);
        return this.#startChecks(record, secret, parsed);
      },
      () => this.submit(id, secret, idempotencyKey, body),
    );
  }

  #startChecks(record: SessionRecord, secret: IssuedSecret, body: unknown): StoredResponse {
    const next = this.#move(record, 'submit');
    const submission = checkSubmission(
      { type: record.type, document: record.document, findFile: (fileId) => record.files.find(fileId), today: new Date(this.#now()) },
      body,
    );
    record.status = next;
    record.lastError = null;
    record.submittedDetails = submission.id_number ?? null;
    record.submittedDocumentType = submission.document_type ?? null;
    record.submissionCount += 1;
    record.handoff.revokeLive();
    if (secret.handoff) record.handoff.submitted();
    this.#emit(record, 'identity.verification_session.processing');
    this.#scheduleOutcome(record);
    return { status: 200, body: clientView(record, this.#now()) };
  }

  decline(id: string, secret: IssuedSecret): ClientSession {
    const record = this.#get(id);
    requireUnspent(secret);
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
  ): { object: 'identity.verification_session.handoff'; url: string; expires_at: number; expires_in: number; status: 'waiting' | 'opened' } {
    const record = this.#get(id);
    requireUnspent(secret);
    requireHandoffable(record.status, record.redaction !== null);
    const allowed = record.document.allowed_types;
    // Both checked before the code is made: a refused request leaves the live code as it was.
    const request = { handoffUrl: parseHandoffUrl(body), continuation: parseContinuation(body, allowed.length > 0 ? allowed : DOCUMENT_TYPES) };
    const { url, expiresAt, status } = record.handoff.issue(record.id, request, this.#now(), record.secrets.phoneHolds(this.#now()));
    this.#notify(record);
    this.#timers.later(expiresAt - this.#now(), () => {
      if (record.handoff.pendingExpiry === expiresAt) this.#notify(record);
    });
    // `expires_in` as well: a device whose clock is off times the code from it, not from `expires_at`.
    const expires_in = Math.round((expiresAt - this.#now()) / 1000);
    return { object: 'identity.verification_session.handoff', url, expires_at: Math.floor(expiresAt / 1000), expires_in, status };
  }

  /** Test mode: the live handoff code of session `id` (or of every session) expires now, as after 10 minutes. */
  expireHandoffCodes(id?: string): void {
    const records = id === undefined ? [...this.#sessions.values()] : [this.#get(id)];
    for (const record of records) if (record.handoff.expireNow(this.#now())) this.#notify(record);
  }

  /** Takes a handoff code once (`POST …/handoff/claim`) and gives the phone a client secret of its own. */
  claimHandoff(
    id: string,
    code: string,
  ): { object: 'identity.verification_session.handoff_claim'; client_secret: string; continuation?: HandoffContinuation } {
    const record = this.#get(id);
    let continuation: HandoffContinuation;
    try {
      continuation = record.handoff.claim(code, this.#now());
    } finally {
      // A refused code may have just expired: the desktop learns it as soon as the phone tried.
      this.#notify(record);
    }
    const secret = record.secrets.issue(this.#now());
    secret.handoff = true;
    const claim = { object: 'identity.verification_session.handoff_claim' as const, client_secret: secret.value };
    return Object.keys(continuation).length > 0 ? { ...claim, continuation } : claim;
  }

  /** Calls `listener` after every change of session `id`; returns the unsubscribe function. */
  subscribe(id: string, listener: SessionListener): () => void {
    this.#get(id);
    return this.#listeners.add(id, listener);
  }

  /** Open subscriptions to session `id` (streams that have not been cleaned up). */
  listenerCount(id: string): number {
    return this.#listeners.count(id);
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

  /** The one way statuses move: the lifecycle table shared with the SDK, as a 409 when illegal. */
  #move(record: SessionRecord, action: SessionAction): SessionStatus {
    try {
      return transition(record.status, action);
    } catch (error) {
      if (isVerifyError(error)) throw unexpectedState(error.message);
      throw error;
    }
  }

  #scheduleOutcome(record: SessionRecord): void {
    const submission = record.submissionCount;
    this.#timers.later(record.processingMs, () => {
      // A test helper may have ended these checks already (and a new attempt may be running): nothing to do.
      if (record.status !== 'processing' || record.submissionCount !== submission) return;
      // A failing test_outcome fails the first submission only, so that a retry can be shown to succeed.
      this.#conclude(record, record.submissionCount > 1 ? 'verified' : record.testOutcome);
    });
  }

  /** The test helpers `verify` and `require_input`: the checks of a `processing` session end now, as `outcome`. */
  concludeChecks(id: string, outcome: 'verified' | LastErrorCode): ServerSession {
    const record = this.#get(id);
    if (record.status !== 'processing') throw unexpectedState(`Only the checks of a processing session can end; this session is ${record.status}.`);
    this.#conclude(record, outcome);
    return this.retrieve(id);
  }

  #conclude(record: SessionRecord, outcome: 'verified' | LastErrorCode): void {
    this.#writeReport(record, outcome);
    if (outcome === 'verified') {
      record.status = this.#move(record, 'verify');
      record.verifiedOutputs = verifiedOutputs(record);
      this.#emit(record, 'identity.verification_session.verified');
    } else {
      record.status = this.#move(record, 'fail');
      this.#endAttempt(record, 'fail', outcome);
      this.#emit(record, 'identity.verification_session.requires_input');
    }
  }

  #writeReport(record: SessionRecord, outcome: 'verified' | LastErrorCode): void {
    const report = buildReport({
      id: newId('vr'),
      sessionId: record.id,
      type: record.type,
      document: record.document,
      clientReferenceId: record.clientReferenceId,
      created: this.#nowSeconds(),
      outcome,
      documentType: record.submittedDocumentType,
      idNumber: record.submittedDetails,
    });
    this.#reports.set(report.id, report);
    record.lastReport = report.id;
  }

  /**
   * An attempt that ended without verification: its files no longer count, and by the spent-credential
   * rule (core/credentials.ts) every secret and code issued so far is spent, not only the one that acted.
   */
  #endAttempt(record: SessionRecord, action: SessionAction, code: LastErrorCode): void {
    if (!endsAttempt(action)) return;
    record.lastError = { code, reason: LAST_ERROR_REASONS[code] };
    record.submittedDetails = null;
    record.files.endAttempt();
    record.secrets.spendAll();
    record.handoff.revokeLive();
  }

  #emit(record: SessionRecord, type: MockEventType): void {
    this.events.emit(type, snapshot(record, this.#now()));
    this.#notify(record);
  }

  /** Tells the session's streams what the client now sees (a handoff moves without an event). */
  #notify(record: SessionRecord): void {
    this.#listeners.notify(record.id, clientView(record, this.#now()));
  }

  #serverView(record: SessionRecord): ServerSession {
    const usable = record.status === 'requires_input' ? record.secrets.usable(this.#now()) : undefined;
    return { ...snapshot(record, this.#now()), client_secret: usable?.value ?? null };
  }
}

function verifiedOutputs(record: SessionRecord): VerifiedOutputs {
  const details = record.submittedDetails;
  if (!details) return { ...TEST_PERSON };
  const { first_name, last_name, dob, id_number } = details;
  return { first_name, last_name, dob, id_number };
}
