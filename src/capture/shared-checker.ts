// One ImageChecker — one Worker — for every capture step on the page. The steps of a document's two sides and the
// selfie follow one another: sharing spares each a Worker start, and the idle delay lets the next step take it over.
import type { ImageChecker } from './client.js';

/** Ms the Worker stays after the last user released it (the next side's step usually comes right after). */
const IDLE_MS = 10_000;

let loading: Promise<ImageChecker> | undefined;
let users = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** The shared checker, loaded with the engine's chunk on first use. */
function load(): Promise<ImageChecker> {
  loading ??= import('./index.js').then(
    ({ ImageChecker }) => new ImageChecker(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * One user's hold on the page's shared checker: `get()` takes the hold (once) and loads the checker, `release()`
 * gives it back. The checker is closed once no one has held it for `IDLE_MS`, never while anyone does.
 */
export class SharedChecker {
  #holding = false;

  get(): Promise<ImageChecker> {
    if (!this.#holding) {
      this.#holding = true;
      users++;
      clearTimeout(idleTimer);
    }
    return load();
  }

  release(): void {
    if (!this.#holding) return;
    this.#holding = false;
    users--;
    if (users > 0) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      const closing = loading;
      loading = undefined;
      void closing?.then((checker) => checker.close(), () => undefined);
    }, IDLE_MS);
  }
}
