import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { SessionStatus } from '../../core/session.js';
import type { FileSide } from '../../core/types.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ModalController } from '../../controllers/modal-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import type { VerifyError } from '../../core/errors.js';
import {
  VerificationCloseEvent,
  VerificationErrorEvent,
  VerificationStepEvent,
  type CloseReason,
  type VerificationStep,
} from '../../events.js';
import type { CaptureEvent, ConsentEvent, DocumentTypeEvent, IdNumberEvent, RetakeEvent } from '../step-events.js';
import {
  INITIAL_FLOW,
  effectiveDocumentType,
  isOutcomeStep,
  planSubmission,
  reduceFlow,
  requiredSides,
  resolveStep,
  type FlowAction,
  type FlowState,
} from './flow.js';
import { isStepReady, loadSteps } from './lazy-steps.js';
import { resultOf, type VerificationResult } from './result.js';
import { VIEWS, type ViewContext } from './views.js';
import { verifyIdentityStyles } from './verify-identity.styles.js';

/**
 * @summary Guides a person through an identity verification, in a modal `<dialog>` or inline.
 *
 * @fires verification-ready - `{ session }`: the session loaded (once per opening).
 * @fires verification-step - `{ step }`: another step shows (`loading`, `error`, `consent`, `document-type`, `capture-front`, `capture-back`, `capture-selfie`, `id-number`, `review`, `processing`, `verified`, `requires-input`, `canceled`).
 * @fires verification-processing - `{ session }`: the submission was accepted and checks run (once, from the submit answer or the watch).
 * @fires verification-verified - `{ session }`: checks passed.
 * @fires verification-requires-input - `{ session, lastError }`: checks failed, or consent was declined.
 * @fires verification-canceled - `{ session }`: the session was canceled (or redacted while it needed input) by your server.
 * @fires verification-status-change - `{ status, previousStatus, session }`: after each of the four above (`previousStatus` equals `status` for a decline, which keeps `requires_input`).
 * @fires verification-close - `{ reason, status }`: the element closed. `dismissed`: the person closed it (Escape, ✕) before an outcome; `completed`: closed from an outcome; `closed-by-api`: `close()` or `open = false`.
 * @fires verification-error - `{ error: { type, code, message, status?, retryAfter?, param? } }`: an SDK-level failure (`client_secret_malformed`, `secret_invalid`, `secret_expired`, `secret_spent`, `network_error`, `timeout`, `api_error`, `malformed_response`, `client_secret_fetch_failed`…).
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
 * @csspart capture-hint - What to fix, shown over the camera preview.
 * @csspart capture-button - Takes the photo.
 * @csspart photo - The photo on the check shown after each capture.
 * @csspart verdict - The checks' verdict on that photo (what to fix, or that it looks good).
 * @csspart action-bar - The capture step's buttons (pinned to the bottom on phones).
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
 * @tagname verify-identity
 */
export class VerifyIdentityElement extends LitElement {
  static override styles = verifyIdentityStyles;

  /** The session's `client_secret`, from your server. */
  @property({ attribute: 'client-secret' }) clientSecret = '';
  /** Base URL of the API; a relative one resolves against the page's URL. */
  @property({ attribute: 'api-base' }) apiBase = '/v1';
  /** Opening loads the session; closing stops all network activity (a submit already sent still completes). */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Render in place instead of as a modal `<dialog>`. */
  @property({ type: Boolean, reflect: true }) inline = false;
  /** Interface language (BCP 47), one of 23 (see Languages), loaded on first use; `fr-CA` falls back to `fr`, an unknown one to English with a console warning. Empty: the first of `navigator.languages` that is available, else English. */
  @property() locale = '';
  /** Gets a fresh secret from your server for 'Try again' (a spent secret cannot submit again). Property only. */
  @property({ attribute: false }) fetchClientSecret: (() => Promise<string>) | undefined;
  /** Milliseconds between status polls when the status stream is unavailable. @default 2000 */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval: number | undefined;
  /** Let the selfie be chosen from a file too. Off by default: a selfie is taken live, as the checks at the service expect. */
  @property({ type: Boolean, attribute: 'allow-selfie-upload' }) allowSelfieUpload = false;

  @state() private flow: FlowState = INITIAL_FLOW;
  /** The later steps' chunk could not be loaded (offline): shown as an error with a retry. */
  @state() private stepsError: VerifyError | null = null;

  readonly #session = new SessionController(this, {
    apiBase: () => this.apiBase,
    pollInterval: () => this.pollInterval,
  });
  /** Languages load on demand; until then this renders with the strings it has. */
  readonly #locales = new LocaleController(this, () => this.locale);
  readonly #modal = new ModalController(this);
  /** The step last reported with `verification-step`, for this opening. */
  #shownStep: VerificationStep | null = null;
  #closeReason: CloseReason | null = null;
  #pending: { promise: Promise<VerificationResult>; resolve: (result: VerificationResult) => void } | null = null;
  #reviewCache: { flow: FlowState; captures: { side: FileSide; image: Blob }[] } | null = null;
  /** The later steps' chunk is being fetched for this element. */
  #loadingSteps = false;
  /** The `verification-close` to fire once the dialog has closed. */
  #closing: VerificationCloseEvent | null = null;

  /** The session's status, `null` until it has loaded. Read-only. */
  get status(): SessionStatus | null {
    return this.#session.model.session?.status ?? null;
  }

  /** Opens the element; resolves with the outcome when it closes (after a submit in flight has settled). Never rejects. */
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
    // Moved or remounted while open: the model paused on disconnection; resume.
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
      this.#resetFlow();
      void this.#session.open(this.clientSecret);
    }
  }

  protected override updated(): void {
    this.#modal.sync(this.open);
    if (this.#closing) {
      const event = this.#closing;
      this.#closing = null;
      this.dispatchEvent(event);
      this.#modal.closed();
      return;
    }
    const step = this.#step();
    // Fetched while the person reads the consent; a step not loaded yet shows the spinner, unreported.
    if (this.open && step !== 'loading' && step !== 'error' && !isStepReady('review')) this.#loadSteps();
    if (this.open && isStepReady(step) && step !== this.#shownStep) {
      this.#shownStep = step;
      this.dispatchEvent(new VerificationStepEvent({ step }));
      void this.#modal.focusStep(() => this.open);
    }
  }

  #startOpening(): void {
    this.#modal.opened();
    this.stepsError = null;
    this.#shownStep = null;
    this.#closeReason = null;
    this.#resetFlow();
    void this.#session.open(this.clientSecret);
  }

  #startClosing(): void {
    const reason = this.#closeReason ?? 'closed-by-api';
    this.#closeReason = null;
    this.#closing = new VerificationCloseEvent({ reason, status: this.status });
    const model = this.#session.model;
    this.#session.close();
    // Captured images live only as long as the opening.
    this.#resetFlow();
    this.#shownStep = null;
    const pending = this.#pending;
    this.#pending = null;
    // A dismissed submit still completes: the result says what it led to.
    if (pending) void model.settled().then(() => pending.resolve(resultOf(model, reason)));
  }

  /**
   * Loads the later steps' chunk, ahead of need while the first screen shows. A failure is shown only if
   * the step on screen needs the chunk by then; otherwise it is tried again when one does.
   */
  #loadSteps(): void {
    if (this.#loadingSteps) return;
    this.#loadingSteps = true;
    loadSteps().then(
      () => {
        this.#loadingSteps = false;
        this.requestUpdate();
      },
      (error: VerifyError) => {
        this.#loadingSteps = false;
        if (!this.open || isStepReady(this.#step())) return;
        this.stepsError = error;
        this.dispatchEvent(new VerificationErrorEvent({ error: error.toJSON() }));
      },
    );
  }

  /** Forgets what the person gave (captured images included). */
  #resetFlow(): void {
    this.flow = INITIAL_FLOW;
    this.#reviewCache = null;
  }

  #requestClose = (): void => {
    this.#closeReason = isOutcomeStep(this.#step()) ? 'completed' : 'dismissed';
    this.open = false;
  };

  /** Escape (or the browser) closed the dialog: a dismiss request like the close button. */
  #onDialogClose(event: Event): void {
    // Also fires, late, for the close-and-reopen of a remount: the dialog is open again by then.
    if (this.open && !(event.target as HTMLDialogElement).open) this.#requestClose();
  }

  #step(): VerificationStep {
    const { session, failure } = this.#session.model;
    // A failed load or decline leaves nothing to show but itself.
    const blockingError = failure?.phase === 'load' || failure?.phase === 'decline';
    const step = resolveStep({ session, blockingError, flow: this.flow });
    return this.stepsError && !isStepReady(step) ? 'error' : step;
  }

  #dispatchFlow(action: FlowAction): void {
    this.flow = reduceFlow(this.flow, action);
  }

  async #onSubmit(): Promise<void> {
    const model = this.#session.model;
    const submission = model.session && planSubmission(model.session, this.flow);
    if (!submission) return;
    await model.submit(submission);
    if (!model.closed && model.session?.status === 'processing') this.#dispatchFlow({ type: 'submitted' });
  }

  /** The same array for the same flow: the review step treats a new one as changed images. */
  #reviewCaptures = (): { side: FileSide; image: Blob }[] => {
    const session = this.#session.model.session!;
    if (this.#reviewCache?.flow !== this.flow) {
      const sides = requiredSides(session, effectiveDocumentType(session, this.flow));
      const captures = sides.flatMap((side) => {
        const capture = this.flow.captures[side];
        return capture ? [{ side, image: capture.image }] : [];
      });
      this.#reviewCache = { flow: this.flow, captures };
    }
    return this.#reviewCache.captures;
  };

  override render() {
    const { dir, tag } = this.#locales.locale;
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
    const { strings } = this.#locales.locale;
    const model = this.#session.model;
    const session = model.session;
    const step = this.#step();
    const context: ViewContext = {
      strings,
      model,
      session,
      flow: this.flow,
      reviewCaptures: this.#reviewCaptures,
      allowSelfieUpload: this.allowSelfieUpload,
      requestClose: this.#requestClose,
      error: this.stepsError ?? model.error,
      reload: () => {
        if (!this.stepsError) return void this.#session.load(this.clientSecret);
        this.stepsError = null;
      },
      tryAgain: async () => {
        if (await this.#session.startNewAttempt(this.fetchClientSecret)) this.#dispatchFlow({ type: 'retry' });
      },
    };
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
        ${keyed(step, VIEWS[isStepReady(step) ? step : 'loading'](context))}
      </div>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.#modal.announcement}</div>
    `;
  }
}
