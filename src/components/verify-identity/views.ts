import { html, nothing, type TemplateResult } from 'lit';
import type { VerifyError } from '../../core/errors.js';
import type { SessionModel } from '../../core/session-model.js';
import type { ClientSession, FileSide } from '../../core/types.js';
import type { VerificationStep } from '../../events.js';
import type { Strings } from '../../locales/en.js';
import { afterPaint } from '../after-paint.js';
import { allowedDocumentTypes, effectiveDocumentType, estimateMinutes, retryScope, type FlowState } from './flow.js';

/** The steps' parts, re-exported so that `verify-identity::part(capture-button)` reaches into them. */
const STEP_PARTS =
  'heading, logo, privacy-policy-link, camera-preview, framing-guide, capture-hint, capture-button, drop-zone, photo, verdict, tips, action-bar, use-photo-button, retake-button, source-switch, message, thumbnail, progress, error, submit-button, edit-button, help-button, help-panel';

/** Errors a second try may fix. */
const RETRIABLE: readonly VerifyError['type'][] = ['network', 'timeout', 'server', 'rate_limit', 'malformed_response'];

/** What a view needs from the element: data, and the actions its buttons start. */
/** What the integrator shows on the consent (attributes of the element; empty strings when not set). */
export interface Branding {
  businessName: string;
  logoUrl: string;
  privacyPolicyUrl: string;
  consentText: string;
}

export interface ViewContext {
  strings: Strings;
  /** The BCP 47 tag of the strings, for dates and numbers. */
  lang: string;
  branding: Branding;
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
  /** "Continue on your phone", offered on capture steps when the element has a `handoff-url`. */
  handoff: HandoffContext | null;
  /** This device opened the session from a handoff link: at the end, the person goes back to the other one. */
  onPhone: boolean;
}

export interface HandoffContext {
  /** The handoff view shows instead of the capture step. */
  showing: boolean;
  /** Its element is loaded. */
  ready: boolean;
  clientSecret: string;
  apiBase: string;
  url: string;
  start(): void;
  stop(): void;
}

/** A message for the person; the exact code stays in `verification-error` for the site. */
function errorMessage(strings: Strings, error: VerifyError): string {
  const { codes, generic } = strings.errors;
  const handoffCodes = strings.handoff.codes;
  // Codes come from the service: looked up as own keys only (`constructor` is not a message).
  const own = (key: string): string | undefined => (Object.hasOwn(codes, key) ? codes[key as keyof typeof codes] : undefined);
  const handoff = Object.hasOwn(handoffCodes, error.code) ? handoffCodes[error.code as keyof typeof handoffCodes] : undefined;
  return own(error.code) ?? handoff ?? own(error.type) ?? generic;
}

/** A translated message for the code; the service's English reason only for a code this SDK does not know yet. */
function lastErrorMessage(strings: Strings, session: ClientSession): string | undefined {
  const lastError = session.last_error;
  if (!lastError) return undefined;
  const { lastErrors } = strings;
  return Object.hasOwn(lastErrors, lastError.code) ? lastErrors[lastError.code as keyof typeof lastErrors] : lastError.reason;
}

/** "3 minutes" formats, by language. */
const minuteFormats = new Map<string, Intl.NumberFormat>();

function minuteFormat(lang: string): Intl.NumberFormat {
  let format = minuteFormats.get(lang);
  if (!format) minuteFormats.set(lang, (format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' })));
  return format;
}

/**
 * "3 minutes" in the person's language, plural rules included; `undefined` until `prepareMinutes()` has
 * run once in the page. The page's first Intl format costs more than the rest of the consent takes to show
 * (ICU loads its data: 5 to 50 ms here), so the consent shows first and its time estimate follows.
 */
export function formatMinutes(lang: string, minutes: number): string | undefined {
  return minuteFormats.size ? minuteFormat(lang).format(minutes) : undefined;
}

/** Makes the page's first minute format once the next frame is painted. */
export const prepareMinutes = (lang: string): Promise<void> => afterPaint().then(() => void minuteFormat(lang));

const alert = (message: string): TemplateResult => html`<p class="error" role="alert">${message}</p>`;

const heading = (text: string): TemplateResult => html`<h2 id="step-heading" tabindex="-1">${text}</h2>`;

type Tone = 'success' | 'failed' | 'declined' | 'neutral' | 'error';

/** The glyph inside each outcome's circle: a tick, an exclamation mark, a cross, a bar, a question mark. */
const GLYPHS: Record<Tone, string> = {
  success: 'M20 33l8 8 16-17',
  failed: 'M32 19v16M32 44v1',
  declined: 'M23 23l18 18M41 23L23 41',
  neutral: 'M21 32h22',
  error: 'M25 26a7 7 0 1 1 10 6c-2 1-3 2-3 5M32 45v1',
};

/**
 * A small picture of the outcome, drawn in the tone's `--verify-*` colour (currentColor), hidden from
 * screen readers: the heading says the same. Inline, as the five of them cost less than a chunk's request.
 */
const illustration = (tone: Tone): TemplateResult => html`<svg class="illustration illustration--${tone}" part="illustration" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
  <circle cx="32" cy="32" r="28" fill="currentColor" fill-opacity="0.12" stroke="currentColor" stroke-width="3" />
  <path d=${GLYPHS[tone]} fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** On the phone of a handoff, the person is told where to go on. */
const backToComputer = (context: ViewContext): TemplateResult | typeof nothing =>
  context.onPhone ? html`<p class="handoff-return">${context.strings.handoff.returnToComputer}</p>` : nothing;

function outcome(context: ViewContext, title: string, body: string | undefined, next: string, tone: Tone): TemplateResult {
  return html`<div class="view outcome outcome--${tone}">
    ${illustration(tone)}
    ${heading(title)}
    <p>${body}</p>
    <p class="muted next">${next}</p>
    ${backToComputer(context)}
    <div class="actions">
      <button type="button" class="button button--primary" @click=${context.requestClose}>${context.strings.outcome.done}</button>
    </div>
  </div>`;
}

/** The capture step, or instead the handoff view; with the "Continue on your phone" offer below the step. */
function capture(context: ViewContext, side: FileSide): TemplateResult {
  const { handoff, strings } = context;
  if (handoff?.showing) {
    return handoff.ready
      ? html`<verify-identity-handoff
          data-step
          .strings=${strings}
          .clientSecret=${handoff.clientSecret}
          .apiBase=${handoff.apiBase}
          .handoffUrl=${handoff.url}
          @vi-handoff-cancel=${handoff.stop}
        ></verify-identity-handoff>`
      : VIEWS.loading(context);
  }
  return html`${captureStep(context, side)}
    ${handoff
      ? html`<div class="handoff-offer">
          <button type="button" part="handoff-button" class="button button--link" @click=${handoff.start}>${strings.handoff.offer}</button>
        </div>`
      : nothing}`;
}

function captureStep(context: ViewContext, side: FileSide): TemplateResult {
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
    return html`<div class="view outcome outcome--error">
      ${illustration('error')}
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

  consent: ({ strings, session, lang, branding, flow }) => {
    const minutes = formatMinutes(lang, estimateMinutes(session!, flow));
    return html`<verify-identity-consent-step
      data-step
      exportparts=${STEP_PARTS}
      .strings=${strings}
      .session=${session}
      .branding=${branding}
      .duration=${minutes === undefined ? '' : strings.consent.duration(minutes)}
    ></verify-identity-consent-step>`;
  },

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
    const captures = context.reviewCaptures();
    // A refused photo that was since retaken is no longer the matter.
    const refused = failure?.phase === 'submit' ? failure.refused : undefined;
    const refusedSide = refused && captures.find(({ image }) => image === refused)?.side;
    return html`<verify-identity-review-step
      data-step
      exportparts=${STEP_PARTS}
      .strings=${context.strings}
      .captures=${captures}
      .idNumber=${context.flow.idNumber ?? undefined}
      .locale=${context.lang}
      .busy=${submitting}
      .progress=${progress}
      .error=${failure?.phase === 'submit' && (!refused || refusedSide) ? errorMessage(context.strings, failure.error) : undefined}
      .refusedSide=${refusedSide}
    ></verify-identity-review-step>`;
  },

  processing: (context) => {
    const { strings, model } = context;
    return html`<div class="view">
      <div class="spinner" aria-hidden="true"></div>
      ${heading(strings.processing.heading)}
      <p class="muted">${strings.processing.body}</p>
      ${backToComputer(context)}
      ${model.failure?.phase === 'watch' ? alert(errorMessage(strings, model.failure.error)) : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${strings.dialog.close}</button>
      </div>
    </div>`;
  },

  verified: (context) => {
    const t = context.strings.outcome;
    return outcome(context, t.verifiedHeading, t.verifiedBody, t.verifiedNext, 'success');
  },
  canceled: (context) => {
    const t = context.strings.outcome;
    return outcome(context, t.canceledHeading, t.canceledBody, t.canceledNext, 'neutral');
  },

  'requires-input': (context) => {
    const { strings, model } = context;
    const t = strings.outcome;
    const session = context.session!;
    const declined = session.last_error?.code === 'consent_declined';
    const tone = declined ? 'declined' : 'failed';
    return html`<div class="view outcome outcome--${tone}">
      ${illustration(tone)}
      ${heading(declined ? t.declinedHeading : t.failedHeading)}
      <p>${declined ? t.declinedBody : lastErrorMessage(strings, session)}</p>
      ${declined ? nothing : html`<p class="muted next">${t.redo[retryScope(session.last_error?.code)]}</p>`}
      ${context.onPhone ? html`<p class="handoff-return">${strings.handoff.retryOnComputer}</p>` : nothing}
      ${model.failure?.phase === 'retry' ? alert(errorMessage(strings, model.failure.error)) : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${t.done}</button>
        ${context.onPhone
          ? // The phone's secret is spent with the attempt, and only the computer's site can get a fresh one.
            nothing
          : html`<button type="button" class="button button--primary" ?disabled=${model.activity !== 'idle'} @click=${context.tryAgain}>
              ${t.tryAgain}
            </button>`}
      </div>
    </div>`;
  },
};
