import {
  DOCUMENT_TYPES,
  TWO_SIDED_DOCUMENTS,
  type ClientSession,
  type DocumentType,
  type FileSide,
  type IdNumberDetails,
} from '../../core/types.js';
import type { Submission } from '../../core/session-model.js';
import type { VerificationStep } from '../../events.js';
import type { CaptureSource } from '../step-events.js';

/**
 * The flow of `<verify-identity>` as pure functions: what the person has given so far, and which
 * step comes next for a session. No DOM, no network, so every rule is unit-tested on its own.
 */

export interface Capture {
  image: Blob;
  source: CaptureSource;
}

/** What the person has given in this attempt. Held in memory only, never persisted. */
export interface FlowState {
  consentGiven: boolean;
  /** The document chosen on the document-type step (`null` until chosen, or when only one is allowed). */
  documentType: DocumentType | null;
  captures: Partial<Record<FileSide, Capture>>;
  idNumber: IdNumberDetails | null;
  /** The side being taken again from the review step. */
  retaking: FileSide | null;
  /** Set by 'Try again': a `requires_input` session with a `last_error` then means a new attempt, not the outcome. */
  retrying: boolean;
}

export const INITIAL_FLOW: FlowState = {
  consentGiven: false,
  documentType: null,
  captures: {},
  idNumber: null,
  retaking: null,
  retrying: false,
};

export type FlowAction =
  | { type: 'consent' }
  | { type: 'document-type'; documentType: DocumentType }
  | { type: 'capture'; side: FileSide; capture: Capture }
  | { type: 'retake'; side: FileSide }
  | { type: 'id-number'; details: IdNumberDetails }
  /** The submission was accepted: the images are no longer needed. */
  | { type: 'submitted' }
  /** 'Try again' after a failed attempt: consent stays given, everything else is asked again. */
  | { type: 'retry' };

export function reduceFlow(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'consent':
      return { ...state, consentGiven: true };
    case 'document-type':
      // Images of another document are of no use.
      return action.documentType === state.documentType
        ? state
        : { ...state, documentType: action.documentType, captures: keepSelfie(state.captures), retaking: null };
    case 'capture':
      return { ...state, captures: { ...state.captures, [action.side]: action.capture }, retaking: null };
    case 'retake':
      return { ...state, retaking: action.side };
    case 'id-number':
      return { ...state, idNumber: action.details };
    case 'submitted':
      return { ...INITIAL_FLOW, consentGiven: state.consentGiven };
    case 'retry':
      return { ...INITIAL_FLOW, consentGiven: state.consentGiven, retrying: true };
  }
}

function keepSelfie(captures: FlowState['captures']): FlowState['captures'] {
  return captures.selfie ? { selfie: captures.selfie } : {};
}

/** The document types the person may choose from; an empty list from the service means any. */
export function allowedDocumentTypes(session: ClientSession): readonly DocumentType[] {
  const allowed = session.options.document.allowed_types;
  return allowed.length > 0 ? allowed : DOCUMENT_TYPES;
}

/** The chosen document, or the only one allowed (its step is skipped). */
export function effectiveDocumentType(session: ClientSession, flow: FlowState): DocumentType | null {
  const allowed = allowedDocumentTypes(session);
  if (flow.documentType && allowed.includes(flow.documentType)) return flow.documentType;
  return allowed.length === 1 ? allowed[0]! : null;
}

/** The images a session needs, in the order they are asked for. `id_number` sessions need none. */
export function requiredSides(session: ClientSession, documentType: DocumentType | null): FileSide[] {
  if (session.type !== 'document') return [];
  const sides: FileSide[] = ['front'];
  if (documentType && TWO_SIDED_DOCUMENTS.includes(documentType)) sides.push('back');
  if (session.options.document.require_matching_selfie) sides.push('selfie');
  return sides;
}

export function needsIdNumber(session: ClientSession): boolean {
  return session.type === 'id_number' || session.options.document.require_id_number;
}

export interface StepInput {
  session: ClientSession | null;
  /** An error that leaves nothing to show but itself (the session could not be loaded, a decline failed). */
  blockingError: boolean;
  flow: FlowState;
}

/** The step to show: the session's status decides first, then the first thing still missing. */
export function resolveStep({ session, blockingError, flow }: StepInput): VerificationStep {
  if (blockingError) return 'error';
  if (!session) return 'loading';
  switch (session.status) {
    case 'processing':
      return 'processing';
    case 'verified':
      return 'verified';
    case 'canceled':
      return 'canceled';
    case 'requires_input':
      break;
  }
  if (session.last_error && !flow.retrying) return 'requires-input';
  if (!flow.consentGiven) return 'consent';
  if (flow.retaking) return `capture-${flow.retaking}`;
  if (session.type === 'document') {
    const documentType = effectiveDocumentType(session, flow);
    if (!documentType) return 'document-type';
    const missing = requiredSides(session, documentType).find((side) => !flow.captures[side]);
    if (missing) return `capture-${missing}`;
  }
  if (needsIdNumber(session) && !flow.idNumber) return 'id-number';
  return 'review';
}

/** Steps after which nothing is left to do but close. */
export function isOutcomeStep(step: VerificationStep): boolean {
  return step === 'verified' || step === 'requires-input' || step === 'canceled';
}

/** The submission for a complete flow (the review step), or `null` while something is missing. */
export function planSubmission(session: ClientSession, flow: FlowState): Submission | null {
  if (resolveStep({ session, blockingError: false, flow }) !== 'review') return null;
  const submission: Submission = { files: [] };
  if (session.type === 'document') {
    const documentType = effectiveDocumentType(session, flow)!;
    submission.documentType = documentType;
    for (const side of requiredSides(session, documentType)) {
      submission.files.push({
        side,
        purpose: side === 'selfie' ? 'selfie' : 'identity_document',
        image: flow.captures[side]!.image,
      });
    }
  }
  if (needsIdNumber(session) && flow.idNumber) submission.idNumber = flow.idNumber;
  return submission;
}
