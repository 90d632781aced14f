import { ClauseFailure, NotExercised, describeAnswer, evidenceOf, expectError, fail } from '../context.js';
import { SESSIONS, clientAuth, type Flows, type ServerView } from '../flows.js';
import { claimCode, makeHandoff } from './handoff.js';
import type { Check } from './check.js';

const EVENT = 'identity.verification_session.';

/** The session's event types (without the prefix) must be exactly `expected`, each carrying the status it names. */
async function expectEvents(flows: Flows, id: string, expected: string[]): Promise<void> {
  const { exchange, events } = await flows.eventsOf(id);
  const types = events.map((event) => event.type.replace(EVENT, ''));
  if (types.join() !== expected.join()) {
    throw new ClauseFailure(`events of ${id}: ${types.join(', ') || 'none'}`, [evidenceOf(exchange, `events of this session, oldest first: ${expected.join(', ')}`)]);
  }
  const statusOf: Record<string, string> = { created: 'requires_input', processing: 'processing', verified: 'verified', requires_input: 'requires_input', canceled: 'canceled' };
  for (const event of events) {
    const type = event.type.replace(EVENT, '');
    const status = Object.hasOwn(statusOf, type) ? statusOf[type] : undefined;
    if (status && event.data.object.status !== status) fail(exchange, `the ${type} event carries the session with status ${status}`);
  }
}

export const lifecycleChecks: Check[] = [
  {
    clause: 'lifecycle.verified',
    async run({ flows }) {
      const session = await flows.create();
      const before = await flows.retrieveClient(session);
      if ((before.body as ServerView).status !== 'requires_input') fail(before, 'status requires_input for a new session');
      const submitted = await flows.uploadAndSubmit(session);
      if ((submitted.body as ServerView).status !== 'processing') fail(submitted, 'the submit answers the session, processing');
      const verified = await flows.waitFor(session.id, (view) => view.status !== 'processing', 'verified after processing');
      if (verified.status !== 'verified' || verified.client_secret !== null) {
        throw new ClauseFailure('not verified', [{ request: `GET ${SESSIONS}/${session.id} (secret key)`, answer: JSON.stringify({ status: verified.status, client_secret: verified.client_secret && '[secret]' }), expected: 'status verified, client_secret null' }]);
      }
    },
  },
  {
    clause: 'lifecycle.failed-checks',
    async run({ flows }) {
      const session = await flows.failedOnce('document_expired');
      const view = await flows.retrieveClient(session);
      const lastError = (view.body as ServerView).last_error;
      if (lastError?.code !== 'document_expired' || !lastError.reason) fail(view, 'requires_input with last_error { code: document_expired (the test_outcome), reason }');
    },
  },
  {
    clause: 'lifecycle.cancel',
    async run({ flows, driver }) {
      const session = await flows.create();
      const cancel = () => driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/cancel`, auth: driver.serverAuth, schema: 'ServerSession' });
      const canceled = await cancel();
      if (canceled.status !== 200 || (canceled.body as ServerView).status !== 'canceled') fail(canceled, '200, status canceled');
      expectError(await cancel(), 409, 'session_unexpected_state');
      expectError(await flows.submit(session, 'file_canceled0'), 409, 'session_unexpected_state');
      const verified = await flows.verified();
      expectError(await driver.call({ method: 'POST', path: `${SESSIONS}/${verified.id}/cancel`, auth: driver.serverAuth }), 409, 'session_unexpected_state');
    },
  },
  {
    clause: 'lifecycle.redaction',
    async run({ flows, driver }) {
      const redact = (id: string) => driver.call({ method: 'POST', path: `${SESSIONS}/${id}/redact`, auth: driver.serverAuth, schema: 'ServerSession' });
      // Not while processing: checks of 10 s, so that a loaded machine still asks during them. Nothing waits for their end.
      const slow = await flows.create('verified', 10_000);
      await flows.uploadAndSubmit(slow);
      const during = await redact(slow.id);
      if (during.status === 200 && !flows.testMode) throw new NotExercised('the checks ended before the redaction could be asked during them');
      expectError(during, 409, 'session_unexpected_state');

      const open = await flows.create();
      const canceled = await redact(open.id);
      const canceledView = canceled.body as ServerView;
      if (canceled.status !== 200 || canceledView.status !== 'canceled' || !canceledView.redaction) fail(canceled, '200, requires_input redacted becomes canceled, with redaction.status');

      const verified = await flows.verified();
      const kept = await redact(verified.id);
      const keptView = kept.body as ServerView & { verified_outputs: Record<string, unknown> | null };
      if (kept.status !== 200 || keptView.status !== 'verified' || !['processing', 'redacted'].includes(keptView.redaction?.status ?? '')) {
        fail(kept, '200, a verified session stays verified, redaction.status processing or redacted');
      }
      const done = await flows.waitFor(verified.id, (view) => view.redaction?.status === 'redacted', 'redaction.status redacted');
      const outputs = (done as ServerView & { verified_outputs: Record<string, unknown> | null }).verified_outputs ?? {};
      const leftover = Object.entries(outputs).filter(([, value]) => value !== null && value !== '[redacted]');
      if (leftover.length) {
        throw new ClauseFailure('personal data after redaction', [{ request: `GET ${SESSIONS}/${verified.id} (secret key)`, answer: `verified_outputs fields still set: ${leftover.map(([key]) => key).join(', ')}`, expected: 'every verified_outputs field "[redacted]" or null' }]);
      }
    },
  },
  {
    clause: 'lifecycle.redacted-refuses-client',
    async run({ flows, driver }) {
      const session = await flows.create();
      const redacted = await driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/redact`, auth: driver.serverAuth, schema: 'ServerSession' });
      if (redacted.status !== 200) throw new NotExercised(`redacting failed: ${describeAnswer(redacted)}`);
      expectError(await flows.retrieveClient(session), 409, 'session_redacted');
      expectError(await flows.upload(session), 409, 'session_redacted');
      expectError(await driver.call({ method: 'GET', path: `${SESSIONS}/${session.id}/stream`, auth: session.secret }), 409, 'session_redacted');
    },
  },
  {
    clause: 'lifecycle.one-event-per-change',
    async run({ flows, driver }) {
      const verified = await flows.verified();
      await expectEvents(flows, verified.id, ['created', 'processing', 'verified']);
      const declined = await flows.create();
      await driver.call({ method: 'POST', path: `${SESSIONS}/${declined.id}/decline`, auth: declined.secret });
      const cancel = await driver.call({ method: 'POST', path: `${SESSIONS}/${declined.id}/cancel`, auth: driver.serverAuth });
      if (cancel.status !== 200) throw new NotExercised(`canceling failed: ${describeAnswer(cancel)}`);
      await expectEvents(flows, declined.id, ['created', 'requires_input', 'canceled']);
    },
  },
  {
    clause: 'lifecycle.no-event-without-change',
    async run({ flows, driver }) {
      const session = await flows.create();
      const { code } = await makeHandoff(flows, session);
      const claimed = await claimCode(flows, session.id, code);
      const phone = (claimed.body as { client_secret?: unknown } | undefined)?.client_secret;
      if (claimed.status !== 200 || typeof phone !== 'string') throw new NotExercised(`claiming a handoff code failed: ${describeAnswer(claimed)}`);
      for (const secret of [clientAuth(phone), session.secret]) {
        // The desktop's decline may be refused (its secret spent by the phone's): either way, one change, one event.
        await driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/decline`, auth: secret, schema: 'ClientSession' });
      }
      await expectEvents(flows, session.id, ['created', 'requires_input']);
    },
  },
];
