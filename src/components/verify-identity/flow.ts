import { needsIdNumber, purposeOf, requiredSides } from '../../core/rules.js';
import type { Submission } from '../../core/session-model.js';
import type { SessionStatus } from '../../core/session.js';
import {
  DOCUMENT_TYPES,
  type ClientSession,
  type DocumentType,
  type FileSide,
  type IdNumberDetails,
  type LastErrorCode,
} from '../../core/types.js';
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
  /** A step already given that the person went back to (Back, or Retake/Edit on the review step); cleared when it is given again. */
  revisiting: InputStep | null;
  /** Set by 'Try again': a `requires_input` session with a `last_error` then means a new attempt, not the outcome. */
  retrying: boolean;
  /** What the last accepted submission held, kept (in memory, for this opening) so that 'Try again' asks only what failed. */
  lastAttempt: FlowState | null;
}

export const INITIAL_FLOW: FlowState = {
  consentGiven: false,
  documentType: null,
  captures: {},
  idNumber: null,
  revisiting: null,
  retrying: false,
  lastAttempt: null,
};

export type FlowAction =
  | { type: 'consent' }
  | { type: 'document-type'; documentType: DocumentType }
  | { type: 'capture'; side: FileSide; capture: Capture }
  | { type: 'retake'; side: FileSide }
  | { type: 'id-number'; details: IdNumberDetails }
  /** Back (to the step `previousStep` gives) or Edit on the review step: shows a given step again, keeping what it holds. */
  | { type: 'back'; to: InputStep }
  /** Leaves a step gone back to as it was (a photo kept rather than taken again): the flow carries on. */
  | { type: 'resume' }
  /** The submission was accepted: the images are no longer needed. */
  | { type: 'submitted' }
  /** 'Try again' after a failed attempt: consent stays given; what the failure concerned (`retryScope`) is asked again, the rest kept. */
  | { type: 'retry'; scope: RetryScope };

export function reduceFlow(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'consent':
      return { ...state, consentGiven: true };
    case 'document-type':
      // Images of another document are of no use.
      return action.documentType === state.documentType
        ? { ...state, revisiting: null }
        : { ...state, documentType: action.documentType, captures: keepSelfie(state.captures), revisiting: null };
    case 'capture':
      return { ...state, captures: { ...state.captures, [action.side]: action.capture }, revisiting: null };
    case 'retake':
      return { ...state, revisiting: `capture-${action.side}` };
    case 'id-number':
      return { ...state, idNumber: action.details, revisiting: null };
    case 'back':
      return { ...state, revisiting: action.to };
    case 'resume':
      return { ...state, revisiting: null };
    case 'submitted':
      return { ...INITIAL_FLOW, consentGiven: state.consentGiven, lastAttempt: { ...state, revisiting: null, lastAttempt: null } };
    case 'retry':
      return {
        // Without `submitted` (the outcome can arrive by the stream before the submit's answer) the flow still holds the attempt.
        ...keepForRetry(state.lastAttempt ?? state, action.scope),
        consentGiven: state.consentGiven,
        retrying: true,
        lastAttempt: null,
      };
  }
}

/**
 * What a failed check asks to redo, by `last_error.code`: `selfie` only the selfie, `document` new
 * photos of the same document, `other-document` another document (chosen again, then photographed),
 * `id-number` the typed details, `everything` the whole flow (an unknown code, too).
 */
export type RetryScope = 'selfie' | 'document' | 'other-document' | 'id-number' | 'everything';

const RETRY_SCOPES: ReadonlyMap<string, RetryScope> = new Map<LastErrorCode, RetryScope>([
  ['selfie_face_mismatch', 'selfie'],
  ['selfie_manipulated', 'selfie'],
  ['selfie_unverified_other', 'selfie'],
  ['document_expired', 'document'],
  ['document_unverified_other', 'document'],
  ['document_type_not_supported', 'other-document'],
  ['country_not_supported', 'other-document'],
  ['selfie_document_missing_photo', 'other-document'],
  ['id_number_mismatch', 'id-number'],
  ['id_number_unverified_other', 'id-number'],
  ['id_number_insufficient_document_data', 'other-document'],
]);

/** What to redo after a failed check with this `last_error.code` (a `Map`: codes come from the service). */
export function retryScope(code: string | null | undefined): RetryScope {
  return (code != null && RETRY_SCOPES.get(code)) || 'everything';
}

function keepForRetry(kept: FlowState, scope: RetryScope): FlowState {
  const { front, back, selfie } = kept.captures;
  const documentSides = { ...(front && { front }), ...(back && { back }) };
  switch (scope) {
    case 'selfie':
      return { ...kept, captures: documentSides };
    case 'document':
      return { ...kept, captures: selfie ? { selfie } : {} };
    case 'other-document':
      return { ...kept, documentType: null, captures: selfie ? { selfie } : {} };
    case 'id-number':
      return { ...kept, idNumber: null };
    case 'everything':
      return INITIAL_FLOW;
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
  /** Whether this session needs it at all. */
  isNeeded(session: ClientSession, flow: FlowState): boolean;
  /** Whether the person sees it when needed (not when it completes itself); counted in the progress. @default true */
  isShown?(session: ClientSession): boolean;
  /** Whether the person has given it in this attempt. */
  isComplete(session: ClientSession, flow: FlowState): boolean;
  /** Adds what it collected to the submission (only called when every step is complete). */
  toSubmission?(session: ClientSession, flow: FlowState, submission: Submission): void;
  /** What the consent step lists for it (steps that collect the same thing share the line). */
  collects?: 'documentPhoto' | 'selfie' | 'idNumber';
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
    isShown: (session) => allowedDocumentTypes(session).length > 1,
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
  if (flow.revisiting && isShownStep(session, flow, flow.revisiting)) return flow.revisiting;
  return STEPS.find((step) => step.isNeeded(session, flow) && !step.isComplete(session, flow))!.id;
}

/** The input steps the person sees in this session and flow, in order (the document's back only once known). */
export function shownSteps(session: ClientSession, flow: FlowState): InputStep[] {
  return STEPS.filter((step) => step.isNeeded(session, flow) && (step.isShown?.(session) ?? true)).map((step) => step.id);
}

function isShownStep(session: ClientSession, flow: FlowState, id: InputStep): boolean {
  return shownSteps(session, flow).includes(id);
}

/** "Step 2 of 5" for an input step, or `null` for any other view. */
export function stepProgress(session: ClientSession, flow: FlowState, step: VerificationStep): { current: number; total: number } | null {
  const steps = shownSteps(session, flow);
  const index = steps.indexOf(step as InputStep);
  return index < 0 ? null : { current: index + 1, total: steps.length };
}

/**
 * Where Back leads from `step`: the shown step before it, or `null` where going back makes no sense
 * (on the consent and the step right after it: consent once given is not asked again; on any view
 * that is not an input step: loading, upload and processing, outcomes, errors).
 */
export function previousStep(session: ClientSession, flow: FlowState, step: VerificationStep): InputStep | null {
  const steps = shownSteps(session, flow);
  const index = steps.indexOf(step as InputStep);
  return index > 1 ? steps[index - 1]! : null;
}

/** About how long each step takes, in minutes (a photo with the camera, typing the details…). */
const STEP_MINUTES: Record<InputStep, number> = {
  consent: 0.25,
  'document-type': 0.25,
  'capture-front': 0.75,
  'capture-back': 0.5,
  'capture-selfie': 0.5,
  'id-number': 1,
  review: 0.25,
};

/** About how long the whole flow takes for this session, in whole minutes (at least 1), for the consent. */
export function estimateMinutes(session: ClientSession, flow: FlowState): number {
  const steps = shownSteps(session, flow);
  // The back of the document is not known before the type is chosen: count it when any allowed type has one.
  const backUnknown = !steps.includes('capture-back') && effectiveDocumentType(session, flow) === null && session.type === 'document';
  const total = steps.reduce((sum, step) => sum + STEP_MINUTES[step], backUnknown ? STEP_MINUTES['capture-back'] : 0);
  return Math.max(1, Math.round(total));
}

/** Whether closing now would throw away photos or typed details. */
export function holdsWork(flow: FlowState): boolean {
  return Object.keys(flow.captures).length > 0 || flow.idNumber !== null;
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
