import type { VerifyErrorInit } from './core/errors.js';
import type { SessionStatus } from './core/session.js';
import type { ClientSession, LastError } from './core/types.js';
import type { InputStep } from './components/verify-identity/step-registry.js';

/** Every public event bubbles and is composed, so it crosses shadow roots and reaches the page. */
const PUBLIC: EventInit = { bubbles: true, composed: true };

/** The views of a status or a failure, which are not steps of the registry. */
export type ShellView = 'loading' | 'error' | 'processing' | 'verified' | 'requires-input' | 'canceled';

/**
 * The steps the element shows, as reported by `verification-step`: the input steps of the step
 * registry (`consent`, `document-type`, `capture-front`, `capture-back`, `capture-selfie`, `id-number`,
 * `review`) and the views of a status or a failure.
 */
export type VerificationStep = ShellView | InputStep;

/**
 * Why the element closed:
 * - `dismissed`: the person closed it (Escape, close button) before reaching an outcome;
 * - `completed`: the person closed it from an outcome (verified, checks failed, consent declined, canceled);
 * - `closed-by-api`: the page closed it (`close()`, `open = false`, removing the `open` attribute).
 */
export type CloseReason = 'dismissed' | 'completed' | 'closed-by-api';

/** Where a close request came from: the ✕ button, the Escape key, or a click on the backdrop. */
export type CloseRequestSource = 'close-button' | 'escape' | 'backdrop';

/**
 * The person asked to close the element (✕, Escape, backdrop), before anything else happens: before the
 * confirmation that photos or details would be lost, and before closing. Cancelable: `preventDefault()`
 * keeps the element open (e.g. to ask in your own words). Not fired for `close()`, nor for the Done and
 * Close buttons of an outcome or an error, where nothing is lost.
 */
export class VerificationRequestCloseEvent extends CustomEvent<{ source: CloseRequestSource }> {
  constructor(detail: { source: CloseRequestSource }) {
    super('verification-request-close', { ...PUBLIC, cancelable: true, detail });
  }
}

/** The session was loaded: it is the first thing the element learns about it. */
export class VerificationReadyEvent extends CustomEvent<{ session: ClientSession }> {
  constructor(detail: { session: ClientSession }) {
    super('verification-ready', { ...PUBLIC, detail });
  }
}

/** The element shows another step. */
export class VerificationStepEvent extends CustomEvent<{ step: VerificationStep }> {
  constructor(detail: { step: VerificationStep }) {
    super('verification-step', { ...PUBLIC, detail });
  }
}

/** The session moved to `processing`: the submission was accepted and checks are running. */
export class VerificationProcessingEvent extends CustomEvent<{ session: ClientSession }> {
  constructor(detail: { session: ClientSession }) {
    super('verification-processing', { ...PUBLIC, detail });
  }
}

/** The session moved to `verified`. */
export class VerificationVerifiedEvent extends CustomEvent<{ session: ClientSession }> {
  constructor(detail: { session: ClientSession }) {
    super('verification-verified', { ...PUBLIC, detail });
  }
}

/** The session needs input again, with the reason: checks failed, or consent was declined. */
export class VerificationRequiresInputEvent extends CustomEvent<{ session: ClientSession; lastError: LastError }> {
  constructor(detail: { session: ClientSession; lastError: LastError }) {
    super('verification-requires-input', { ...PUBLIC, detail });
  }
}

/** The session was canceled (or redacted) by the site's server. */
export class VerificationCanceledEvent extends CustomEvent<{ session: ClientSession }> {
  constructor(detail: { session: ClientSession }) {
    super('verification-canceled', { ...PUBLIC, detail });
  }
}

/** Any status change, with the status before it. Fires after the status-specific event. */
export class VerificationStatusChangeEvent extends CustomEvent<{
  status: SessionStatus;
  previousStatus: SessionStatus;
  session: ClientSession;
}> {
  constructor(detail: { status: SessionStatus; previousStatus: SessionStatus; session: ClientSession }) {
    super('verification-status-change', { ...PUBLIC, detail });
  }
}

/** The element closed; `status` is the session's status at that moment (`null` if it never loaded). */
export class VerificationCloseEvent extends CustomEvent<{ reason: CloseReason; status: SessionStatus | null }> {
  constructor(detail: { reason: CloseReason; status: SessionStatus | null }) {
    super('verification-close', { ...PUBLIC, detail });
  }
}

/** An SDK-level failure: bad or spent secret, network, unexpected response. `error.code` tells them apart. */
export class VerificationErrorEvent extends CustomEvent<{ error: VerifyErrorInit }> {
  constructor(detail: { error: VerifyErrorInit }) {
    super('verification-error', { ...PUBLIC, detail });
  }
}

/** The name of every event the element fires: for logging, analytics and framework wrappers. */
export const VERIFICATION_EVENTS = [
  'verification-ready',
  'verification-step',
  'verification-processing',
  'verification-verified',
  'verification-requires-input',
  'verification-canceled',
  'verification-status-change',
  'verification-request-close',
  'verification-close',
  'verification-error',
] as const;
export type VerificationEventName = (typeof VERIFICATION_EVENTS)[number];

declare global {
  interface HTMLElementEventMap {
    'verification-ready': VerificationReadyEvent;
    'verification-step': VerificationStepEvent;
    'verification-processing': VerificationProcessingEvent;
    'verification-verified': VerificationVerifiedEvent;
    'verification-requires-input': VerificationRequiresInputEvent;
    'verification-canceled': VerificationCanceledEvent;
    'verification-status-change': VerificationStatusChangeEvent;
    'verification-request-close': VerificationRequestCloseEvent;
    'verification-close': VerificationCloseEvent;
    'verification-error': VerificationErrorEvent;
  }
}
