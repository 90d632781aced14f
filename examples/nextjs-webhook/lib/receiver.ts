// What the app does with each verified event, once per event id.
import type { VerificationEvent } from 'verify-identity/server';

/** Event ids already acted on. In memory for the example; in production, a unique key in your database. */
const processed = new Map<string, Promise<void>>();

/** What the app did, oldest first: the example's stand-in for your own records. */
export const actions: { type: string; session: string; reference: string | null }[] = [];

async function act(event: VerificationEvent): Promise<void> {
  const session = event.data.object;
  const record = (type: string) => void actions.push({ type, session: session.id, reference: session.client_reference_id });
  switch (event.type) {
    case 'identity.verification_session.verified':
      // The person is verified: unlock what was waiting on it for `client_reference_id`.
      return record('verified');
    case 'identity.verification_session.requires_input':
      // The checks failed (`last_error.code` says why) or consent was declined: invite them to try again.
      return record(`requires_input:${session.last_error?.code ?? 'unknown'}`);
    case 'identity.verification_session.canceled':
      return record('canceled');
    default:
      // created, processing, redacted, and any type added later: nothing to do here.
      return;
  }
}

/**
 * Acts on `event` once: a duplicate delivery (same id, which is the `webhook-id`) waits for the first
 * run and does nothing more. A run that failed is forgotten, so the sender's retry acts again.
 */
export function actOnce(event: VerificationEvent): Promise<void> {
  let run = processed.get(event.id);
  if (!run) {
    run = act(event);
    processed.set(event.id, run);
    run.catch(() => processed.delete(event.id));
  }
  return run;
}
