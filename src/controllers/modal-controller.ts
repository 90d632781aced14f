import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { VerificationRequestCloseEvent, VerificationStepEvent, type CloseReason, type CloseRequestSource, type VerificationStep } from '../events.js';
import type { Strings } from '../locales/en.js';

/**
 * How long an opening waits for the session before showing a loading view. Within RAIL's 100 ms for a
 * response to feel immediate; a session answered sooner opens straight on its first step, with one render
 * and no spinner flashing by.
 */
const LOADING_VIEW_DELAY_MS = 100;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

export interface ModalOptions {
  /** Whether the host is open (a close request after closing is moot). */
  open(): boolean;
  /** Whether an input step shows: "Leave?" is asked only there (the server may end the session meanwhile). */
  onInputStep(): boolean;
  /** Whether closing now would lose photos or details (nothing is lost while a submission is in flight). */
  wouldLoseWork(): boolean;
  /** Whether an outcome shows: closing then completes rather than dismisses. */
  onOutcome(): boolean;
  /** Closes the host, with the reason `verification-close` reports. */
  close(reason: Exclude<CloseReason, 'closed-by-api'>): void;
}

/**
 * The modal side of `<verify-identity>`: the native `<dialog>` kept in step with `open` and shown with
 * its first step (or the loading view after 100 ms), each step reported (`verification-step`), focus
 * moved to its heading (and announced in the live region) and returned to the opener on close, and
 * the close negotiation: Escape, a backdrop click and ✕ ask first (`verification-request-close`, which
 * the page may veto), then "Leave the verification?" when closing would lose work.
 */
export class ModalController implements ReactiveController {
  readonly #host: Host;
  readonly #options: ModalOptions;
  #opener: HTMLElement | null = null;
  /** Asking "Leave the verification?" after a close request that would lose photos or details. */
  #confirmingLeave = false;
  /** The step last reported with `verification-step`, for this opening. */
  #shownStep: VerificationStep | null = null;
  /** This opening has shown a step: its dialog is open (it opens only with something to show). */
  #revealed = false;
  /** The session took longer than `LOADING_VIEW_DELAY_MS`: the loading view may show. */
  #loadingDue = false;
  #loadingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, options: ModalOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** An opening starts: remember where focus was; the loading view may show after a while. */
  opened(): void {
    this.#opener = deepActiveElement();
    this.#confirmingLeave = false;
    this.#announce('');
    this.#shownStep = null;
    this.#revealed = false;
    this.#loadingDue = false;
    clearTimeout(this.#loadingTimer);
    this.#loadingTimer = setTimeout(() => {
      this.#loadingDue = true;
      this.#host.requestUpdate();
    }, LOADING_VIEW_DELAY_MS);
  }

  /** The opening ends (the dialog closes at the next update). */
  closing(): void {
    this.#confirmingLeave = false;
    clearTimeout(this.#loadingTimer);
    this.#revealed = false;
    this.#shownStep = null;
  }

  /** Moved or remounted while open: the step on screen is reported again. */
  remounted(): void {
    this.#shownStep = null;
  }

  /** This opening has shown a step (its dialog is open). */
  get revealed(): boolean {
    return this.#revealed;
  }

  /** The loading view may show (the session took over 100 ms). */
  get loadingDue(): boolean {
    return this.#loadingDue;
  }

  /** After an update of the open host: a step not reported yet, once it can render, is reported and focused. */
  show(step: VerificationStep, ready: boolean): void {
    if (!ready || step === this.#shownStep || (step === 'loading' && !this.#loadingDue)) return;
    this.#shownStep = step;
    this.#revealed = true;
    clearTimeout(this.#loadingTimer);
    this.#host.dispatchEvent(new VerificationStepEvent({ step }));
    void this.focusStep(() => this.#options.open());
  }

  /** The opening ended and the dialog closed: focus goes back where it was. */
  closed(): void {
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = null;
  }

  /** Shows or hides the native dialog to match `open`. */
  sync(open: boolean): void {
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (!dialog || !this.#host.isConnected) return;
    // jsdom (Vitest, Jest) has no dialog methods: toggle `open`, so the page's own tests can still use it.
    if (typeof dialog.showModal !== 'function') {
      dialog.open = open;
      return;
    }
    if (!open) {
      if (dialog.open) dialog.close();
      return;
    }
    // After a remount the dialog keeps its `open` attribute but is no longer modal.
    if (dialog.open && !dialog.matches(':modal')) dialog.close();
    if (!dialog.open) dialog.showModal();
  }

  /**
   * Once the new step has rendered, shows the dialog if it is not yet (the first step of an opening), moves
   * focus to the step's heading and announces it; unless `stillOpen()` says otherwise by then.
   */
  async focusStep(stillOpen: () => boolean): Promise<void> {
    const host = this.#host;
    await host.updateComplete;
    const step = host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-step]');
    await step?.updateComplete;
    if (!stillOpen()) return;
    this.sync(true);
    const heading =
      step?.shadowRoot?.querySelector<HTMLElement>('#step-heading') ?? host.renderRoot.querySelector<HTMLElement>('#step-heading');
    if (!heading) return;
    heading.focus();
    this.#announce(heading.textContent?.trim() ?? '');
  }

  /** Asking to leave, while there is still something to lose. */
  get leaving(): boolean {
    return this.#confirmingLeave && this.#options.onInputStep();
  }

  /**
   * The person asks to close: the page may veto it (`verification-request-close`), then closing would lose
   * photos or details, they are asked first. Escape while asking means "keep going".
   */
  requestClose(source: CloseRequestSource): void {
    if (this.leaving) {
      if (source === 'escape') this.#keepGoing();
      return;
    }
    const request = new VerificationRequestCloseEvent({ source });
    this.#host.dispatchEvent(request);
    if (request.defaultPrevented || !this.#options.open()) return;
    if (this.#options.onInputStep() && this.#options.wouldLoseWork()) {
      this.#confirmingLeave = true;
      this.#host.requestUpdate();
      // The safe choice has focus, so Enter by reflex does not delete anything.
      void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('.leave .button--primary')?.focus());
      return;
    }
    this.finish();
  }

  /** Closes now, from a Done or Close button, or once a close request is allowed. */
  readonly finish = (): void => {
    this.#options.close(this.#options.onOutcome() ? 'completed' : 'dismissed');
  };

  /** Escape: a close request the element answers itself, so it can ask first (or be vetoed). */
  readonly onCancel = (event: Event): void => {
    // The browser may refuse to cancel (repeated Escape without user activation): then the dialog closes.
    if (!event.cancelable) return;
    event.preventDefault();
    this.requestClose('escape');
  };

  /** A click on the backdrop: the dialog itself is the target, outside its box. */
  readonly onClick = (event: MouseEvent): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog || event.detail === 0) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.requestClose('backdrop');
  };

  /** The browser closed the dialog without a cancelable request: a dismiss, as nothing can stop it. */
  readonly onClose = (event: Event): void => {
    // Also fires, late, for the close-and-reopen of a remount (the dialog is open again by then) and for the
    // previous opening's close when reopened in the same task (this opening has not shown its dialog yet).
    if (this.#options.open() && this.#revealed && !(event.target as HTMLDialogElement).open) this.finish();
  };

  /**
   * "Leave the verification?" in place of the step, which stays as it was, hidden and inert (its camera off:
   * `ViewContext.paused`), until the question is answered.
   */
  renderLeave(t: Strings['leave']): TemplateResult {
    return html`<div part="leave" class="body leave" role="alertdialog" aria-modal="true" aria-labelledby="leave-heading" aria-describedby="leave-body">
      <div class="view">
        <h2 id="leave-heading">${t.heading}</h2>
        <p id="leave-body">${t.body}</p>
        <div class="actions">
          <button type="button" class="button button--secondary" @click=${this.finish}>${t.leave}</button>
          <button type="button" class="button button--primary" @click=${() => this.#keepGoing()}>${t.stay}</button>
        </div>
      </div>
    </div>`;
  }

  #keepGoing(): void {
    this.#confirmingLeave = false;
    this.#host.requestUpdate();
    void this.focusStep(() => this.#options.open());
  }

  /**
   * Sets the text of the host's polite live region (`[part=status]`, rendered empty: its text is this
   * controller's alone), without an update of the host: that would render every step again before the
   * new one is painted.
   */
  #announce(text: string): void {
    const region = this.#host.renderRoot.querySelector('[part=status]');
    if (region) region.textContent = text;
  }
}

/** The focused element, looking into shadow roots, so focus returns exactly where it was. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
