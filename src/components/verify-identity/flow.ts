import { needsIdNumber, purposeOf, requiredSides } from '../../core/rules.js';
import type { Submission } from '../../core/session-model.js';
import type { SessionStatus } from '../../core/session.js';
import {
  DOCUMENT_TYPES,
  type ClientSession,
  type DocumentType,
  type FileSide,
  type IdNumberDetails,
} from '../../core/types.js';
import type { VerificationStep } from '../../events.js';
import type { Strings } from '../../locales/en.js';
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

// The rules of what a session needs are core's (the mock checks submissions by the same ones).
export { needsIdNumber, requiredSides } from '../../core/rules.js';

/** The steps that ask the person for something, as opposed to the views of a status or a failure. */
export type InputStep = 'consent' | 'document-type' | 'capture-front' | 'capture-back' | 'capture-selfie' | 'id-number' | 'review';

/**
 * One step of the flow, once: when it is asked, when it is done, and what it adds to the submission.
 * Its view is `VIEWS[id]` in `views.ts` (kept apart so these rules need no Lit); a new step is one
 * entry here and one view there.
 */
export interface StepDefinition {
  id: InputStep;
  /** Whether this session asks for it at all. */
  isNeeded(session: ClientSession, flow: FlowState): boolean;
  /** Whether the person has given it in this attempt. */
  isComplete(session: ClientSession, flow: FlowState): boolean;
  /** Adds what it collected to the submission (only called when every step is complete). */
  toSubmission?(session: ClientSession, flow: FlowState, submission: Submission): void;
  /** What the consent step lists for it (steps that collect the same thing share the line). */
  collects?: keyof Strings['consent'];
}

const captureStep = (side: FileSide): StepDefinition => ({
  id: `capture-${side}`,
  collects: side === 'selfie' ? 'selfie' : 'documentPhoto',
  isNeeded: (session, flow) => requiredSides(session, effectiveDocumentType(session, flow)).includes(side),
  isComplete: (_, flow) => flow.captures[side] !== undefined,
  toSubmission: (_, flow, submission) =>
    void submission.files.push({ side, purpose: purposeOf(side), image: flow.captures[side]!.image }),
});

/** The input steps, in the order they are asked. `review` is always needed and never complete: it submits. */
export const STEPS: readonly StepDefinition[] = [
  { id: 'consent', isNeeded: () => true, isComplete: (_, flow) => flow.consentGiven },
  {
    id: 'document-type',
    isNeeded: (session) => session.type === 'document',
    isComplete: (session, flow) => effectiveDocumentType(session, flow) !== null,
    toSubmission: (session, flow, submission) => void (submission.documentType = effectiveDocumentType(session, flow)!),
  },
  captureStep('front'),
  captureStep('back'),
  captureStep('selfie'),
  {
    id: 'id-number',
    isNeeded: needsIdNumber,
    collects: 'idNumber',
    isComplete: (_, flow) => flow.idNumber !== null,
    toSubmission: (_, flow, submission) => void (submission.idNumber = flow.idNumber!),
  },
  { id: 'review', isNeeded: () => true, isComplete: () => false },
];

export interface StepInput {
  session: ClientSession | null;
  /** An error that leaves nothing to show but itself (the session could not be loaded, a decline failed). */
  blockingError: boolean;
  flow: FlowState;
}

/** The step each status shows; `null`: the person has something to do. A new status is a compile error here. */
const STATUS_STEPS: Record<SessionStatus, VerificationStep | null> = {
  requires_input: null,
  processing: 'processing',
  verified: 'verified',
  canceled: 'canceled',
};

/** The step to show: the session's status decides first, then the first step still missing. */
export function resolveStep({ session, blockingError, flow }: StepInput): VerificationStep {
  if (blockingError) return 'error';
  if (!session) return 'loading';
  const byStatus = STATUS_STEPS[session.status];
  if (byStatus) return byStatus;
  if (session.last_error && !flow.retrying) return 'requires-input';
  if (flow.retaking) return `capture-${flow.retaking}`;
  return STEPS.find((step) => step.isNeeded(session, flow) && !step.isComplete(session, flow))!.id;
}

/** Steps after which nothing is left to do but close. */
export function isOutcomeStep(step: VerificationStep): boolean {
  return step === 'verified' || step === 'requires-input' || step === 'canceled';
}

/** The submission for a complete flow (the review step), or `null` while something is missing. */
export function planSubmission(session: ClientSession, flow: FlowState): Submission | null {
  if (resolveStep({ session, blockingError: false, flow }) !== 'review') return null;
  const submission: Submission = { files: [] };
  for (const step of STEPS) if (step.isNeeded(session, flow)) step.toSubmission?.(session, flow, submission);
  return submission;
}
