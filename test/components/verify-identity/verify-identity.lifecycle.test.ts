import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { verifyIdentity } from '../../../src/verify-identity.js';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import {
  acceptConsent,
  mount,
  passportFlow,
  type RecordedEvent,
  recordEvents,
  statusTrail,
  stepRoot,
  stepsOf,
  submitReview,
  uploadImage,
  waitForStep,
} from '../../support/element.js';
import { trackQuiet, type Quiet } from '../../support/quiet.js';

const errorCode = (events: RecordedEvent[]) =>
  (events.find((e) => e.type === 'verification-error')?.detail as { error: { code: string } } | undefined)?.error.code;

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<verify-identity> lifecycle', () => {
  // "Nothing happens" is proven by what is pending (the SDK's timers, the page's requests), not by waiting.
  let quiet: Quiet;
  beforeEach(() => (quiet = trackQuiet({ page: true })));
  afterEach(() => quiet.restore());
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  describe('bad secrets', () => {
    const cases: [string, (secret: string) => string, string][] = [
      ['malformed', () => 'not-a-secret', 'client_secret_malformed'],
      ['unknown', (secret) => secret.replace(/_secret_.*/, '_secret_doesnotexist0000'), 'secret_invalid'],
      ['expired', (secret) => secret, 'secret_expired'],
    ];
    for (const [name, secretOf, code] of cases) {
      it(`shows a ${name} secret clearly and fires verification-error ${code}`, async () => {
        const session = createSession(mock.backend);
        if (name === 'expired') mock.advance(25 * 60 * 60 * 1000);
        const { el, events } = await mount(secretOf(session.client_secret));
        await waitForStep(events, 'error');
        expect(errorCode(events)).to.equal(code);
        // Written for a modal on the site: a heading that names the cause, then what to do; no "link", no "return to the site".
        const heading = el.shadowRoot!.querySelector('#step-heading')!.textContent!.trim();
        expect(heading).to.equal(name === 'expired' ? 'This verification has expired' : 'This verification could not be started');
        const message = el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim();
        const next = el.shadowRoot!.querySelector('.outcome--error .next')!.textContent!.trim();
        expect(next).to.equal('Close this window, then start a new verification.');
        expect(`${message} ${next}`).to.not.match(/link|return to the site/i);
        await expect(el).to.be.accessible();
      });
    }

    it('verifyIdentity() resolves { error } with the code, never rejects, and cleans up', async () => {
      const result = verifyIdentity('vs_nope', {
        onMount: (el) => el.addEventListener('verification-error', () => el.close(), { once: true }),
      });
      const outcome = await result;
      expect('error' in outcome && outcome.error.code).to.equal('client_secret_malformed');
      expect(outcome.reason).to.equal('closed-by-api');
      expect(document.querySelector('verify-identity')).to.equal(null);
    });
  });

  it('verifyIdentity() resolves { status, session } when the person closes the outcome', async () => {
    const session = createSession(mock.backend);
    let element: VerifyIdentityElement | undefined;
    const result = verifyIdentity(session.client_secret, { pollInterval: 50, onMount: (el) => (element = el) });
    const events = recordEvents(element!);
    await passportFlow(element!, events);
    await waitForStep(events, 'verified');
    element!.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    const outcome = await result;
    expect(outcome).to.include({ status: 'verified', reason: 'completed' });
    expect('session' in outcome && outcome.session?.id).to.equal(session.id);
    expect(element!.isConnected).to.equal(false);
  });

  it('verifyIdentity() tells a declined consent apart from a dismissal', async () => {
    const declined = createSession(mock.backend);
    let element: VerifyIdentityElement | undefined;
    const result = verifyIdentity(declined.client_secret, { onMount: (el) => (element = el) });
    const events = recordEvents(element!);
    await waitForStep(events, 'consent');
    (await stepRoot(element!)).querySelector<HTMLButtonElement>('.button--secondary')!.click();
    await waitForStep(events, 'requires-input');
    element!.close();
    const outcome = await result;
    expect(outcome).to.deep.include({ status: 'requires_input', reason: 'closed-by-api' });
    expect('lastError' in outcome && outcome.lastError?.code).to.equal('consent_declined');

    const dismissed = createSession(mock.backend);
    const second = verifyIdentity(dismissed.client_secret, { onMount: (el) => (element = el) });
    const secondEvents = recordEvents(element!);
    await waitForStep(secondEvents, 'consent');
    await sendKeys({ press: 'Escape' });
    const closed = await second;
    expect(closed).to.include({ status: 'requires_input', reason: 'dismissed' });
    expect('lastError' in closed).to.equal(false);
  });

  it('shows canceled when the server redacts the session while it is open and only polling reaches it', async () => {
    // No stream: the redaction is learned from a poll, which the service refuses with session_redacted.
    mock.backend.faults.inject({ endpoint: 'stream', kind: 'network', times: 1000 });
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    mock.backend.redactSession(session.id);
    await waitForStep(events, 'canceled');
    expect(statusTrail(events)).to.deep.equal(['canceled', 'status-change:requires_input>canceled']);
    expect(el.status).to.equal('canceled');
  });

  for (const action of ['cancel', 'redact'] as const) {
    it(`shows canceled when the server ${action}s the session while it is open`, async () => {
      const session = createSession(mock.backend);
      const { el, events } = await mount(session.client_secret);
      await waitForStep(events, 'consent');
      if (action === 'cancel') mock.backend.cancelSession(session.id);
      else mock.backend.redactSession(session.id);
      await waitForStep(events, 'canceled');
      expect(statusTrail(events)).to.deep.equal(['canceled', 'status-change:requires_input>canceled']);
      expect(el.status).to.equal('canceled');
    });
  }

  it('resumes at processing when a new element opens a session that is being checked', async () => {
    const session = createSession(mock.backend, { processing_ms: 400 });
    const first = await mount(session.client_secret);
    await passportFlow(first.el, first.events);
    await waitForStep(first.events, 'processing');
    first.el.remove();

    const second = await mount(session.client_secret);
    await waitForStep(second.events, 'verified');
    expect(stepsOf(second.events)).to.deep.equal(['processing', 'verified']);
    expect(statusTrail(second.events)).to.deep.equal(['verified', 'status-change:processing>verified']);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('opens a final session straight at its outcome', async () => {
    const session = createSession(mock.backend);
    mock.backend.cancelSession(session.id);
    const { events } = await mount(session.client_secret);
    await waitForStep(events, 'canceled');
    expect(stepsOf(events)).to.deep.equal(['canceled']);
    expect(statusTrail(events)).to.deep.equal([]);
  });

  it('is safe to remove and re-append while open (as React StrictMode does), then completes', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.remove();
    parent.append(el);
    await passportFlow(el, events);
    await waitForStep(events, 'verified');
    expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    expect(events.filter((e) => e.type === 'verification-verified')).to.have.length(1);
    expect(events.filter((e) => e.type === 'verification-error')).to.have.length(0);
  });

  it('settles show() when the page removes the element for good while open', async () => {
    const session = createSession(mock.backend);
    const el = document.createElement('verify-identity');
    el.clientSecret = session.client_secret;
    const events = recordEvents(el);
    document.body.append(el);
    const shown = el.show();
    await waitForStep(events, 'consent');
    el.remove();
    const result = await shown;
    expect(result).to.include({ status: 'requires_input', reason: 'closed-by-api' });
    expect(events.at(-1)).to.deep.equal({ type: 'verification-close', detail: { reason: 'closed-by-api', status: 'requires_input' } });
    await quiet.expectQuiet('nothing runs after removal');
  });

  it('closes and reopens: close reports closed-by-api, reopening starts afresh', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    el.close();
    await waitUntil(() => events.some((e) => e.type === 'verification-close'));
    expect(events.at(-1)).to.deep.equal({ type: 'verification-close', detail: { reason: 'closed-by-api', status: 'requires_input' } });
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('[data-step]')).to.equal(null);

    await quiet.expectQuiet('nothing is polled while closed');

    el.open = true;
    await waitUntil(() => stepsOf(events).filter((step) => step === 'consent').length === 2, 'consent is asked again');
  });

  it('dismissing with Escape while a submit is in flight still completes the submit', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    mock.backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 200 });
    const result = el.show();
    await submitReview(el, events);
    await waitUntil(() => mock.backend.requests.some((r) => r.endpoint === 'submit'), 'the submit was sent');
    await sendKeys({ press: 'Escape' });
    const outcome = await result;
    expect(events.find((e) => e.type === 'verification-close')!.detail).to.deep.equal({ reason: 'dismissed', status: 'requires_input' });
    expect(outcome).to.include({ status: 'processing', reason: 'dismissed' });
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('keeps two elements on one page independent', async () => {
    const a = createSession(mock.backend);
    const b = createSession(mock.backend, { test_outcome: 'document_expired' });
    const first = await mount(a.client_secret, { open: false });
    const second = await mount(b.client_secret, { open: false });
    // Two modals cannot both take input: the first runs inline.
    first.el.inline = true;
    first.el.open = true;
    second.el.inline = true;
    second.el.open = true;
    await passportFlow(first.el, first.events);
    await waitForStep(first.events, 'verified');
    expect(stepsOf(second.events)).to.deep.equal(['consent']);
    await passportFlow(second.el, second.events);
    await waitForStep(second.events, 'requires-input');
    expect(first.el.status).to.equal('verified');
    expect(statusTrail(first.events).filter((e) => e.startsWith('requires-input'))).to.deep.equal([]);
  });

  it('renders inline without a modal dialog', async () => {
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(
      html`<verify-identity inline open client-secret=${session.client_secret}></verify-identity>`,
    );
    const events = recordEvents(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=body] [data-step]'), 'a step shows');
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(el.shadowRoot!.querySelector('section[part=dialog]')).not.to.equal(null);
    expect(events.filter((e) => e.type === 'verification-error')).to.have.length(0);
  });

  it('moves focus to each step heading, announces it, and returns focus to the opener on close', async () => {
    const session = createSession(mock.backend);
    const opener = await fixture<HTMLButtonElement>(html`<button>Verify</button>`);
    const el = document.createElement('verify-identity');
    el.clientSecret = session.client_secret;
    opener.after(el);
    const events = recordEvents(el);
    opener.focus();
    void el.show();
    await waitForStep(events, 'consent');
    await waitUntil(() => deepActive()?.id === 'step-heading', 'the consent heading has focus');
    expect(deepActive()!.textContent).to.equal('Before you start');
    await waitUntil(() => el.shadowRoot!.querySelector('[part=status]')!.textContent === 'Before you start', 'announced');
    await expect(el).to.be.accessible();

    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    await waitUntil(() => deepActive()?.textContent?.includes('Photo page of your passport'), 'the capture heading has focus');

    el.close();
    await waitUntil(() => document.activeElement === opener, 'focus returns to the opener');
    el.remove();
  });

  it('shows a Test mode badge for test sessions', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    expect(el.shadowRoot!.querySelector('[part=badge]')!.textContent).to.equal('Test mode');
  });

  it('is accessible at review, processing and each outcome', async () => {
    const session = createSession(mock.backend, { processing_ms: 300 });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    await expect(el).to.be.accessible();
    await submitReview(el, events);
    await waitForStep(events, 'processing');
    await expect(el).to.be.accessible();
    await waitForStep(events, 'verified');
    await expect(el).to.be.accessible();

    const declined = createSession(mock.backend);
    const other = await mount(declined.client_secret);
    await waitForStep(other.events, 'consent');
    (await stepRoot(other.el)).querySelector<HTMLButtonElement>('.button--secondary')!.click();
    await waitForStep(other.events, 'requires-input');
    await expect(other.el).to.be.accessible();
  });

  it('falls back to English with one prefixed warning for an unknown locale', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const session = createSession(mock.backend);
      const el = await fixture<VerifyIdentityElement>(
        html`<verify-identity locale="xx-YY" open client-secret=${session.client_secret}></verify-identity>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=title]'));
      expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Verify your identity');
      expect(el.shadowRoot!.querySelector('dialog')!.getAttribute('dir')).to.equal('ltr');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.match(/^\[verify-identity\] Locale "xx-YY"/);
  });
});
