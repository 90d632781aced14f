import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createSessionModel, type SessionModel, type SessionModelEvent, type Submission } from '../core/session-model.js';
import type { StatusTracker } from '../core/status-tracker.js';
import type { ClientSession } from '../core/types.js';
import { afterPaint } from '../internal/after-paint.js';
import {
  VerificationCanceledEvent,
  VerificationErrorEvent,
  VerificationProcessingEvent,
  VerificationReadyEvent,
  VerificationRequiresInputEvent,
  VerificationStatusChangeEvent,
  VerificationVerifiedEvent,
} from '../events.js';

export type { PlannedFile, SessionActivity, SessionFailure, Submission } from '../core/session-model.js';

export interface SessionControllerOptions {
  /** @default '/v1' */
  apiBase?: () => string;
  /** Poll interval (ms) of the status watch when the stream is unavailable. @default the core's */
  pollInterval?: () => number | undefined;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** The status tracker of each model (see `SessionModelOptions.createTracker`). */
  createTracker?: () => StatusTracker;
}

/**
 * Ties a core `SessionModel` to its host: one model per opening (`open()` … `close()`), paused
 * while the host is disconnected, its events fired on the host as the public `verification-*`
 * events. The rules themselves live in the model.
 */
export class SessionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SessionControllerOptions;
  #model: SessionModel;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SessionControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#model = this.#create();
    this.#model.close();
    host.addController(this);
  }

  /** The model of the current (or last) opening. */
  get model(): SessionModel {
    return this.#model;
  }

  hostDisconnected(): void {
    // Moved or remounted, or removed for good (then the host closes): stop following meanwhile.
    this.#model.pause();
  }

  /** Starts a new opening with `clientSecret`; the previous one ends. */
  open(clientSecret: string): Promise<void> {
    this.#model.close();
    this.#model = this.#create();
    this.#host.requestUpdate();
    return this.#model.load(clientSecret);
  }

  /** Ends the opening: nothing runs and no event fires afterwards; a submit already sent completes. */
  close(): void {
    this.#model.close();
    this.#host.requestUpdate();
  }

  /** Loads again within the opening (after a load error, or a remount). */
  load(clientSecret: string): Promise<void> {
    return this.#model.load(clientSecret);
  }

  decline(): Promise<void> {
    return this.#model.decline();
  }

  submit(submission: Submission): Promise<void> {
    return this.#model.submit(submission);
  }

  startNewAttempt(fetchClientSecret?: () => Promise<string>): Promise<boolean> {
    return this.#model.startNewAttempt(fetchClientSecret);
  }

  #create(): SessionModel {
    const pollInterval = this.#options.pollInterval?.();
    return createSessionModel({
      apiBase: this.#options.apiBase?.() ?? '/v1',
      ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
      ...(pollInterval === undefined ? {} : { pollInterval }),
      ...(this.#options.createTracker ? { createTracker: this.#options.createTracker } : {}),
      onUpdate: () => this.#host.requestUpdate(),
      beforeWatch: afterPaint,
      onEvent: (event) => this.#dispatch(event),
    });
  }

  #dispatch(event: SessionModelEvent): void {
    const host = this.#host;
    if (event.type === 'error') {
      host.dispatchEvent(new VerificationErrorEvent({ error: event.error.toJSON() }));
    } else if (event.type === 'ready') {
      host.dispatchEvent(new VerificationReadyEvent({ session: event.session }));
    } else {
      const { session, previousStatus } = event;
      host.dispatchEvent(statusEvent(session));
      host.dispatchEvent(new VerificationStatusChangeEvent({ status: session.status, previousStatus, session }));
    }
  }
}

/** The status-specific event; the model only reports `requires_input` with a `last_error`. */
function statusEvent(session: ClientSession): Event {
  switch (session.status) {
    case 'processing':
      return new VerificationProcessingEvent({ session });
    case 'verified':
      return new VerificationVerifiedEvent({ session });
    case 'canceled':
      return new VerificationCanceledEvent({ session });
    case 'requires_input':
      return new VerificationRequiresInputEvent({ session, lastError: session.last_error! });
  }
}
