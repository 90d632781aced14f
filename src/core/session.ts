import { VerifyError } from './errors.js';

export const SessionStatus = {
  RequiresInput: 'requires_input',
  Processing: 'processing',
  Verified: 'verified',
  Canceled: 'canceled',
} as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
export const SESSION_STATUSES = Object.values(SessionStatus);

/**
 * What moves a session: `submit` (the person submits), `verify` / `fail` (checks end),
 * `decline` (consent declined), `cancel` and `redact` (the site's server).
 */
export type SessionAction = 'submit' | 'verify' | 'fail' | 'decline' | 'cancel' | 'redact';

/**
 * The one lifecycle table, shared by the SDK and the mock backend.
 * A pair that is missing is illegal. `decline` keeps `requires_input` but records
 * `last_error`. `redact` is refused while `processing`; it cancels a session that still
 * `requires_input`, and leaves `verified` and `canceled` as they are (only the data goes).
 */
export const TRANSITIONS: Readonly<Record<SessionStatus, Partial<Record<SessionAction, SessionStatus>>>> = {
  requires_input: { submit: 'processing', decline: 'requires_input', cancel: 'canceled', redact: 'canceled' },
  processing: { verify: 'verified', fail: 'requires_input' },
  verified: { redact: 'verified' },
  canceled: { redact: 'canceled' },
};

/** Statuses after which the client has nothing left to do or watch. */
export function isFinalStatus(status: SessionStatus): boolean {
  return status === 'verified' || status === 'canceled';
}

export function canTransition(from: SessionStatus, action: SessionAction): boolean {
  return TRANSITIONS[from][action] !== undefined;
}

/** The status `action` leads to from `from`; throws a `state_conflict` VerifyError when illegal. */
export function transition(from: SessionStatus, action: SessionAction): SessionStatus {
  const to = TRANSITIONS[from][action];
  if (to === undefined) {
    throw new VerifyError({
      type: 'state_conflict',
      code: 'session_unexpected_state',
      message: `Cannot ${action} a verification session whose status is ${from}.`,
    });
  }
  return to;
}

export function isSessionStatus(value: unknown): value is SessionStatus {
  return typeof value === 'string' && (SESSION_STATUSES as string[]).includes(value);
}
