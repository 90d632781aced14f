import { html, nothing, type TemplateResult } from 'lit';
import type { VerifyError } from '../../core/errors.js';
import type { SessionModel } from '../../core/session-model.js';
import type { ClientSession, FileSide } from '../../core/types.js';
import type { VerificationStep } from '../../events.js';
import type { Strings } from '../../locales/en.js';
import { allowedDocumentTypes, effectiveDocumentType, type FlowState } from './flow.js';

/** The steps' parts, re-exported so that `verify-identity::part(capture-button)` reaches into them. */
const STEP_PARTS =
  'heading, camera-preview, framing-guide, capture-hint, capture-button, drop-zone, photo, verdict, action-bar, message, thumbnail, progress, error, submit-button, help-button, help-panel';

/** Errors a second try may fix. */
const RETRIABLE: readonly VerifyError['type'][] = ['network', 'timeout', 'server', 'rate_limit', 'malformed_response'];

/** What a view needs from the element: data, and the actions its buttons start. */
export interface ViewContext {
  strings: Strings;
  model: SessionModel;
  /** The loaded session (`null` only for `loading` and `error`). */
  session: ClientSession | null;
  flow: FlowState;
  /** The error the `error` view shows. */
  error: VerifyError | null;
  /** The captures shown on the review step: the same array for the same flow. */
  reviewCaptures(): { side: FileSide; image: Blob }[];
  /** The integrator lets the selfie be chosen from a file (`allow-selfie-upload`). */
  allowSelfieUpload: boolean;
  requestClose(): void;
  reload(): void;
  tryAgain(): void;
}

/** A message for the person; the exact code stays in `verification-error` for the site. */
function errorMessage(strings: Strings, error: VerifyError): string {
  const { codes, generic } = strings.errors;
  // Codes come from the service: looked up as own keys only (`constructor` is not a message).
  const own = (key: string): string | undefined => (Object.hasOwn(codes, key) ? codes[key as keyof typeof codes] : undefined);
  return own(error.code) ?? own(error.type) ?? generic;
}

/** A translated message for the code; the service's English reason only for a code this SDK does not know yet. */
function lastErrorMessage(strings: Strings, session: ClientSession): string | undefined {
  const lastError = session.last_error;
  if (!lastError) return undefined;
  const { lastErrors } = strings;
  return Object.hasOwn(lastErrors, lastError.code) ? lastErrors[lastError.code as keyof typeof lastErrors] : lastError.reason;
}

const alert = (message: string): TemplateResult => html`<p class="error" role="alert">${message}</p>`;

const heading = (text: string): TemplateResult => html`<h2 id="step-heading" tabindex="-1">${text}</h2>`;

function outcome(context: ViewContext, title: string, body: string | undefined, tone: string): TemplateResult {
  return html`<div class="view outcome outcome--${tone}">
    ${heading(title)}
    <p>${body}</p>
    <div class="actions">
      <button type="button" class="button button--primary" @click=${context.requestClose}>${context.strings.outcome.done}</button>
    </div>
  </div>`;
}

function capture(context: ViewContext, side: FileSide): TemplateResult {
  const session = context.session!;
  const { require_live_capture } = session.options.document;
  return html`<verify-identity-capture-step
    data-step
    exportparts=${STEP_PARTS}
    side=${side}
    .strings=${context.strings}
    .documentType=${effectiveDocumentType(session, context.flow) ?? undefined}
    .allowUpload=${!require_live_capture && (side !== 'selfie' || context.allowSelfieUpload)}
    .preferCamera=${require_live_capture || side === 'selfie' || prefersCamera()}
  ></verify-identity-capture-step>`;
}

/** Phones and tablets open the camera first; elsewhere uploading a photo is the quicker start. */
function prefersCamera(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}

/**
 * The view of every step, by id: the input steps of `STEPS` (flow.ts) and the views of a status or a
 * failure. A `Record` over `VerificationStep`, so a step without a view does not compile. Each view
 * shows only the failure of its own phase.
 */
export const VIEWS: Record<VerificationStep, (context: ViewContext) => TemplateResult> = {
  loading: ({ strings }) => html`<div class="view" aria-busy="true">
    ${heading(strings.loading.heading)}
    <div class="spinner" aria-hidden="true"></div>
  </div>`,

  error: (context) => {
    const t = context.strings.errors;
    const { error } = context;
    return html`<div class="view">
      ${heading(t.heading)}
      <p class="error" role="alert" data-code=${error?.code ?? ''}>${error ? errorMessage(context.strings, error) : t.generic}</p>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${t.close}</button>
        ${error && RETRIABLE.includes(error.type)
          ? html`<button type="button" class="button button--primary" @click=${context.reload}>${t.retry}</button>`
          : nothing}
      </div>
    </div>`;
  },

  consent: ({ strings, session }) =>
    html`<verify-identity-consent-step data-step exportparts=${STEP_PARTS} .strings=${strings} .session=${session}></verify-identity-consent-step>`,

  'document-type': ({ strings, session, flow }) => html`<verify-identity-document-type-step
    data-step
    exportparts=${STEP_PARTS}
    .strings=${strings}
    .allowedTypes=${[...allowedDocumentTypes(session!)]}
    .value=${flow.documentType ?? undefined}
  ></verify-identity-document-type-step>`,

  'capture-front': (context) => capture(context, 'front'),
  'capture-back': (context) => capture(context, 'back'),
  'capture-selfie': (context) => capture(context, 'selfie'),

  'id-number': ({ strings, flow }) => html`<verify-identity-id-number-step
    data-step
    exportparts=${STEP_PARTS}
    .strings=${strings}
    .value=${flow.idNumber ?? undefined}
  ></verify-identity-id-number-step>`,

  review: (context) => {
    const { failure, submitting, progress } = context.model;
    return html`<verify-identity-review-step
      data-step
      exportparts=${STEP_PARTS}
      .strings=${context.strings}
      .captures=${context.reviewCaptures()}
      .idNumber=${context.flow.idNumber ?? undefined}
      .busy=${submitting}
      .progress=${progress}
      .error=${failure?.phase === 'submit' ? errorMessage(context.strings, failure.error) : undefined}
    ></verify-identity-review-step>`;
  },

  processing: (context) => {
    const { strings, model } = context;
    return html`<div class="view">
      <div class="spinner" aria-hidden="true"></div>
      ${heading(strings.processing.heading)}
      <p class="muted">${strings.processing.body}</p>
      ${model.failure?.phase === 'watch' ? alert(errorMessage(strings, model.failure.error)) : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${strings.dialog.close}</button>
      </div>
    </div>`;
  },

  verified: (context) => outcome(context, context.strings.outcome.verifiedHeading, context.strings.outcome.verifiedBody, 'success'),
  canceled: (context) => outcome(context, context.strings.outcome.canceledHeading, context.strings.outcome.canceledBody, 'neutral'),

  'requires-input': (context) => {
    const { strings, model } = context;
    const t = strings.outcome;
    const session = context.session!;
    const declined = session.last_error?.code === 'consent_declined';
    return html`<div class="view outcome outcome--failed">
      ${heading(declined ? t.declinedHeading : t.failedHeading)}
      <p>${declined ? t.declinedBody : lastErrorMessage(strings, session)}</p>
      ${model.failure?.phase === 'retry' ? alert(errorMessage(strings, model.failure.error)) : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${t.done}</button>
        <button type="button" class="button button--primary" ?disabled=${model.activity !== 'idle'} @click=${context.tryAgain}>
          ${t.tryAgain}
        </button>
      </div>
    </div>`;
  },
};
