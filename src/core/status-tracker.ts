import { TRANSITIONS, type SessionAction, type SessionStatus } from './session.js';
import type { ClientSession } from './types.js';

/**
 * The one place where status changes are de-duplicated and checked against the lifecycle table.
 * Sessions come from several sources (the load, a submit or decline answer, the status stream, a poll),
 * in any order; a stale or buffered one must not move the status backwards, and each change is
 * reported once.
 */
export interface StatusTracker {
  /** The last session accepted, `null` before the first. */
  readonly current: ClientSession | null;
  /**
   * Takes a session from any source. Returns `'initial'` for the first one, `'change'` for a real
   * transition (a new status, or a new `last_error` while `requires_input`), `'same'` for the state
   * already known (its data is still taken), and `'stale'` for a change the lifecycle does not allow
   * from the current status (ignored).
   */
  accept(session: ClientSession): 'initial' | 'change' | 'same' | 'stale';
}

/** Whether some sequence of actions leads from `from` to `to` (polling may miss the steps between). */
export function canReach(from: SessionStatus, to: SessionStatus): boolean {
  const seen = new Set<SessionStatus>([from]);
  for (const status of seen) {
    // The table's own keys: every one is a legal action from `status`.
    for (const action of Object.keys(TRANSITIONS[status]) as SessionAction[]) {
      const next = TRANSITIONS[status][action]!;
      if (next === to) return true;
      seen.add(next);
    }
  }
  return false;
}

/**
 * Whether `next` is a change that may follow `current`. `requires_input` is only ever re-entered with
 * a `last_error` (a failed check, a declined consent): one without it is the state before a submit.
 */
export function isLegalChange(current: ClientSession, next: ClientSession): boolean {
  if (next.status === 'requires_input' && !next.last_error) return false;
  if (current.status === next.status) return next.status === 'requires_input';
  return canReach(current.status, next.status);
}

/**
 * Whether two sessions are in the same state for whoever follows them: the same status and the same
 * `last_error` code. Anything else is a change, and each change is reported once (the SDK's events,
 * the service's `.requires_input` and the other events of the mock).
 */
export function isSameState(a: Pick<ClientSession, 'status' | 'last_error'>, b: Pick<ClientSession, 'status' | 'last_error'>): boolean {
  return a.status === b.status && a.last_error?.code === b.last_error?.code;
}

export function createStatusTracker(): StatusTracker {
  let current: ClientSession | null = null;
  return {
    get current() {
      return current;
    },
    accept(session) {
      const previous = current;
      if (!previous) {
        current = session;
        return 'initial';
      }
      if (isSameState(previous, session)) {
        current = session;
        return 'same';
      }
      if (!isLegalChange(previous, session)) return 'stale';
      current = session;
      return 'change';
    },
  };
}
