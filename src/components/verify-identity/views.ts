import { html, nothing, type TemplateResult } from 'lit';
import type { VerifyError } from '../../core/errors.js';
import type { ClientSession } from '../../core/types.js';
import type { ShellView, VerificationStep } from '../../events.js';
import type { Strings } from '../../locales/en.js';
import { previousStep, retryScope, stepProgress, type FlowAction, type FlowState } from './flow.js';
import { isStepComplete, stepDefinition } from './step-registry.js';
import { errorText, failureMessage, heading, placeOf, type ViewContext } from './view-context.js';

/** Errors a second try may fix. */
const RETRIABLE: readonly VerifyError['type'][] = ['network', 'timeout', 'server', 'rate_limit', 'malformed_response'];

/** A translated message for the code; the service's English reason only for a code this SDK does not know yet. */
function lastErrorMessage(strings: Strings, session: ClientSession): string | undefined {
  const lastError = session.last_error;
  if (!lastError) return undefined;
  const { lastErrors } = strings;
  return Object.hasOwn(lastErrors, lastError.code) ? lastErrors[lastError.code as keyof typeof lastErrors] : lastError.reason;
}

const alert = (message: string): TemplateResult => html`<p class="error" role="alert">${message}</p>`;

type Tone = 'success' | 'failed' | 'declined' | 'neutral' | 'error';

/** The glyph inside each outcome's circle: a tick, an exclamation mark, a cross, a bar, an "i" (an error is news, not blame). */
const GLYPHS: Record<Tone, string> = {
  success: 'M20 33l8 8 16-17',
  failed: 'M32 19v16M32 44v1',
  declined: 'M23 23l18 18M41 23L23 41',
  neutral: 'M21 32h22',
  error: 'M32 20v1M32 29v15',
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

function outcome(context: ViewContext, title: string, body: string | undefined, next: string | undefined, tone: Tone): TemplateResult {
  return html`<div class="view outcome outcome--${tone}">
    ${illustration(tone)}
    ${heading(title)}
    <p>${body}</p>
    ${next ? html`<p class="muted next">${next}</p>` : nothing}
    ${backToComputer(context)}
    <div class="actions">
      <button type="button" class="button button--primary" @click=${context.requestClose}>${context.strings.outcome.done}</button>
    </div>
  </div>`;
}

/**
 * The views of a status or a failure, by id (an input step's view is its registry entry's). A `Record`
 * over `ShellView`, so a view missing does not compile. Each view shows only the failure of its own phase.
 */
export const SHELL_VIEWS: Record<ShellView, (context: ViewContext) => TemplateResult> = {
  loading: ({ strings }) => html`<div class="view" aria-busy="true">
    ${heading(strings.loading.heading)}
    <div class="spinner" aria-hidden="true"></div>
  </div>`,

  error: (context) => {
    const t = context.strings.errors;
    const { error } = context;
    const text = errorText(context, error);
    // The message in the body's weight: a cause and a way on, not an alarm.
    return html`<div class="view outcome outcome--error">
      ${illustration('error')}
      ${heading(text.heading)}
      <p class="message" role="alert" data-code=${error?.code ?? ''}>${text.body}</p>
      ${text.next ? html`<p class="muted next">${text.next}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${t.close}</button>
        ${error && RETRIABLE.includes(error.type)
          ? html`<button type="button" class="button button--primary" @click=${context.reload}>${t.retry}</button>`
          : nothing}
      </div>
    </div>`;
  },

  processing: (context) => {
    const { strings, model } = context;
    return html`<div class="view">
      <div class="spinner" aria-hidden="true"></div>
      ${heading(strings.processing.heading)}
      <p class="muted">${context.inline || context.onPhone ? strings.handoffOutcomes.processingBodyInline : strings.processing.body}</p>
      ${backToComputer(context)}
      ${model.failure?.phase === 'watch' ? alert(failureMessage(context, model.failure.error)) : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${context.requestClose}>${strings.dialog.close}</button>
      </div>
    </div>`;
  },

  verified: (context) => {
    const t = context.strings.outcome;
    const next = { modal: t.verifiedNext, inline: context.strings.handoffOutcomes.verifiedNextInline, phone: undefined }[placeOf(context)];
    return outcome(context, t.verifiedHeading, t.verifiedBody, next, 'success');
  },
  canceled: (context) => {
    const t = context.strings.outcome;
    const next = placeOf(context) === 'modal' ? t.canceledNext : context.strings.handoffOutcomes.canceledNextInline;
    return outcome(context, t.canceledHeading, t.canceledBody, next, 'neutral');
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
      ${model.failure?.phase === 'retry' ? alert(failureMessage(context, model.failure.error)) : nothing}
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

/**
 * "Step 2 of 4" above an input step (it counts stages: `stepProgress`), a bar of one segment a stage, Back where
 * going back makes sense (never while uploading: `idle` false), and Keep on a step gone back to that may be kept
 * as it was (a photo).
 * Not a `<progress>`: its native parts cost a cold page about as much layout as the step itself.
 */
export function progressBar(
  session: ClientSession,
  flow: FlowState,
  step: VerificationStep,
  t: Strings['progress'],
  idle: boolean,
  act: (action: FlowAction) => void,
): TemplateResult | typeof nothing {
  const progress = stepProgress(session, flow, step);
  if (!progress) return nothing;
  const { current, total } = progress;
  const back = idle ? previousStep(session, flow, step) : null;
  const definition = stepDefinition(step)!;
  const keep = definition.resumable && flow.revisiting === step && isStepComplete(definition, session, flow);
  const label = t.label(current, total);
  return html`<div part="progress-bar" class="progress">
    ${back
      ? html`<button type="button" part="back-button" class="back" @click=${() => act({ type: 'back', to: back })}>
          <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
            <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          ${t.back}
        </button>`
      : nothing}
    <span class="progress-label" id="progress-label">${label}</span>
    <div
      class="progress-track"
      role="progressbar"
      aria-labelledby="progress-label"
      aria-valuemin="0"
      aria-valuemax=${total}
      aria-valuenow=${current}
      aria-valuetext=${label}
    >
      ${Array.from({ length: total }, (_, index) => html`<span class=${index < current ? 'done' : ''}></span>`)}
    </div>
    ${keep
      ? html`<button type="button" part="keep-button" class="button button--secondary keep" @click=${() => act({ type: 'resume' })}>${t.keepPhoto}</button>`
      : nothing}
  </div>`;
}

/** The bar with the title, the test-mode badge and the close button. */
export function header(strings: Strings, session: ClientSession | null, requestClose: () => void): TemplateResult {
  return html`<div part="header" class="header">
    <span id="title" part="title">${strings.dialog.title}</span>
    ${session && !session.livemode
      ? html`<span part="badge" class="badge" title=${strings.dialog.testModeHint}>${strings.dialog.testMode}</span>`
      : nothing}
    <button type="button" part="close-button" class="close" aria-label=${strings.dialog.close} @click=${requestClose}>
      <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
        <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
    </button>
  </div>`;
}
