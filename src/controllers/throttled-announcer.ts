import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The clock and timers of a `ThrottledAnnouncer` (tests pass a fake one). */
export interface AnnouncerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const browserClock: AnnouncerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export interface ThrottledAnnouncerOptions {
  /** Least time between two changes of `text`, in ms. @default 1500 */
  intervalMs?: number;
  /** @default performance.now and the window's timers */
  clock?: AnnouncerClock;
}

/**
 * The text of a polite live region that follows a fast-changing hint. A change is announced at once when the last
 * one is at least `intervalMs` old, else when that time is up, with the latest text: screen readers queue every
 * change of a polite region, and a hint that changes four times a second would keep them reading frames long gone.
 * Setting the text already announced, or going back to it before the wait is up, announces nothing.
 */
export class ThrottledAnnouncer implements ReactiveController {
  /** What the live region says. */
  text = '';

  readonly #host: ReactiveControllerHost;
  readonly #intervalMs: number;
  readonly #clock: AnnouncerClock;
  #latest = '';
  #announcedAt = -Infinity;
  #timer: unknown;

  constructor(host: ReactiveControllerHost, { intervalMs = 1500, clock = browserClock }: ThrottledAnnouncerOptions = {}) {
    this.#host = host;
    this.#intervalMs = intervalMs;
    this.#clock = clock;
    host.addController(this);
  }

  /** The hint as it is now ('' for none). */
  set(text: string): void {
    this.#latest = text;
    if (this.#timer !== undefined || text === this.text) return;
    const wait = this.#announcedAt + this.#intervalMs - this.#clock.now();
    if (wait > 0) {
      this.#timer = this.#clock.setTimeout(() => {
        this.#timer = undefined;
        this.set(this.#latest);
      }, wait);
      return;
    }
    this.text = text;
    this.#announcedAt = this.#clock.now();
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
