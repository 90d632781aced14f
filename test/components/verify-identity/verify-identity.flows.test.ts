import { expect, waitUntil } from '@open-wc/testing';
import { LAST_ERROR_CODES } from '../../../src/core/types.js';
import { en } from '../../../src/locales/en.js';
import { SubmitRequestEvent } from '../../../src/components/step-events.js';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { verifyIdentity } from '../../../src/verify-identity.js';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import {
  acceptConsent,
  chooseDocument,
  clickShellButton,
  declineConsent,
  enterIdNumber,
  mount,
  passportFlow,
  recordEvents,
  statusTrail,
  stepElement,
  stepsOf,
  submitReview,
  uploadImage,
  waitForStep,
} from '../../support/element.js';

describe('<verify-identity> flows', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('verifies a passport: one side, events in order, files and submit received by the backend', async () => {
    const session = createSession(mock.backend);
    const [historyLength, url] = [history.length, location.href];
    const { el, events } = await mount(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'verified');

    expect([history.length, location.href], "the page's history and URL are left alone").to.deep.equal([historyLength, url]);
    expect(stepsOf(events)).to.deep.equal(['consent', 'capture-front', 'review', 'processing', 'verified']);
    expect(statusTrail(events)).to.deep.equal([
      'processing',
      'status-change:requires_input>processing',
      'verified',
      'status-change:processing>verified',
    ]);
    const ready = events.findIndex((e) => e.type === 'verification-ready');
    expect(ready).to.be.greaterThan(-1);
    expect(ready).to.be.lessThan(events.findIndex((e) => e.type === 'verification-step' && (e.detail as { step: string }).step === 'consent'));
    const received = mock.backend.requests.filter((r) => r.endpoint === 'files' || r.endpoint === 'submit');
    expect(received.map((r) => [r.endpoint, r.status])).to.deep.equal([
      ['files', 200],
      ['submit', 200],
    ]);
    expect(el.status).to.equal('verified');

    clickShellButton(el, 'Done');
    await waitUntil(() => events.some((e) => e.type === 'verification-close'));
    expect(events.at(-1)).to.deep.equal({ type: 'verification-close', detail: { reason: 'completed', status: 'verified' } });
    expect(el.open).to.equal(false);
  });

  it('reports each failed check with its reason and a Try again path', async () => {
    // Every code but consent_declined (its own test) and a spread that keeps the suite fast.
    const codes = LAST_ERROR_CODES.filter((code) => code !== 'consent_declined');
    await Promise.all(
      codes.map(async (code) => {
        const session = createSession(mock.backend, { test_outcome: code });
        const { el, events } = await mount(session.client_secret);
        await passportFlow(el, events);
        await waitForStep(events, 'requires-input');
        expect(statusTrail(events), code).to.deep.equal([
          'processing',
          'status-change:requires_input>processing',
          `requires-input:${code}`,
          'status-change:processing>requires_input',
        ]);
        const text = el.shadowRoot!.querySelector('.body')!.textContent!;
        expect(text).to.contain(en.outcome.failedHeading);
        expect(text).to.contain(en.lastErrors[code]);
        expect(text, 'the service reason is for integrators, not people').not.to.contain(mock.backend.retrieveSession(session.id).last_error!.reason);
        expect(el.shadowRoot!.querySelector('.body')!.textContent).to.contain('Try again');
        el.remove();
      }),
    );
  });

  it('verifyIdentity() resolves every outcome of the checks with its status and lastError, and cleans up', async () => {
    const outcomes = ['verified', ...LAST_ERROR_CODES.filter((code) => code !== 'consent_declined')] as const;
    await Promise.all(
      outcomes.map(async (outcome) => {
        const session = createSession(mock.backend, { test_outcome: outcome });
        let el: VerifyIdentityElement | undefined;
        const result = verifyIdentity(session.client_secret, { pollInterval: 50, onMount: (mounted) => (el = mounted) });
        const events = recordEvents(el!);
        await passportFlow(el!, events);
        await waitForStep(events, outcome === 'verified' ? 'verified' : 'requires-input');
        el!.close();
        const settled = await result;
        const lastErrorCode = 'status' in settled ? settled.lastError?.code : 'an error instead';
        if (outcome === 'verified') {
          expect(settled, outcome).to.include({ status: 'verified', reason: 'closed-by-api' });
          expect(lastErrorCode, outcome).to.equal(undefined);
        } else {
          expect(settled, outcome).to.include({ status: 'requires_input', reason: 'closed-by-api' });
          expect(lastErrorCode, outcome).to.equal(outcome);
        }
        expect(el!.isConnected, 'the element is removed').to.equal(false);
      }),
    );
  });

  it('asks both sides of an ID card, then submits document_type id_card with two files', async () => {
    const session = createSession(mock.backend, { options: { document: { allowed_types: ['passport', 'id_card'] } } });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await chooseDocument(el, events, 'id_card');
    await uploadImage(el, events, 'front');
    await uploadImage(el, events, 'back');
    await submitReview(el, events);
    await waitForStep(events, 'verified');
    expect(stepsOf(events)).to.deep.equal([
      'consent',
      'document-type',
      'capture-front',
      'capture-back',
      'review',
      'processing',
      'verified',
    ]);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files')).to.have.length(2);
  });

  it('asks a selfie and the ID number when required, and only the ID number for id_number sessions', async () => {
    const document = createSession(mock.backend, {
      options: { document: { allowed_types: ['passport'], require_matching_selfie: true, require_id_number: true } },
    });
    const first = await mount(document.client_secret);
    await acceptConsent(first.el, first.events);
    await uploadImage(first.el, first.events, 'front');
    await uploadImage(first.el, first.events, 'selfie');
    await enterIdNumber(first.el, first.events);
    await submitReview(first.el, first.events);
    await waitForStep(first.events, 'verified');
    expect(stepsOf(first.events)).to.include.members(['capture-selfie', 'id-number']);

    const idNumber = createSession(mock.backend, { type: 'id_number' });
    const second = await mount(idNumber.client_secret);
    await acceptConsent(second.el, second.events);
    await enterIdNumber(second.el, second.events);
    await submitReview(second.el, second.events);
    await waitForStep(second.events, 'verified');
    expect(stepsOf(second.events)).to.deep.equal(['consent', 'id-number', 'review', 'processing', 'verified']);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files' && r.sessionId === idNumber.id)).to.have.length(0);
  });

  it('reports declined consent to the backend and shows it as its own outcome', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await declineConsent(el, events);
    await waitForStep(events, 'requires-input');
    expect(mock.backend.requests.some((r) => r.endpoint === 'decline' && r.status === 200)).to.equal(true);
    expect(statusTrail(events)).to.deep.equal([
      'requires-input:consent_declined',
      'status-change:requires_input>requires_input',
    ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Verification declined');
    expect(mock.backend.retrieveSession(session.id).last_error?.code).to.equal('consent_declined');

    // The decline spent the secret: starting again without a fresh one says so at once. The stream may
    // report the decline before its HTTP answer; until that answer, Try again is disabled.
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.body .button--primary:not([disabled])'), 'Try again enabled');
    clickShellButton(el, 'Try again');
    await waitUntil(() => events.some((e) => e.type === 'verification-error'));
    expect((events.find((e) => e.type === 'verification-error')!.detail as { error: { code: string } }).error.code).to.equal('secret_spent');
  });

  it('tries again after a failed check with a fresh secret from fetchClientSecret, restarting at capture', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired' });
    const { el, events } = await mount(session.client_secret);
    let fetched = 0;
    el.fetchClientSecret = async () => {
      fetched += 1;
      return mock.backend.retrieveSession(session.id).client_secret!;
    };
    await passportFlow(el, events);
    await waitForStep(events, 'requires-input');
    const stepCount = stepsOf(events).length;
    clickShellButton(el, 'Try again');
    await waitForStep(events, 'capture-front');
    expect(fetched).to.equal(1);
    expect(stepsOf(events).slice(stepCount)).to.deep.equal(['capture-front']);
    await uploadImage(el, events, 'front');
    await submitReview(el, events);
    await waitForStep(events, 'processing');
    expect(mock.backend.submissionCount(session.id)).to.equal(2);
    expect(events.filter((e) => e.type === 'verification-ready')).to.have.length(1);
  });

  it('without fetchClientSecret, Try again after a failed attempt reports secret_spent', async () => {
    const session = createSession(mock.backend, { test_outcome: 'selfie_face_mismatch' });
    const { el, events } = await mount(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'requires-input');
    clickShellButton(el, 'Try again');
    await waitUntil(() => events.some((e) => e.type === 'verification-error'));
    expect((events.find((e) => e.type === 'verification-error')!.detail as { error: { code: string } }).error.code).to.equal(
      'secret_spent',
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('already been used');
  });

  it('submits once however often submit is requested while one is in flight', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    const review = stepElement(el);
    const button = review.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!;
    button.click();
    button.click();
    // Past the step's own lock, straight to the shell.
    review.dispatchEvent(new SubmitRequestEvent());
    review.dispatchEvent(new SubmitRequestEvent());
    await waitForStep(events, 'verified');
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'submit')).to.have.length(1);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files')).to.have.length(1);
    expect(events.filter((e) => e.type === 'verification-processing')).to.have.length(1);
  });

  it('after a failed upload, a new submit does not upload again what was stored', async () => {
    const session = createSession(mock.backend, {
      options: { document: { allowed_types: ['id_card'] } },
    });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await uploadImage(el, events, 'back');
    // The front uploads (a zero delay lets it through); the back gets an answer the client cannot use.
    mock.backend.faults.inject({ endpoint: 'files', kind: 'delay', ms: 0 });
    mock.backend.faults.inject({ endpoint: 'files', kind: 'malformed' });
    await submitReview(el, events);
    await waitUntil(() => events.some((e) => e.type === 'verification-error'), 'the failure is reported');
    const review = stepElement(el) as HTMLElement & { error?: string; busy: boolean };
    await waitUntil(() => !review.busy && review.error, 'the review step shows the error');
    expect(currentStepOf(events)).to.equal('review');

    (await reviewButton(el)).click();
    await waitForStep(events, 'verified');
    // front once, back twice (its first answer was unusable): the front was not uploaded again.
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files')).to.have.length(3);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });
});

function currentStepOf(events: Parameters<typeof stepsOf>[0]) {
  return stepsOf(events).at(-1);
}

async function reviewButton(el: HTMLElement): Promise<HTMLButtonElement> {
  const review = el.shadowRoot!.querySelector('[data-step]') as HTMLElement & { updateComplete: Promise<unknown> };
  await review.updateComplete;
  return review.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!;
}
