import type { DocumentType, FileSide, IdNumberDetails } from '../core/types.js';

/**
 * Internal events from the step elements to the `<verify-identity>` shell. They bubble but are not
 * composed: they stay inside the shell's shadow root and never reach the page (the page gets the
 * public `verification-*` events instead).
 */
const INTERNAL: EventInit = { bubbles: true, composed: false };

/** Consent given (`accepted: true`) or declined. */
export class ConsentEvent extends CustomEvent<{ accepted: boolean }> {
  constructor(detail: { accepted: boolean }) {
    super('vi-consent', { ...INTERNAL, detail });
  }
}

/** The person chose the document they will photograph. */
export class DocumentTypeEvent extends CustomEvent<{ documentType: DocumentType }> {
  constructor(detail: { documentType: DocumentType }) {
    super('vi-document-type', { ...INTERNAL, detail });
  }
}

export type CaptureSource = 'camera' | 'upload';

/** One image is ready: taken with the camera or chosen from a file, already checked for type and size. */
export class CaptureEvent extends CustomEvent<{ side: FileSide; image: Blob; source: CaptureSource }> {
  constructor(detail: { side: FileSide; image: Blob; source: CaptureSource }) {
    super('vi-capture', { ...INTERNAL, detail });
  }
}

/** Valid personal details for an ID number check (trimmed). */
export class IdNumberEvent extends CustomEvent<{ details: IdNumberDetails }> {
  constructor(detail: { details: IdNumberDetails }) {
    super('vi-id-number', { ...INTERNAL, detail });
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

/** The person submits what they reviewed. Fired at most once until the shell clears `busy`. */
export class SubmitRequestEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('vi-submit', { ...INTERNAL, detail: {} });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vi-consent': ConsentEvent;
    'vi-document-type': DocumentTypeEvent;
    'vi-capture': CaptureEvent;
    'vi-id-number': IdNumberEvent;
    'vi-retake': RetakeEvent;
    'vi-edit': EditEvent;
    'vi-submit': SubmitRequestEvent;
  }
}
