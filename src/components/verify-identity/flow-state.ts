import { DOCUMENT_TYPES, type ClientSession, type DocumentType, type FileSide, type IdNumberDetails, type LastErrorCode } from '../../core/types.js';
import type { VerificationStep } from '../../events.js';
import type { CaptureSource } from '../step-events.js';
import type { InputStep } from './step-registry.js';

/**
 * What the person has given in `<verify-identity>`, and how each action changes it: a pure reducer,
 * no DOM, no network, so every rule is unit-tested on its own. Which step shows is derived from this
 * state and the step registry (`flow.ts`), never stored.
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
  /** What the steps with no field of their own reported on completion, by step id (see `StepDefinition.complete`). */
  given: Readonly<Record<string, unknown>>;
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
  given: {},
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
  /** A step with no field of its own is done: what it reported is kept under its id. */
  | { type: 'complete'; step: InputStep; value: unknown }
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
    case 'complete':
      return { ...state, given: { ...state.given, [action.step]: action.value }, revisiting: null };
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

/** Whether closing now would throw away photos or typed details. */
export function holdsWork(flow: FlowState): boolean {
  return Object.keys(flow.captures).length > 0 || flow.idNumber !== null;
}

/** Steps after which nothing is left to do but close. */
export function isOutcomeStep(step: VerificationStep): boolean {
  return step === 'verified' || step === 'requires-input' || step === 'canceled';
}
