import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SessionController, type Submission } from '../../src/controllers/session-controller.js';
import type { VerifyError } from '../../src/core/errors.js';
import { createHandoffLinkWith } from '../../src/core/handoff.js';
import { createSession, PASSPORT_ONLY, requestsTo, useMockBackend } from '../support/backend.js';
import { recordEvents, statusTrail } from '../support/element.js';
import { pngFile } from '../support/images.js';
import { trackQuiet } from '../support/quiet.js';

class ControllerHost extends LitElement {}
customElements.define('session-controller-host', ControllerHost);

async function setUp(options: ConstructorParameters<typeof SessionController>[1] = {}) {
  const host = await fixture<ControllerHost>(html`<session-controller-host></session-controller-host>`);
  const events = recordEvents(host);
  const controller = new SessionController(host, { pollInterval: () => 50, ...options });
  return { host, events, controller };
}

async function passport(): Promise<Submission> {
  return { documentType: 'passport', files: [{ side: 'front', purpose: 'identity_document', image: await pngFile('front.png') }] };
}

describe('SessionController', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('loads the session and fires verification-ready, without a status event', async () => {
    const session = createSession(mock.backend);
    const { controller, events } = await setUp();
    await controller.open(session.client_secret);
    expect(controller.model.session?.id).to.equal(session.id);
    expect(events.map((e) => e.type)).to.deep.equal(['verification-ready']);
  });

  it('reports a malformed secret as verification-error before any request', async () => {
    const { controller, events } = await setUp();
    await controller.open('vs_x');
    expect(controller.model.error?.code).to.equal('client_secret_malformed');
    expect(controller.model.failure?.phase).to.equal('load');
    expect(events).to.deep.equal([{ type: 'verification-error', detail: { error: controller.model.error!.toJSON() } }]);
    expect(mock.backend.requests).to.have.length(0);
  });

  it('uploads, submits once for concurrent calls, and follows the status to verified', async () => {
    const session = createSession(mock.backend);
    const { controller, events } = await setUp();
    await controller.open(session.client_secret);
    const submission = await passport();
    const first = controller.submit(submission);
    const second = controller.submit(submission);
    expect(controller.model.submitting).to.equal(true);
    await Promise.all([first, second]);
    await waitUntil(() => controller.model.session?.status === 'verified', 'verified');
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'submit')).to.have.length(1);
    expect(statusTrail(events)).to.deep.equal([
      'processing',
      'status-change:requires_input>processing',
      'verified',
      'status-change:processing>verified',
    ]);
    expect(controller.model.progress, 'no upload in flight').to.equal(null);
  });

  it('keeps one Idempotency-Key for the same body when the person submits again after a lost answer', async () => {
    const session = createSession(mock.backend);
    const keys: string[] = [];
    let dropSubmits = true;
    const lossyFetch: typeof fetch = async (input, init) => {
      const isSubmit = String(input).endsWith('/submit');
      if (isSubmit) keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
      if (isSubmit && dropSubmits) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const { controller } = await setUp({ fetch: lossyFetch });
    await controller.open(session.client_secret);
    const submission = await passport();
    await controller.submit(submission);
    expect(controller.model.error?.type).to.equal('network');
    expect(controller.model.failure?.phase).to.equal('submit');

    dropSubmits = false;
    await controller.submit(submission);
    expect(controller.model.session?.status).to.equal('processing');
    expect(new Set(keys).size, 'one key for every try of the same body').to.equal(1);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files'), 'the stored file is not uploaded again').to.have.length(1);
  });

  it('stops watching on close and on disconnection', async () => {
    const session = createSession(mock.backend, { processing_ms: 5000 });
    // Counts requests as they are made: the mock records one only when it arrives, which under load can
    // be well after a request made before the close.
    const quiet = trackQuiet();
    try {
      const { host, controller } = await setUp({ fetch: quiet.fetch });
      await controller.open(session.client_secret);
      await waitUntil(() => mock.backend.requests.some((request) => request.endpoint === 'stream'), 'the watch started');
      controller.close();
      await quiet.expectQuiet('after close');

      await controller.open(session.client_secret);
      host.remove();
      await quiet.expectQuiet('after removal');
    } finally {
      quiet.restore();
    }
  });

  it('for a new attempt, asks fetchClientSecret once the secret is spent, else reports secret_spent', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired' });
    const { controller, events } = await setUp();
    await controller.open(session.client_secret);
    expect(await controller.startNewAttempt(), 'an unspent secret may try again').to.equal(true);
    await controller.submit(await passport());
    await waitUntil(() => controller.model.session?.last_error, 'the check fails');
    expect(controller.model.secretSpent).to.equal(true);

    expect(await controller.startNewAttempt()).to.equal(false);
    expect(controller.model.error?.code).to.equal('secret_spent');
    // Calls made through the model's client (the handoff link) carry the secret in use: the spent one here.
    const handoffLink = () => controller.model.withClient((client) => createHandoffLinkWith(client, 'https://shop.example/continue'));
    const refused = await handoffLink().catch((error: VerifyError) => error);
    expect((refused as VerifyError).code).to.equal('secret_spent');

    const fresh = async () => mock.backend.retrieveSession(session.id).client_secret!;
    expect(await controller.startNewAttempt(fresh)).to.equal(true);
    expect(controller.model.error).to.equal(null);
    // The secret in use is now the fresh one (the handoff view creates its links with it), not the spent one.
    expect((await handoffLink()).url).to.match(new RegExp(`^https://shop.example/continue#code=${session.id}_handoff_`));
    expect(events.filter((e) => e.type === 'verification-ready')).to.have.length(1);

    expect(await controller.startNewAttempt(() => Promise.reject(new Error('offline')))).to.equal(false);
    expect(controller.model.error?.code).to.equal('client_secret_fetch_failed');
  });

  it('a fresh secret of another session ends in verification-error client_secret_session_mismatch, nothing sent for it', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired' });
    const other = createSession(mock.backend);
    const { controller, events } = await setUp();
    await controller.open(session.client_secret);
    await controller.submit(await passport());
    await waitUntil(() => controller.model.session?.last_error, 'the check fails');

    expect(await controller.startNewAttempt(async () => other.client_secret)).to.equal(false);
    const errors = events.filter((e) => e.type === 'verification-error').map((e) => (e.detail as { error: VerifyError }).error);
    expect(errors.map(({ type, code }) => ({ type, code }))).to.deep.equal([{ type: 'invalid_request', code: 'client_secret_session_mismatch' }]);
    expect(requestsTo(mock.backend, other.id)).to.equal(0);
    expect(controller.model.session?.id).to.equal(session.id);
  });
});
