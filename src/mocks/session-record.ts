import type { SessionStatus } from '../core/session.js';
import type { ClientSession, DocumentOptions, DocumentType, IdNumberDetails, LastError, SessionType } from '../core/types.js';
import { IssuedSecrets } from './client-secrets.js';
import { SessionHandoffState } from './handoff.js';
import { IdempotencyKeys } from './idempotency.js';
import { newId } from './ids.js';
import type { ProvidedDetails, Redaction, SessionSnapshot, TestOutcome, VerifiedOutputs } from './types.js';
import { AttemptFiles } from './uploads.js';
import type { ValidCreateParams } from './validation.js';

/** What the mock keeps of one session; the views below are what the API shows of it. */
export interface SessionRecord {
  id: string;
  type: SessionType;
  document: DocumentOptions;
  status: SessionStatus;
  lastError: LastError | null;
  created: number;
  metadata: Record<string, string>;
  clientReferenceId: string | null;
  relatedCustomer: string | null;
  providedDetails: ProvidedDetails | null;
  /** The id of the report of the latest checks. */
  lastReport: string | null;
  /** The document type of the attempt being checked, for its report. */
  submittedDocumentType: DocumentType | null;
  /** Set once a redaction was asked for: `processing`, then `redacted`. */
  redaction: Redaction | null;
  verifiedOutputs: VerifiedOutputs | null;
  testOutcome: TestOutcome;
  processingMs: number;
  secrets: IssuedSecrets;
  files: AttemptFiles;
  idempotency: IdempotencyKeys;
  submissionCount: number;
  /** The id_number details of the attempt being checked, for `verified_outputs`. */
  submittedDetails: IdNumberDetails | null;
  handoff: SessionHandoffState;
}

/** A new session, waiting for the person's input; it has issued no secret yet. */
export function newRecord(valid: ValidCreateParams, created: number): SessionRecord {
  const id = newId('vs');
  return {
    id,
    type: valid.type,
    document: valid.document,
    status: 'requires_input',
    lastError: null,
    created,
    metadata: valid.metadata,
    clientReferenceId: valid.clientReferenceId,
    relatedCustomer: valid.relatedCustomer,
    providedDetails: valid.providedDetails,
    lastReport: null,
    submittedDocumentType: null,
    redaction: null,
    verifiedOutputs: null,
    testOutcome: valid.testOutcome,
    processingMs: valid.processingMs,
    secrets: new IssuedSecrets(id),
    files: new AttemptFiles(),
    idempotency: new IdempotencyKeys(),
    submissionCount: 0,
    submittedDetails: null,
    handoff: new SessionHandoffState(),
  };
}

export function clientView(record: SessionRecord, now: number): ClientSession {
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

/** The server view without its client secret, as events carry it. */
export function snapshot(record: SessionRecord, now: number): SessionSnapshot {
  return {
    ...clientView(record, now),
    client_reference_id: record.clientReferenceId,
    related_customer: record.relatedCustomer,
    provided_details: record.providedDetails && { ...record.providedDetails },
    url: null,
    last_verification_report: record.lastReport,
    metadata: { ...record.metadata },
    redaction: record.redaction && { ...record.redaction },
    verified_outputs: record.verifiedOutputs && { ...record.verifiedOutputs },
  };
}
