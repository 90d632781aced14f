import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SessionStatus } from '../../core/session.js';
import { HandoffController } from '../../controllers/handoff-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ModalController } from '../../controllers/modal-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import type { VerifyError } from '../../core/errors.js';
import { VerificationCloseEvent, VerificationErrorEvent, type VerificationStep } from '../../events.js';
import type { StepCompleteEvent } from '../step-events.js';
import type { StepElement } from '../steps/step-element.js';
import { stringsMerger, type StringsOverride } from './strings.js';
import { INITIAL_FLOW, holdsWork, isOutcomeStep, planSubmission, reduceFlow, resolveStep, retryScope, stepProgress, type FlowState } from './flow.js';
import { completionOf, stepDefinition, type StepOutcome } from './step-registry.js';
import { StepLoader, isStepReady } from './lazy-steps.js';
import { isHandoffViewReady, loadHandoffView } from '../handoff/load.js';
import { resultOf, type VerificationResult } from './result.js';
import { Opening } from './opening.js';
import { renderBody, renderFrame } from './shell-view.js';
import { continuationMemo, continuedFlow } from './continuation.js';
import { brandingMemo, minutesReady, type ViewContext } from './view-context.js';
import { verifyIdentityStyles } from './verify-identity.styles.js';
import { openingStarted } from './warm-up.js';

/**
 * @summary Guides a person through an identity verification, in a modal `<dialog>` or inline.
 *
 * @fires verification-ready - `{ session }`: the session loaded (once per opening).
 * @fires verification-step - `{ step }`: another step shows (`loading` only when the session takes over 100 ms, `error`, `consent`, `document-type`, `capture-front`, `capture-back`, `capture-selfie`, `id-number`, `review`, `processing`, `verified`, `requires-input`, `canceled`).
 * @fires verification-processing - `{ session }`: the submission was accepted and checks run (once, from the submit answer or the watch).
 * @fires verification-verified - `{ session }`: checks passed.
 * @fires verification-requires-input - `{ session, lastError }`: checks failed, or consent was declined.
 * @fires verification-canceled - `{ session }`: the session was canceled (or redacted while it needed input) by your server.
 * @fires verification-status-change - `{ status, previousStatus, session }`: after each of the four above (`previousStatus` equals `status` for a decline, which keeps `requires_input`).
 * @fires verification-request-close - `{ source }` (`close-button`, `escape`, `backdrop`): the person asked to close, before any confirmation; cancelable, `preventDefault()` keeps it open. Not fired by `close()`.
 * @fires verification-close - `{ reason, status }`: the element closed. `dismissed`: the person closed it (✕, Escape, backdrop) before an outcome; `completed`: closed from an outcome; `closed-by-api`: `close()` or `open = false`.
 * @fires verification-error - `{ error: { type, code, message, status?, retryAfter?, param? } }`: an SDK-level failure (`client_secret_malformed`, `secret_invalid`, `secret_expired`, `secret_spent`, `network_error`, `timeout`, `api_error`, `malformed_response`, `client_secret_fetch_failed`, `client_secret_session_mismatch`, and on a handoff page `handoff_code_claimed`, `handoff_code_expired`, `handoff_code_revoked`, `handoff_code_invalid`…; every code: docs/errors.md).
 *
 * @csspart dialog - The `<dialog>` (or, with `inline`, the section that replaces it).
 * @csspart header - The bar with the title, the test-mode badge and the close button.
 * @csspart title - The title.
 * @csspart close-button - The close button.
 * @csspart badge - The "Test mode" badge, shown for sessions that are not live.
 * @csspart body - Where the current step shows.
 * @csspart progress-bar - The row above each input step with Back, "Step 2 of 5" and its bar.
 * @csspart back-button - Back to the previous step (what was given there is kept).
 * @csspart keep-button - On a photo step gone back to: keeps the photo taken before and carries on.
 * @csspart leave - "Leave the verification?", asked in place of the step when closing would lose photos or details.
 * @csspart illustration - The picture of an outcome or error (an inline SVG in the tone's colour).
 * @csspart status - The polite live region that announces each step (visually hidden).
 * @csspart heading - Each step's heading.
 * @csspart camera-preview - The live camera `<video>`.
 * @csspart framing-guide - The outline that frames the document or face over the preview.
 * @csspart capture-hint - What to fix, shown over the camera preview.
 * @csspart capture-button - Takes the photo.
 * @csspart photo - The photo on the check shown after each capture.
 * @csspart verdict - The checks' verdict on that photo (what to fix, or that it looks good).
 * @csspart tips - The tips for a good photo of a document, shown on its capture step.
 * @csspart action-bar - The capture step's buttons (pinned to the bottom on phones).
 * @csspart use-photo-button - "Use this photo" on the check (or "Use this photo anyway" after two refused photos).
 * @csspart retake-button - "Retake" on the check.
 * @csspart source-switch - "Upload a photo instead" / "Use the camera" on a capture step.
 * @csspart drop-zone - Where an image file can be dropped (not shown on phones; "Choose a photo" is in the action bar).
 * @csspart message - Capture messages (camera refused, file refused).
 * @csspart thumbnail - Each captured image on the review step.
 * @csspart progress - The upload progress bar.
 * @csspart error - The review step's error message.
 * @csspart submit-button - Submits the verification.
 * @csspart edit-button - Edit beside the typed details on the review step.
 * @csspart logo - Your logo on the consent (`logo-url`).
 * @csspart privacy-policy-link - The link to your privacy policy on the consent (`privacy-policy-url`).
 * @csspart help-button - Opens the consent's help ("Why is this needed?").
 * @csspart help-panel - The consent's help, shown below its button.
 * @csspart handoff-button - "Continue on your phone", beside upload and camera on a capture step (with `handoff-url`; not on phone-sized or touch screens).
 * @csspart continuation - On the phone of a handoff, above its steps: whose verification it continues (with the business's logo).
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
  /** Your business's name, shown on the consent ("Acme asks you to verify your identity"). */
  @property({ attribute: 'business-name' }) businessName = '';
  /** Your logo, shown on the consent (an image URL; its alt text is the business name). */
  @property({ attribute: 'logo-url' }) logoUrl = '';
  /** Your privacy policy, linked from the consent (opens in a new tab). */
  @property({ attribute: 'privacy-policy-url' }) privacyPolicyUrl = '';
  /** An extra paragraph of yours on the consent, as plain text (e.g. how long you keep the data). */
  @property({ attribute: 'consent-text' }) consentText = '';
  /** Your own wording for any string, merged over the language's (e.g. `{ outcome: { verifiedNext: 'You can now open your account.' } }`). Property only. */
  @property({ attribute: false }) strings: StringsOverride | undefined;
  /**
   * Your page that continues a verification on a phone: capture steps then offer "Continue on your phone"
   * (a QR code of this URL with a one-time `#code=…`). On that page, put a `<verify-identity>` with no
   * client secret: it claims the code from the address. Relative URLs resolve against this page.
   */
  @property({ attribute: 'handoff-url' }) handoffUrl = '';
  /** Let the selfie be chosen from a file too. Off by default: a selfie is taken live, as the checks at the service expect. */
  @property({ type: Boolean, attribute: 'allow-selfie-upload' }) allowSelfieUpload = false;

  @state() private flow: FlowState = INITIAL_FLOW;
  /** A step's chunk could not be loaded (offline): shown as an error with a retry. */
  @state() private stepsError: VerifyError | null = null;

  // Before the session: each of its models follows the status through the handoff's tracker.
  readonly #handoff = new HandoffController(this, {
    apiBase: () => this.apiBase,
    loadView: loadHandoffView,
    viewReady: isHandoffViewReady,
    focusStep: () => void this.#modal.focusStep(() => this.open),
    // Loads the session, as a secret set by the page would.
    claimed: (secret) => (this.clientSecret = secret),
    open: () => this.open,
  });
  readonly #session = new SessionController(this, {
    apiBase: () => this.apiBase,
    pollInterval: () => this.pollInterval,
    // The handoff follows the phone on this model's watch.
    createTracker: () => this.#handoff.tracker(),
  });
  /** Languages load on demand; until then this renders with the strings it has. */
  readonly #locales = new LocaleController(this, () => this.locale);
  readonly #modal = new ModalController(this, {
    open: () => this.open,
    onInputStep: () => this.#onInputStep(),
    wouldLoseWork: () => !this.#session.model.submitting && (holdsWork(this.flow) || this.#stepHoldsWork()),
    onOutcome: () => isOutcomeStep(this.#step()),
    close: (reason) => {
      this.#opening.reason = reason;
      this.open = false;
    },
  });
  /** A step's chunk that could not be loaded is shown only if the step on screen needs it by then. */
  readonly #steps = new StepLoader(
    () => this.requestUpdate(),
    (error) => {
      if (!this.open || isStepReady(this.#step())) return;
      this.stepsError = error;
      this.dispatchEvent(new VerificationErrorEvent({ error: error.toJSON() }));
    },
  );
  readonly #opening = new Opening();
  /** The language's strings with the page's `strings` over them, merged again only when either changes. */
  readonly #merge = stringsMerger();
  /** The same object while the branding attributes stay the same: a new one would render the consent again. */
  readonly #branding = brandingMemo();
  /** What a handoff code carries to the phone, the same object while the flow and branding stay the same. */
  readonly #continuation = continuationMemo();

  /** The session's status, `null` until it has loaded. Read-only. */
  get status(): SessionStatus | null {
    return this.#session.model.session?.status ?? null;
  }

  /** Opens the element; resolves with the outcome when it closes (after a submit in flight has settled). Never rejects. */
  show(): Promise<VerificationResult> {
    const result = this.#opening.result();
    this.open = true;
    return result;
  }

  /** Closes the element (`verification-close` with reason `closed-by-api`). */
  close(): void {
    // Shown in this same task, not opened yet: that opening ends here, so a `show()` that follows is its own.
    const settle = this.open && !this.#opening.started ? this.#opening.detach() : null;
    if (settle) {
      this.dispatchEvent(new VerificationCloseEvent({ reason: 'closed-by-api', status: null }));
      settle(resultOf({ session: null, error: null }, 'closed-by-api'));
    }
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or remounted while open: the model paused on disconnection; resume.
    if (this.hasUpdated && this.open) {
      this.#modal.remounted();
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
      else if (changed.get('open') === true || this.#opening.awaited) this.#startClosing();
    } else if (changed.has('clientSecret') && this.open) {
      this.#resetFlow();
      void this.#session.open(this.clientSecret);
    }
  }

  protected override updated(): void {
    // The first step of an opening shows its dialog itself, once rendered (focusStep): one layout, not two.
    this.#modal.sync(this.open && this.#modal.revealed);
    const closing = this.#opening.closed();
    if (closing) {
      this.dispatchEvent(closing);
      this.#modal.closed();
      return;
    }
    const step = this.#step();
    // Fetched while the person reads the consent (after it is painted); a step not loaded yet shows the spinner, unreported.
    if (this.open) this.#steps.update(step);
    // The consent's time estimate, the first time in the page, follows its first paint (see formatMinutes).
    if (step === 'consent') void minutesReady(this.#locales.locale.tag)?.then(() => this.requestUpdate());
    if (this.open) this.#modal.show(step, isStepReady(step));
  }

  #startOpening(): void {
    this.#opening.start();
    openingStarted();
    this.#modal.opened();
    this.stepsError = null;
    this.#resetFlow();
    this.#handoff.reset();
    // Opened from a handoff link, with no secret of its own: the code in the address gets one.
    if (HandoffController.inAddress(this.clientSecret)) void this.#handoff.claim();
    else void this.#session.open(this.clientSecret);
  }

  #startClosing(): void {
    const { reason, settle } = this.#opening.end(this.status);
    this.#modal.closing();
    const model = this.#session.model;
    this.#session.close();
    // Captured images live only as long as the opening.
    this.#resetFlow();
    // A dismissed submit still completes: the result says what it led to.
    if (settle) void model.settled().then(() => settle(resultOf(model, reason)));
  }

  /** Forgets what the person gave (captured images included); on the phone, starts from what the computer carried. */
  #resetFlow(): void {
    this.flow = continuedFlow(this.#handoff.continuation);
  }

  /** An input step shows (the server may have ended the session meanwhile). */
  #onInputStep(): boolean {
    const session = this.#session.model.session;
    return !!session && stepProgress(session, this.flow, this.#step()) !== null;
  }

  /** The step on screen holds work not handed over yet (a photo on its check, typed details). */
  #stepHoldsWork(): boolean {
    return this.renderRoot.querySelector<StepElement>('[data-step]')?.holdsWork === true;
  }

  #step(): VerificationStep {
    const { session, failure } = this.#session.model;
    // A failed load or decline leaves nothing to show but itself.
    const blockingError = failure?.phase === 'load' || failure?.phase === 'decline';
    const step = resolveStep({ session, blockingError, flow: this.flow });
    return (this.stepsError && !isStepReady(step)) || this.#handoff.error ? 'error' : step;
  }

  /** A step element is done: its registry entry says what that changes. */
  #onStepComplete(event: StepCompleteEvent): void {
    const step = stepDefinition(this.#step());
    if (step) this.#act(completionOf(step, event.detail));
  }

  #act(outcome: StepOutcome): void {
    if (outcome.type === 'decline') void this.#session.decline();
    else if (outcome.type === 'submit') void this.#submit();
    else this.flow = reduceFlow(this.flow, outcome);
  }

  async #submit(): Promise<void> {
    const model = this.#session.model;
    const submission = model.session && planSubmission(model.session, this.flow);
    if (!submission) return;
    await model.submit(submission);
    if (!model.closed && model.session?.status === 'processing') this.#act({ type: 'submitted' });
  }

  override render() {
    // The closed dialog renders what it can while the session is asked for (the header, the body's frame): less
    // to do once it answers. In place, nothing shows before there is a step to show.
    const showing = this.#modal.revealed || this.#modal.loadingDue || this.#step() !== 'loading';
    const content = this.open && (showing || !this.inline) ? this.#renderContent() : nothing;
    return renderFrame(this.inline, this.open, this.#locales.locale, content, this.#modal);
  }

  #renderContent(): TemplateResult {
    const strings = this.#merge(this.#locales.locale.strings, this.strings);
    const model = this.#session.model;
    const { session } = model;
    const handoff = this.#handoff;
    const context: ViewContext = {
      strings,
      lang: this.#locales.locale.tag,
      branding: this.#branding(this),
      model,
      session,
      flow: this.flow,
      allowSelfieUpload: this.allowSelfieUpload,
      requestClose: this.#modal.finish,
      error: handoff.error ?? this.stepsError ?? model.error,
      reload: () => {
        if (handoff.error) return void handoff.claim();
        if (!this.stepsError) return void this.#session.load(this.clientSecret);
        this.stepsError = null;
      },
      tryAgain: async () => {
        const scope = retryScope(session?.last_error?.code);
        if (await this.#session.startNewAttempt(this.fetchClientSecret)) this.#act({ type: 'retry', scope });
      },
      onPhone: handoff.onPhone,
      inline: this.inline,
      offerHandoff: !!this.handoffUrl && !handoff.onPhone,
      continuation: handoff.continuation,
      paused: this.#modal.leaving,
    };
    return renderBody({
      context,
      step: this.#step(),
      idle: model.activity === 'idle',
      modal: this.#modal,
      handoffView: this.handoffUrl ? () => handoff.renderView(strings, model, this.handoffUrl, this.#continuation(session!, this.flow, context.branding)) : null,
      act: (action) => this.#act(action),
      onStepComplete: this.#onStepComplete,
      onHandoffStart: handoff.start,
    });
  }
}
