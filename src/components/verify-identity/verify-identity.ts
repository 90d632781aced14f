import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { VerifyError } from '../../core/errors.js';
import type { SessionStatus } from '../../core/session.js';
import type { ClientSession, FileSide } from '../../core/types.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import { VerificationCloseEvent, VerificationStepEvent, type CloseReason, type VerificationStep } from '../../events.js';
import type { Locale } from '../../locales/index.js';
import type { CaptureEvent, ConsentEvent, DocumentTypeEvent, IdNumberEvent, RetakeEvent } from '../step-events.js';
import {
  INITIAL_FLOW,
  allowedDocumentTypes,
  effectiveDocumentType,
  isOutcomeStep,
  planSubmission,
  reduceFlow,
  requiredSides,
  resolveStep,
  type FlowAction,
  type FlowState,
} from './flow.js';
import { resultOf, type VerificationResult } from './result.js';
import { verifyIdentityStyles } from './verify-identity.styles.js';

/** The steps' parts, re-exported so that `verify-identity::part(capture-button)` reaches into them. */
const STEP_PARTS =
  'heading, camera-preview, framing-guide, capture-button, drop-zone, message, thumbnail, progress, error, submit-button, help-button, help-panel';

/** Errors a second try may fix. */
const RETRIABLE: readonly VerifyError['type'][] = ['network', 'timeout', 'server', 'rate_limit', 'malformed_response'];

/**
 * @summary Guides a person through an identity verification, in a modal `<dialog>` or inline.
 *
 * @fires verification-ready - The session loaded: `{ session }`.
 * @fires verification-step - Another step shows: `{ step }`.
 * @fires verification-processing - The submission was accepted, checks run: `{ session }`.
 * @fires verification-verified - Checks passed: `{ session }`.
 * @fires verification-requires-input - Checks failed or consent was declined: `{ session, lastError }`.
 * @fires verification-canceled - The session was canceled or redacted by the site's server: `{ session }`.
 * @fires verification-status-change - After each of the four above: `{ status, previousStatus, session }`.
 * @fires verification-close - The element closed: `{ reason, status }`.
 * @fires verification-error - An SDK-level failure: `{ error }` (a plain VerifyError: `type`, `code`, `message`…).
 *
 * @csspart dialog - The `<dialog>` (or, with `inline`, the section that replaces it).
 * @csspart header - The bar with the title, the test-mode badge and the close button.
 * @csspart title - The title.
 * @csspart close-button - The close button.
 * @csspart badge - The "Test mode" badge, shown for sessions that are not live.
 * @csspart body - Where the current step shows.
 * @csspart status - The polite live region that announces each step (visually hidden).
 * @csspart heading - Each step's heading.
 * @csspart camera-preview - The live camera `<video>`.
 * @csspart framing-guide - The outline that frames the document or face over the preview.
 * @csspart capture-button - Takes the photo.
 * @csspart drop-zone - Where an image file can be chosen or dropped.
 * @csspart message - Capture messages (camera refused, file refused).
 * @csspart thumbnail - Each captured image on the review step.
 * @csspart progress - The upload progress bar.
 * @csspart error - The review step's error message.
 * @csspart submit-button - Submits the verification.
 * @csspart help-button - Opens a help popover ("Tips for a good photo", "Why is this needed?").
 * @csspart help-panel - The help popover.
 *
 * @cssproperty --verify-accent-color - Primary buttons, focus rings, links.
 * @cssproperty --verify-accent-text-color - Text on the accent color.
 * @cssproperty --verify-text-color - Body text.
 * @cssproperty --verify-muted-text-color - Secondary text.
 * @cssproperty --verify-background - The dialog's background.
 * @cssproperty --verify-surface-color - Cards and secondary buttons.
 * @cssproperty --verify-border-color - Borders and dividers.
 * @cssproperty --verify-error-color - Error messages.
 * @cssproperty --verify-success-color - The verified outcome.
 * @cssproperty --verify-radius - Corner radius.
 * @cssproperty --verify-font-family - Font family.
 */
export class VerifyIdentityElement extends LitElement {
  static override styles = verifyIdentityStyles;

  /** The VerificationSession's `client_secret`, from the site's server. */
  @property({ attribute: 'client-secret' }) clientSecret = '';
  /** Base URL of the verification API. */
  @property({ attribute: 'api-base' }) apiBase = '/v1';
  /** Whether the element is open. Opening loads the session; closing stops all network activity. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Render in place instead of as a modal dialog. */
  @property({ type: Boolean, reflect: true }) inline = false;
  /** Language of the interface (BCP 47): `en`, or `fr` and `ar` loaded on first use; unknown ones fall back to English with a console warning. */
  @property() locale = 'en';
  /** Gets a fresh client secret from the site's server for 'Try again' after a failed attempt. */
  @property({ attribute: false }) fetchClientSecret: (() => Promise<string>) | undefined;
  /** ms between status polls when the status stream is unavailable. @default 2000 */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval: number | undefined;

  @state() private flow: FlowState = INITIAL_FLOW;
  /** Text of the polite live region. */
  @state() private announcement = '';

  readonly #session = new SessionController(this, {
    apiBase: () => this.apiBase,
    pollInterval: () => this.pollInterval,
  });
  /** Languages load on demand; until then this renders with the strings it has. */
  readonly #locales = new LocaleController(this, () => this.locale);
  /** The step last reported with `verification-step`, for this opening. */
  #shownStep: VerificationStep | null = null;
  #closeReason: CloseReason | null = null;
  #opener: HTMLElement | null = null;
  #pending: { promise: Promise<VerificationResult>; resolve: (result: VerificationResult) => void } | null = null;
  #reviewCache: { flow: FlowState; captures: { side: FileSide; image: Blob }[] } | null = null;
  /** The `verification-close` to fire once the dialog has closed. */
  #closing: VerificationCloseEvent | null = null;

  /** The session's status, `null` until it has loaded. */
  get status(): SessionStatus | null {
    return this.#session.model.session?.status ?? null;
  }

  /** Opens the element; resolves when it closes, with the outcome. Never rejects. */
  show(): Promise<VerificationResult> {
    if (!this.#pending) {
      let resolve!: (result: VerificationResult) => void;
      const promise = new Promise<VerificationResult>((settle) => (resolve = settle));
      this.#pending = { promise, resolve };
    }
    this.open = true;
    return this.#pending.promise;
  }

  /** Closes the element (`verification-close` with reason `closed-by-api`). */
  close(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or remounted while open: the controller stopped everything on disconnection; resume.
    if (this.hasUpdated && this.open) {
      this.#shownStep = null;
      void this.#session.load(this.clientSecret);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed for good (not just moved or remounted within the task): close, so `show()` settles.
    if (this.open) {
      setTimeout(() => {
        if (!this.isConnected) this.open = false;
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) this.#startOpening();
      // `show()` then `close()` in one task: Lit saw `open` go from false to false, but show() waits.
      else if (changed.get('open') === true || this.#pending) this.#startClosing();
    } else if (changed.has('clientSecret') && this.open) {
      this.flow = INITIAL_FLOW;
      this.#reviewCache = null;
      void this.#session.open(this.clientSecret);
    }
  }

  protected override updated(): void {
    this.#syncDialog();
    if (this.#closing) {
      const event = this.#closing;
      this.#closing = null;
      this.dispatchEvent(event);
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
      return;
    }
    const step = this.#step();
    if (this.open && step !== this.#shownStep) {
      this.#shownStep = step;
      this.dispatchEvent(new VerificationStepEvent({ step }));
      void this.#focusStep();
    }
  }

  #startOpening(): void {
    this.#opener = deepActiveElement();
    this.#shownStep = null;
    this.#closeReason = null;
    this.announcement = '';
    this.flow = INITIAL_FLOW;
    void this.#session.open(this.clientSecret);
  }

  #startClosing(): void {
    const reason = this.#closeReason ?? 'closed-by-api';
    this.#closeReason = null;
    this.#closing = new VerificationCloseEvent({ reason, status: this.status });
    const model = this.#session.model;
    this.#session.close();
    // Captured images live only as long as the opening.
    this.flow = INITIAL_FLOW;
    this.#reviewCache = null;
    this.#shownStep = null;
    const pending = this.#pending;
    this.#pending = null;
    if (pending) {
      // A dismissed submit still completes: the result says what it led to.
      void model.settled().then(() => pending.resolve(resultOf(model, reason)));
    }
  }

  /** Shows or hides the native dialog to match `open`. */
  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !this.isConnected) return;
    if (!this.open) {
      if (dialog.open) dialog.close();
      return;
    }
    // After a remount the dialog keeps its `open` attribute but is no longer modal.
    if (dialog.open && !dialog.matches(':modal')) dialog.close();
    if (!dialog.open) dialog.showModal();
  }

  #requestClose(): void {
    this.#closeReason = isOutcomeStep(this.#step()) ? 'completed' : 'dismissed';
    this.open = false;
  }

  /** Escape (or the browser) closed the dialog: a dismiss request like the close button. */
  #onDialogClose(event: Event): void {
    // Also fires, late, for the close-and-reopen of a remount: the dialog is open again by then.
    if (this.open && !(event.target as HTMLDialogElement).open) this.#requestClose();
  }

  get #locale(): Locale {
    return this.#locales.locale;
  }

  #blockingError(): boolean {
    const phase = this.#session.model.failure?.phase;
    return phase === 'load' || phase === 'decline';
  }

  #step(): VerificationStep {
    return resolveStep({ session: this.#session.model.session, blockingError: this.#blockingError(), flow: this.flow });
  }

  #dispatchFlow(action: FlowAction): void {
    this.flow = reduceFlow(this.flow, action);
  }

  /** Moves focus to the new step's heading and announces it. */
  async #focusStep(): Promise<void> {
    // After this update: setting the announcement inside `updated()` would cost another update.
    await this.updateComplete;
    const step = this.renderRoot.querySelector<HTMLElement>('[data-step]');
    if (step instanceof LitElement) await step.updateComplete;
    const heading =
      step?.shadowRoot?.querySelector<HTMLElement>('#step-heading') ??
      this.renderRoot.querySelector<HTMLElement>('#step-heading');
    if (!heading || !this.open) return;
    heading.focus();
    this.announcement = heading.textContent?.trim() ?? '';
  }

  async #onSubmit(): Promise<void> {
    const model = this.#session.model;
    const submission = model.session && planSubmission(model.session, this.flow);
    if (!submission) return;
    await model.submit(submission);
    if (!model.closed && model.session?.status === 'processing') this.#dispatchFlow({ type: 'submitted' });
  }

  async #onTryAgain(): Promise<void> {
    if (await this.#session.startNewAttempt(this.fetchClientSecret)) this.#dispatchFlow({ type: 'retry' });
  }

  override render() {
    const { dir, tag } = this.#locale;
    const content = this.open ? this.#renderContent() : nothing;
    if (this.inline) {
      return html`<section part="dialog" class="panel inline" aria-labelledby="title" dir=${dir} lang=${tag}>
        ${content}
      </section>`;
    }
    return html`<dialog part="dialog" class="panel" aria-labelledby="title" dir=${dir} lang=${tag} @close=${this.#onDialogClose}>
      ${content}
    </dialog>`;
  }

  #renderContent(): TemplateResult {
    const { strings } = this.#locale;
    const session = this.#session.model.session;
    const step = this.#step();
    return html`
      <div part="header" class="header">
        <span id="title" part="title">${strings.dialog.title}</span>
        ${session && !session.livemode
          ? html`<span part="badge" class="badge" title=${strings.dialog.testModeHint}>${strings.dialog.testMode}</span>`
          : nothing}
        <button type="button" part="close-button" class="close" aria-label=${strings.dialog.close} @click=${this.#requestClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <div
        part="body"
        class="body"
        @vi-consent=${(event: ConsentEvent) =>
          event.detail.accepted ? this.#dispatchFlow({ type: 'consent' }) : void this.#session.decline()}
        @vi-document-type=${(event: DocumentTypeEvent) =>
          this.#dispatchFlow({ type: 'document-type', documentType: event.detail.documentType })}
        @vi-capture=${(event: CaptureEvent) =>
          this.#dispatchFlow({
            type: 'capture',
            side: event.detail.side,
            capture: { image: event.detail.image, source: event.detail.source },
          })}
        @vi-retake=${(event: RetakeEvent) => this.#dispatchFlow({ type: 'retake', side: event.detail.side })}
        @vi-id-number=${(event: IdNumberEvent) => this.#dispatchFlow({ type: 'id-number', details: event.detail.details })}
        @vi-submit=${() => void this.#onSubmit()}
      >
        ${keyed(step, this.#renderStep(step, session))}
      </div>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  #renderStep(step: VerificationStep, session: ClientSession | null): TemplateResult {
    const { strings } = this.#locale;
    if (step === 'error') return this.#renderError();
    if (step === 'loading' || !session) return this.#renderLoading();
    switch (step) {
      case 'consent':
        return html`<verify-identity-consent-step data-step exportparts=${STEP_PARTS} .strings=${strings} .session=${session}></verify-identity-consent-step>`;
      case 'document-type':
        return html`<verify-identity-document-type-step
          data-step
          exportparts=${STEP_PARTS}
          .strings=${strings}
          .allowedTypes=${[...allowedDocumentTypes(session)]}
          .value=${this.flow.documentType ?? undefined}
        ></verify-identity-document-type-step>`;
      case 'capture-front':
      case 'capture-back':
      case 'capture-selfie':
        return this.#renderCapture(session, sideOf(step));
      case 'id-number':
        return html`<verify-identity-id-number-step
          data-step
          exportparts=${STEP_PARTS}
          .strings=${strings}
          .value=${this.flow.idNumber ?? undefined}
        ></verify-identity-id-number-step>`;
      case 'review':
        return this.#renderReview(session);
      case 'processing':
        return this.#renderProcessing();
      case 'verified':
        return this.#renderOutcome(strings.outcome.verifiedHeading, strings.outcome.verifiedBody, 'success');
      case 'canceled':
        return this.#renderOutcome(strings.outcome.canceledHeading, strings.outcome.canceledBody, 'neutral');
      case 'requires-input':
        return this.#renderRequiresInput(session);
    }
  }

  #renderCapture(session: ClientSession, side: FileSide): TemplateResult {
    const { require_live_capture } = session.options.document;
    return html`<verify-identity-capture-step
      data-step
      exportparts=${STEP_PARTS}
      side=${side}
      .strings=${this.#locale.strings}
      .documentType=${effectiveDocumentType(session, this.flow) ?? undefined}
      .allowUpload=${!require_live_capture}
      .preferCamera=${require_live_capture || prefersCamera()}
    ></verify-identity-capture-step>`;
  }

  #renderReview(session: ClientSession): TemplateResult {
    const controller = this.#session.model;
    const error = controller.failure?.phase === 'submit' ? this.#errorMessage(controller.failure.error) : undefined;
    return html`<verify-identity-review-step
      data-step
      exportparts=${STEP_PARTS}
      .strings=${this.#locale.strings}
      .captures=${this.#reviewCaptures(session)}
      .idNumber=${this.flow.idNumber ?? undefined}
      .busy=${controller.submitting}
      .progress=${controller.progress}
      .error=${error}
    ></verify-identity-review-step>`;
  }

  /** The same array for the same flow: the review step treats a new one as changed images. */
  #reviewCaptures(session: ClientSession): { side: FileSide; image: Blob }[] {
    if (this.#reviewCache?.flow !== this.flow) {
      const sides = requiredSides(session, effectiveDocumentType(session, this.flow));
      const captures = sides.flatMap((side) => {
        const capture = this.flow.captures[side];
        return capture ? [{ side, image: capture.image }] : [];
      });
      this.#reviewCache = { flow: this.flow, captures };
    }
    return this.#reviewCache.captures;
  }

  #renderLoading(): TemplateResult {
    return html`<div class="view" aria-busy="true">
      <h2 id="step-heading" tabindex="-1">${this.#locale.strings.loading.heading}</h2>
      <div class="spinner" aria-hidden="true"></div>
    </div>`;
  }

  #renderProcessing(): TemplateResult {
    const t = this.#locale.strings.processing;
    const { failure } = this.#session.model;
    return html`<div class="view">
      <div class="spinner" aria-hidden="true"></div>
      <h2 id="step-heading" tabindex="-1">${t.heading}</h2>
      <p class="muted">${t.body}</p>
      ${failure?.phase === 'watch' ? html`<p class="error" role="alert">${this.#errorMessage(failure.error)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${this.#requestClose}>
          ${this.#locale.strings.dialog.close}
        </button>
      </div>
    </div>`;
  }

  #renderError(): TemplateResult {
    const t = this.#locale.strings.errors;
    const error = this.#session.model.error;
    const retriable = error !== null && RETRIABLE.includes(error.type);
    return html`<div class="view">
      <h2 id="step-heading" tabindex="-1">${t.heading}</h2>
      <p class="error" role="alert" data-code=${error?.code ?? ''}>${error ? this.#errorMessage(error) : t.generic}</p>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${this.#requestClose}>${t.close}</button>
        ${retriable
          ? html`<button type="button" class="button button--primary" @click=${() => void this.#session.load(this.clientSecret)}>
              ${t.retry}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  #renderOutcome(heading: string, body: string, tone: 'success' | 'neutral'): TemplateResult {
    return html`<div class="view outcome outcome--${tone}">
      <h2 id="step-heading" tabindex="-1">${heading}</h2>
      <p>${body}</p>
      <div class="actions">
        <button type="button" class="button button--primary" @click=${this.#requestClose}>
          ${this.#locale.strings.outcome.done}
        </button>
      </div>
    </div>`;
  }

  /** A translated message for the code; the service's English reason only for a code this SDK does not know yet. */
  #lastErrorMessage(session: ClientSession): string | undefined {
    const lastError = session.last_error;
    return lastError ? (this.#locale.strings.lastErrors[lastError.code] ?? lastError.reason) : undefined;
  }

  #renderRequiresInput(session: ClientSession): TemplateResult {
    const t = this.#locale.strings.outcome;
    const declined = session.last_error?.code === 'consent_declined';
    const { failure, activity } = this.#session.model;
    return html`<div class="view outcome outcome--failed">
      <h2 id="step-heading" tabindex="-1">${declined ? t.declinedHeading : t.failedHeading}</h2>
      <p>${declined ? t.declinedBody : this.#lastErrorMessage(session)}</p>
      ${failure?.phase === 'retry' ? html`<p class="error" role="alert">${this.#errorMessage(failure.error)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${this.#requestClose}>${t.done}</button>
        <button
          type="button"
          class="button button--primary"
          ?disabled=${activity !== 'idle'}
          @click=${() => void this.#onTryAgain()}
        >
          ${t.tryAgain}
        </button>
      </div>
    </div>`;
  }

  /** A message for the person; the exact code stays in `verification-error` for the site. */
  #errorMessage(error: VerifyError): string {
    const t = this.#locale.strings.errors;
    return t.codes[error.code] ?? t.codes[error.type] ?? t.generic;
  }
}

function sideOf(step: 'capture-front' | 'capture-back' | 'capture-selfie'): FileSide {
  return step.slice('capture-'.length) as FileSide;
}

/** Phones and tablets open the camera first; elsewhere uploading a photo is the quicker start. */
function prefersCamera(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}

/** The focused element, looking into shadow roots, so focus returns exactly where it was. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
