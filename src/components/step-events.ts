import type { DocumentType, FileSide, IdNumberDetails } from '../core/types.js';

/**
 * Internal events from the step elements to the `<verify-identity>` shell. They bubble but are not
 * composed: they stay inside the shell's shadow root and never reach the page (the page gets the
 * public `verification-*` events instead).
 */
const INTERNAL: EventInit = { bubbles: true, composed: false };

/**
 * A step is done: the one event every step element fires when the person has given what it asks. The
 * shell hands `detail` to the step's `complete` in the registry (`step-registry.ts`), which says what
 * it changes in the flow; a step without one records `detail` as given.
 */
export class StepCompleteEvent<Detail = unknown> extends CustomEvent<Detail> {
  constructor(detail: Detail) {
    super('vi-step-complete', { ...INTERNAL, detail });
  }
}

/** Consent given (`accepted: true`) or declined. */
export class ConsentEvent extends StepCompleteEvent<{ accepted: boolean }> {}

/** The person chose the document they will photograph. */
export class DocumentTypeEvent extends StepCompleteEvent<{ documentType: DocumentType }> {}

export type CaptureSource = 'camera' | 'upload';

/** One image is ready: taken with the camera or chosen from a file, already checked for type and size. */
export class CaptureEvent extends StepCompleteEvent<{ side: FileSide; image: Blob; source: CaptureSource }> {}

/** Valid personal details for an ID number check (trimmed). */
export class IdNumberEvent extends StepCompleteEvent<{ details: IdNumberDetails }> {}

/** The person submits what they reviewed. Fired at most once until the shell clears `busy`. */
export class SubmitRequestEvent extends StepCompleteEvent<Record<string, never>> {
  constructor() {
    super({});
  }
}

/** The person wants to take one image again. */
export class RetakeEvent extends CustomEvent<{ side: FileSide }> {
  constructor(detail: { side: FileSide }) {
    super('vi-retake', { ...INTERNAL, detail });
  }
}

/** The person wants to change details given on an earlier step (Edit on the review step). */
export class EditEvent extends CustomEvent<{ step: 'id-number' }> {
  constructor(detail: { step: 'id-number' }) {
    super('vi-edit', { ...INTERNAL, detail });
  }
}

/** The person chose "Continue on your phone" on a capture step: the shell shows the handoff view instead. */
export class HandoffStartEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('vi-handoff-start', { ...INTERNAL, detail: {} });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vi-step-complete': StepCompleteEvent;
    'vi-retake': RetakeEvent;
    'vi-edit': EditEvent;
    'vi-handoff-start': HandoffStartEvent;
  }
}
