// The spent-credential rule, written once in core: the mock backend applies it, the OpenAPI document
// states it, and the SDK follows from it (a new last_error spends its secret). Not in the core entry:
// integrators never apply it themselves.
import type { SessionAction } from './session.js';

/**
 * `fail` and `decline` end an attempt, and that spends every client secret and handoff code the session
 * issued before it, whichever device holds it. Only a credential issued afterwards may start the next
 * attempt: minting codes cannot turn one secret into more attempts.
 */
export function endsAttempt(action: SessionAction): boolean {
  return action === 'fail' || action === 'decline';
}
