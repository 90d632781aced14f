import type { ClientSession } from '../core/types.js';

export interface SessionListener {
  /** The session changed (status or last_error may have moved). */
  change(view: ClientSession): void;
  /** The backend was reset: nothing more will come. */
  end(): void;
}

/** Who follows which session: the status streams of the client. */
export class SessionListeners {
  #bySession = new Map<string, Set<SessionListener>>();

  /** Calls `listener` after every change of session `id`; returns the unsubscribe function. */
  add(id: string, listener: SessionListener): () => void {
    const set = this.#bySession.get(id) ?? new Set<SessionListener>();
    set.add(listener);
    this.#bySession.set(id, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#bySession.get(id) === set) this.#bySession.delete(id);
    };
  }

  count(id: string): number {
    return this.#bySession.get(id)?.size ?? 0;
  }

  notify(id: string, view: ClientSession): void {
    // A copy: a listener may unsubscribe while it is told.
    for (const listener of [...(this.#bySession.get(id) ?? [])]) listener.change(view);
  }

  /** The backend was reset: ends every subscription, each told once. */
  endAll(): void {
    const listeners = [...this.#bySession.values()].flatMap((set) => [...set]);
    this.#bySession.clear();
    for (const listener of listeners) listener.end();
  }
}
