import type { VerifyErrorInit } from '../../core/errors.js';
import type { SessionStatus } from '../../core/session.js';
import type { ClientSession, LastError } from '../../core/types.js';
import type { SessionModel } from '../../core/session-model.js';
import type { CloseReason } from '../../events.js';

/**
 * What `show()` and `verifyIdentity()` resolve with when the element closes. Tell outcomes apart by:
 * - `error` present: an SDK-level failure was left unresolved (bad or spent secret, network…), see `error.code`;
 * - `status: 'verified'`: checks passed;
 * - `status: 'processing'`: submitted, checks still running (follow the webhook);
 * - `status: 'requires_input'` with `lastError.code === 'consent_declined'`: the person declined;
 * - `status: 'requires_input'` with another `lastError`: checks failed;
 * - `status: 'requires_input'` without `lastError`: the person closed it before submitting (`reason: 'dismissed'`);
 * - `status: 'canceled'`: the site's server canceled (or redacted) the session.
 */
export type VerificationResult =
  | { status: SessionStatus; session: ClientSession; lastError?: LastError; reason: CloseReason }
  | { error: VerifyErrorInit; session?: ClientSession; reason: CloseReason };

export function resultOf(controller: Pick<SessionModel, 'session' | 'error'>, reason: CloseReason): VerificationResult {
  const { session, error } = controller;
  if (error) return session ? { error: error.toJSON(), session, reason } : { error: error.toJSON(), reason };
  if (!session) {
    return {
      error: { type: 'aborted', code: 'closed_before_loaded', message: 'The element closed before the session loaded.' },
      reason,
    };
  }
  return session.status === 'requires_input' && session.last_error
    ? { status: session.status, session, lastError: session.last_error, reason }
    : { status: session.status, session, reason };
}
