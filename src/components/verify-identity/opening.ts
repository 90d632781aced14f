import type { SessionStatus } from '../../core/session.js';
import { VerificationCloseEvent, type CloseReason } from '../../events.js';
import type { VerificationResult } from './result.js';

type Settle = (result: VerificationResult) => void;

/**
 * One opening's bookkeeping: whether it has started, why it closes, the `verification-close` that waits for the
 * dialog to close, and the promise `show()` returned, settled once when the opening ends.
 */
export class Opening {
  /** The opening asked for by `open` has started (the update after `show()` ran). */
  started = false;
  /** Why it closes, when the person closed it; `closed-by-api` otherwise. */
  reason: CloseReason | null = null;
  #pending?: { promise: Promise<VerificationResult>; resolve: Settle };
  #closing?: VerificationCloseEvent;

  /** What `show()` resolves with: the same promise until the opening ends. */
  result(): Promise<VerificationResult> {
    if (!this.#pending) {
      let resolve!: Settle;
      const promise = new Promise<VerificationResult>((settle) => (resolve = settle));
      this.#pending = { promise, resolve };
    }
    return this.#pending.promise;
  }

  /** A `show()` waits for this opening to end. */
  get awaited(): boolean {
    return this.#pending !== undefined;
  }

  start(): void {
    this.started = true;
    this.reason = null;
  }

  /** Ends the opening: its `verification-close` waits for `closed()`; says why, and how to settle `show()` (`null`: nobody waits). */
  end(status: SessionStatus | null): { reason: CloseReason; settle: Settle | null } {
    this.started = false;
    const reason = this.reason ?? 'closed-by-api';
    this.reason = null;
    this.#closing = new VerificationCloseEvent({ reason, status });
    return { reason, settle: this.detach() };
  }

  /** How to settle the pending `show()`, which then no longer waits here (`null`: nobody waits). */
  detach(): Settle | null {
    const pending = this.#pending;
    this.#pending = undefined;
    return pending?.resolve ?? null;
  }

  /** The dialog has closed: the `verification-close` to fire, once. */
  closed(): VerificationCloseEvent | undefined {
    const event = this.#closing;
    this.#closing = undefined;
    return event;
  }
}
