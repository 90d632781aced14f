import type { EventLog } from './event-log.js';
import { REDACTED, redactReport } from './reports.js';
import type { SessionRecord } from './session-record.js';
import type { ProvidedDetails, VerificationReport, VerifiedOutputs } from './types.js';

/**
 * Wipes the personal data of `record` at once, wherever the mock kept it: the session itself, its
 * reports in `reports`, its files and saved answers, and the snapshots in past events.
 */
export function erasePersonalData(record: SessionRecord, reports: Map<string, VerificationReport>, events: EventLog): void {
  record.metadata = {};
  record.providedDetails = redactDetails(record.providedDetails);
  record.verifiedOutputs = redactOutputs(record.verifiedOutputs);
  for (const [reportId, report] of reports) if (report.verification_session === record.id) reports.set(reportId, redactReport(report));
  record.submittedDetails = null;
  record.files.clear();
  record.idempotency.clear();
  events.rewriteSnapshots(record.id, (snapshot) => ({
    ...snapshot,
    metadata: {},
    provided_details: redactDetails(snapshot.provided_details),
    verified_outputs: redactOutputs(snapshot.verified_outputs),
  }));
}

function redactDetails(details: ProvidedDetails | null): ProvidedDetails | null {
  return details && Object.fromEntries(Object.keys(details).map((key) => [key, REDACTED]));
}

function redactOutputs(outputs: VerifiedOutputs | null): VerifiedOutputs | null {
  if (!outputs) return null;
  const redacted: VerifiedOutputs = { first_name: REDACTED, last_name: REDACTED, dob: null };
  if ('id_number' in outputs) redacted.id_number = REDACTED;
  return redacted;
}
