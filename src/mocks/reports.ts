import type { DocumentOptions, DocumentType, IdNumberDetails, LastErrorCode, SessionType } from '../core/types.js';
import type { VerificationReport } from '../server/types.js';
import { LAST_ERROR_REASONS } from './last-error-reasons.js';

export const REDACTED = '[redacted]';

/** The person the test-mode document checks "read". */
export const TEST_PERSON = { first_name: 'Jenny', last_name: 'Rosen', dob: '1990-01-01' } as const;

type Check = 'document' | 'selfie' | 'id_number';

export interface ReportInput {
  id: string;
  sessionId: string;
  type: SessionType;
  document: DocumentOptions;
  clientReferenceId: string | null;
  created: number;
  /** How this round of checks ended. */
  outcome: 'verified' | LastErrorCode;
  documentType: DocumentType | null;
  idNumber: IdNumberDetails | null;
}

/** Which check a failing test outcome is the result of. */
function failedCheck(type: SessionType, code: LastErrorCode): Check {
  if (code.startsWith('selfie_')) return 'selfie';
  if (code.startsWith('id_number_') || type === 'id_number') return 'id_number';
  return 'document';
}

/**
 * The report of one round of checks, as the service writes it: one section per check the session asked
 * for (and the one that failed); the failing check `unverified` with its error and no fields, the others
 * `verified` with what they established.
 */
export function buildReport(input: ReportInput): VerificationReport {
  const failed = input.outcome === 'verified' ? null : failedCheck(input.type, input.outcome);
  const error = input.outcome === 'verified' ? null : { code: input.outcome, reason: LAST_ERROR_REASONS[input.outcome] };
  const result = (check: Check) => (check === failed ? { status: 'unverified' as const, error } : { status: 'verified' as const, error: null });
  const runs = {
    document: input.type === 'document' || failed === 'document',
    selfie: input.document.require_matching_selfie || failed === 'selfie',
    id_number: input.type === 'id_number' || input.document.require_id_number || failed === 'id_number',
  };
  const read = (check: Check) => check !== failed;
  const details = input.idNumber;
  return {
    id: input.id,
    object: 'identity.verification_report',
    type: input.type,
    verification_session: input.sessionId,
    client_reference_id: input.clientReferenceId,
    created: input.created,
    livemode: false,
    options: { document: structuredClone(input.document) },
    document: runs.document
      ? { ...result('document'), type: input.documentType, ...(read('document') ? TEST_PERSON : { first_name: null, last_name: null, dob: null }) }
      : null,
    selfie: runs.selfie ? result('selfie') : null,
    id_number: runs.id_number
      ? {
          ...result('id_number'),
          first_name: read('id_number') ? (details?.first_name ?? TEST_PERSON.first_name) : null,
          last_name: read('id_number') ? (details?.last_name ?? TEST_PERSON.last_name) : null,
          dob: read('id_number') ? (details?.dob ?? TEST_PERSON.dob) : null,
          id_number: read('id_number') ? (details?.id_number ?? null) : null,
        }
      : null,
  };
}

/** The report with its personal fields gone, as `verified_outputs` goes on redaction. */
export function redactReport(report: VerificationReport): VerificationReport {
  const name = (value: string | null) => (value === null ? null : REDACTED);
  return {
    ...report,
    document: report.document && { ...report.document, first_name: name(report.document.first_name), last_name: name(report.document.last_name), dob: null },
    id_number: report.id_number && {
      ...report.id_number,
      first_name: name(report.id_number.first_name),
      last_name: name(report.id_number.last_name),
      dob: null,
      id_number: name(report.id_number.id_number),
    },
  };
}
