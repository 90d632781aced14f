// Contracts an integrator relies on (issue 23): a new session's secret typed as present, and 'Try again'
// never moving to another session behind the page's back.

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createSessionModel, type SessionModelEvent, type VerifyErrorCode } from '../../src/core/index.js';
import { setupMockServer } from '../../src/mocks/node.js';

const { backend, server } = setupMockServer({ apiBase: '/v1' });
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

function newSession(testOutcome: 'verified' | 'document_expired' = 'verified'): { id: string; secret: string } {
  const created = backend.createSession({ type: 'document', processing_ms: 10, test_outcome: testOutcome, options: { document: { allowed_types: ['passport'] } } });
  // Typed `string`, not `string | null`: strict TypeScript takes it without a `!` (this line did not compile before).
  const secret: string = created.client_secret;
  return { id: created.id, secret };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 8000;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the mock backend’s createSession()', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => backend.reset());
  after(() => server.close());

  it('returns the new session with its client secret', () => {
    const { id, secret } = newSession();
    assert.match(secret, new RegExp(`^${id}_secret_[A-Za-z0-9]+$`));
  });
});

describe('Try again with fetchClientSecret', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => backend.reset());
  after(() => server.close());

  /** A session whose checks failed (document_expired): its secret is spent, 'Try again' needs a fresh one. */
  async function failedAttempt() {
    const session = newSession('document_expired');
    const events: SessionModelEvent[] = [];
    const model = createSessionModel({ apiBase: 'http://localhost/v1', pollInterval: 20, onEvent: (event) => events.push(event) });
    await model.load(session.secret);
    await model.submit({ documentType: 'passport', files: [{ side: 'front', purpose: 'identity_document', image: new Blob([PNG], { type: 'image/png' }) }] });
    await until(() => model.session?.last_error?.code === 'document_expired', 'the failed check');
    return { session, model, events };
  }

  it('refuses a secret of another session with client_secret_session_mismatch, sending nothing for that session', async () => {
    const { session, model, events } = await failedAttempt();
    const other = newSession();
    assert.equal(await model.startNewAttempt(() => Promise.resolve(other.secret)), false);
    const errors = events.filter((event) => event.type === 'error');
    assert.deepEqual(
      errors.map(({ error, phase }) => ({ code: error.code, type: error.type, phase })),
      [{ code: 'client_secret_session_mismatch', type: 'invalid_request', phase: 'retry' }],
    );
    const code: VerifyErrorCode = errors[0]!.error.code;
    assert.equal(code, 'client_secret_session_mismatch');
    assert.doesNotMatch(errors[0]!.error.message, /_secret_/, 'the message repeats no secret');
    assert.deepEqual(backend.requests.filter((request) => request.sessionId === other.id), [], 'no request for the other session');
    assert.equal(model.session?.id, session.id, 'still the same session');
    model.close();
  });

  it('starts a new attempt of the same session with its fresh secret', async () => {
    const { session, model, events } = await failedAttempt();
    const fresh = backend.retrieveSession(session.id).client_secret;
    assert.ok(fresh && fresh !== session.secret);
    assert.equal(await model.startNewAttempt(() => Promise.resolve(fresh)), true);
    assert.deepEqual(events.filter((event) => event.type === 'error'), []);
    assert.equal(model.session?.id, session.id);
    model.close();
  });
});
