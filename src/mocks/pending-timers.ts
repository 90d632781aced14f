import { timersOr, type Timers } from '../core/http.js';

/** The backend's timers (outcomes, redactions, handoff expiries), so that a reset can stop them all. */
export class PendingTimers {
  readonly #clock: Timers;
  #pending = new Set<unknown>();

  constructor(timers?: Timers) {
    this.#clock = timersOr(timers);
  }

  /** Runs `run` after `ms`, unless cleared first. */
  later(ms: number, run: () => void): void {
    const timer = this.#clock.setTimeout(() => {
      this.#pending.delete(timer);
      run();
    }, ms);
    this.#pending.add(timer);
  }

  clear(): void {
    for (const timer of this.#pending) this.#clock.clearTimeout(timer);
    this.#pending.clear();
  }
}
