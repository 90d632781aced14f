import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { VerifyError, isVerifyError } from '../core/errors.js';
import type { SessionModel } from '../core/session-model.js';
import { createStatusTracker, type StatusTracker } from '../core/status-tracker.js';
import type { HandoffContinuation } from '../core/handoff.js';
import type { SessionHandoff } from '../core/types.js';
import { VerificationErrorEvent } from '../events.js';
import type { Strings } from '../locales/en.js';

/** What the handoff view needs of the session: the model's API client, and the handoff status its watch sees. */
export interface HandoffSession {
  withClient: SessionModel['withClient'];
  /** Calls `listener` with each new `handoff` (another status, or another code's expiry); returns the function that stops it. */
  onHandoff(listener: (handoff: SessionHandoff) => void): () => void;
}

export interface HandoffOptions {
  /** @default '/v1' */
  apiBase(): string;
  /** Loads the handoff view's element (its own chunk, with the QR encoder). */
  loadView(): Promise<void>;
  /** Whether that element is defined. */
  viewReady(): boolean;
  /** The view changed under the person: move focus to its heading. */
  focusStep(): void;
  /** This device claimed a code: load the session with the secret it gave. */
  claimed(clientSecret: string): void;
  /** Whether the host is still open (a late answer after closing changes nothing). */
  open(): boolean;
}

/**
 * "Continue on your phone" for `<verify-identity>`: on the computer, whether the handoff view shows
 * instead of a capture step; on the phone, the claim of the code the page's address carries, for a
 * client secret of its own. A failure shows as the element's error view and fires `verification-error`.
 */
export class HandoffController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: HandoffOptions;
  /** The handoff code taken from the address (kept to claim again after a network failure). */
  #code: string | null = null;
  /** The handoff view shows on this (desktop) device. */
  showing = false;
  /** This device opened the session from a handoff link: at the end, the person goes back to the other one. */
  onPhone = false;
  /** What the other device carried with the code (its answers, its branding); `{}` until claimed, and on that device. */
  continuation: HandoffContinuation = {};
  /** The claim, or loading the view, failed. */
  error: VerifyError | null = null;
  /** The handoff view following the phone, and the last handoff seen (status and code expiry). */
  #listener: ((handoff: SessionHandoff) => void) | undefined;
  #seen: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: HandoffOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** An opening starts: not showing, no error. Whether this device is the phone lasts. */
  reset(): void {
    this.showing = false;
    this.error = null;
  }

  /** Opened with no secret of its own on a page whose address carries a code: claim it. */
  static inAddress(clientSecret: string): boolean {
    return !clientSecret && /[#&]code=/.test(location.hash);
  }

  async claim(): Promise<void> {
    this.error = null;
    this.#host.requestUpdate();
    try {
      const { takeHandoffCode, claimHandoff } = await import('./handoff-claim.js');
      this.#code ??= takeHandoffCode();
      const { clientSecret, continuation } = await claimHandoff(this.#code ?? '', { apiBase: this.#options.apiBase() });
      if (!this.#options.open()) return;
      this.onPhone = true;
      this.continuation = continuation;
      this.#options.claimed(clientSecret);
    } catch (cause) {
      if (!this.#options.open()) return;
      this.error = isVerifyError(cause)
        ? cause
        : new VerifyError({ type: 'network', code: 'network_error', message: 'The handoff could not be loaded.', cause });
      this.#host.dispatchEvent(new VerificationErrorEvent({ error: this.error.toJSON() }));
    }
    this.#host.requestUpdate();
  }

  /**
   * The status tracker of the session model (`createTracker`): the model's own, which also hands every
   * session it takes to the handoff, so the view follows the phone on the model's watch, not a second one.
   */
  readonly tracker = (): StatusTracker => {
    const inner = createStatusTracker();
    this.#seen = undefined;
    return {
      get current() {
        return inner.current;
      },
      accept: (session) => {
        const outcome = inner.accept(session);
        const { handoff } = session;
        const seen = handoff ? `${handoff.status}@${handoff.expires_at}` : undefined;
        if (outcome !== 'stale' && handoff && seen !== this.#seen) {
          this.#seen = seen;
          this.#listener?.(handoff);
        }
        return outcome;
      },
    };
  };

  #viewSession: { model: SessionModel; session: HandoffSession } | null = null;

  /** What the view gets of the session model: the same object for the same model (a new one would render the view again). */
  #session(model: SessionModel): HandoffSession {
    if (this.#viewSession?.model === model) return this.#viewSession.session;
    const session: HandoffSession = {
      withClient: (request) => model.withClient(request),
      onHandoff: (listener) => {
        this.#listener = listener;
        return () => {
          if (this.#listener === listener) this.#listener = undefined;
        };
      },
    };
    this.#viewSession = { model, session };
    return session;
  }

  /** "Continue on your phone": the view shows (a spinner until its chunk is loaded). */
  readonly start = (): void => {
    this.showing = true;
    this.#host.requestUpdate();
    this.#options.loadView().then(
      () => {
        this.#host.requestUpdate();
        this.#options.focusStep();
      },
      (error: VerifyError) => {
        this.showing = false;
        this.#host.requestUpdate();
        this.#host.dispatchEvent(new VerificationErrorEvent({ error: error.toJSON() }));
      },
    );
  };

  /**
   * In place of a step that offers the handoff: the handoff view, for the element's session model (its API
   * client and its status watch), `null` while its chunk loads; `undefined` when it does not show.
   */
  renderView(strings: Strings, session: SessionModel, handoffUrl: string, continuation: HandoffContinuation): TemplateResult | null | undefined {
    if (!this.showing || this.onPhone) return undefined;
    if (!this.#options.viewReady()) return null;
    return html`<verify-identity-handoff
      data-step
      .strings=${strings}
      .session=${this.#session(session)}
      .handoffUrl=${handoffUrl}
      .continuation=${continuation}
      @vi-handoff-cancel=${this.stop}
    ></verify-identity-handoff>`;
  }

  /** "Use this computer instead". */
  readonly stop = (): void => {
    this.showing = false;
    this.#host.requestUpdate();
    this.#options.focusStep();
  };
}
