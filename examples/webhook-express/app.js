// An Express webhook receiver for verify-identity: verifies each delivery's Standard Webhooks signature
// on the raw body, acts once per event id (deliveries are at least once), and answers 2xx so the
// sender stops retrying.
import express from 'express';
import { isVerifyError, verifyWebhook } from 'verify-identity/server';

/**
 * The app, to start with `listen()` or to mount in yours. `secret` is the endpoint's `whsec_…` secret.
 * `actions` records what it did (the example's stand-in for your own records).
 */
export function createApp({ secret = process.env.VERIFY_IDENTITY_WEBHOOK_SECRET } = {}) {
  if (!secret) throw new Error('Set VERIFY_IDENTITY_WEBHOOK_SECRET to the webhook secret (whsec_…).');
  /** Event ids already acted on. In memory for the example; in production, a unique key in your database. */
  const processed = new Map();
  const actions = [];

  async function act(event) {
    const session = event.data.object;
    const record = (type) => actions.push({ type, session: session.id, reference: session.client_reference_id });
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
        // created, processing, redacted, and any type added later: nothing to do.
        return;
    }
  }

  const app = express();
  // express.raw: the body as the bytes that were signed. express.json() would parse it, and re-serialised
  // JSON no longer matches its signature.
  app.post('/hooks', express.raw({ type: '*/*', limit: '1mb' }), async (request, response, next) => {
    let event;
    try {
      event = await verifyWebhook(request.body, request.headers, secret);
    } catch (error) {
      if (isVerifyError(error)) return response.status(400).json({ error: error.code });
      return next(error);
    }
    // The event id is the webhook-id: a duplicate waits for the first run and is acknowledged, not acted on again.
    let run = processed.get(event.id);
    if (!run) {
      run = act(event);
      processed.set(event.id, run);
      run.catch(() => processed.delete(event.id));
    }
    try {
      await run;
      response.status(204).end();
    } catch (error) {
      next(error); // a 500: the sender retries, and the retry acts again
    }
  });
  app.locals.actions = actions;
  return app;
}
