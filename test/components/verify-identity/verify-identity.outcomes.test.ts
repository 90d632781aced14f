// Issue 25: errors and outcomes say what happened in their own heading, in the body's weight, with a way on
// that fits where the element runs (a modal window, or the page itself).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { errorText } from '../../../src/components/verify-identity/view-context.js';
import type { ViewContext } from '../../../src/components/verify-identity/view-context.js';
import { VerifyError } from '../../../src/core/errors.js';
import '../../../src/define.js';
import { en } from '../../../src/locales/en.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { clickShellButton, mount, passportFlow, recordEvents, waitForStep, type RecordedEvent } from '../../support/element.js';

const t = en.handoffOutcomes;

async function mountInline(secret: string): Promise<{ el: VerifyIdentityElement; events: RecordedEvent[] }> {
  const el = await fixture<VerifyIdentityElement>(html`<verify-identity inline client-secret=${secret} poll-interval="50"></verify-identity>`);
  const events = recordEvents(el);
  el.open = true;
  return { el, events };
}

/** What the error or outcome view shows: its heading, its paragraphs, its buttons. */
function view(el: VerifyIdentityElement) {
  const root = el.shadowRoot!.querySelector('.view')!;
  return {
    heading: root.querySelector('#step-heading')!.textContent!.trim(),
    text: root.textContent!.replace(/\s+/g, ' '),
    message: root.querySelector<HTMLElement>('[role=alert]'),
    next: root.querySelector('.next')?.textContent?.trim(),
    buttons: [...root.querySelectorAll('button')].map((button) => button.textContent!.trim()),
  };
}

describe('<verify-identity>: errors and outcomes', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('offline: "No connection", the message in the body’s weight, and a Try again that works', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'network', times: 10 });
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'error');
    const shown = view(el);
    expect(shown.heading).to.equal(t.errorHeadings.offline);
    expect(shown.message!.textContent!.trim()).to.equal(en.errors.codes.network);
    expect(shown.message!.classList.contains('error'), 'not styled as an alarm').to.equal(false);
    expect(Number(getComputedStyle(shown.message!).fontWeight)).to.be.below(600);
    expect(shown.buttons).to.deep.equal([en.errors.close, en.errors.retry]);
    await expect(el).to.be.accessible();

    mock.backend.faults.clear();
    clickShellButton(el, en.errors.retry);
    await waitForStep(events, 'consent');
  });

  it('in the page (inline), a spent or expired verification says what to do without a window to close', async () => {
    const session = createSession(mock.backend);
    mock.advance(25 * 60 * 60 * 1000);
    const { el, events } = await mountInline(session.client_secret);
    await waitForStep(events, 'error');
    const shown = view(el);
    expect(shown.heading).to.equal(t.errorHeadings.expired);
    expect(shown.message!.textContent!.trim()).to.equal(t.errorBodies.expired);
    expect(shown.next).to.equal(t.startAgain.inline);
    expect(shown.text).not.to.match(/window/i);
    expect(shown.buttons, 'no retry that cannot work').to.deep.equal([en.errors.close]);
  });

  it('in a modal, the same error tells the person to close the window', async () => {
    const session = createSession(mock.backend);
    mock.advance(25 * 60 * 60 * 1000);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'error');
    expect(view(el).next).to.equal(t.startAgain.modal);
  });

  it('a failed check reads as the check’s outcome, not a judgement of the person', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired' });
    const { el, events } = await mount(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'requires-input');
    const shown = view(el);
    expect(shown.heading).to.equal('The check did not go through');
    expect(shown.text).not.to.contain('We could not verify you');
    expect(shown.text).to.contain(en.lastErrors.document_expired);
    expect(shown.buttons).to.include(en.outcome.tryAgain);
  });

  it('verified in the page (inline): "You can carry on", never "close this window"', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mountInline(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'verified');
    const shown = view(el);
    expect(shown.next).to.equal(t.verifiedNextInline);
    expect(shown.text).not.to.match(/window/i);
  });

  it('in the page (inline), Try again with a spent secret says what to do without a window to close', async () => {
    const session = createSession(mock.backend, { test_outcome: 'selfie_face_mismatch' });
    const { el, events } = await mountInline(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'requires-input');
    clickShellButton(el, 'Try again');
    await waitUntil(() => events.some((e) => e.type === 'verification-error'));
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    expect(alert).to.contain(t.errorHeadings.used).and.to.contain(t.startAgain.inline);
    expect(alert).not.to.match(/window/i);
  });

  it('processing in the page (inline) does not mention a window either', async () => {
    const session = createSession(mock.backend, { processing_ms: 60_000 });
    const { el, events } = await mountInline(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'processing');
    await waitUntil(() => el.shadowRoot!.querySelector('.view .muted'));
    expect(view(el).text).to.contain(t.processingBodyInline);
    expect(view(el).text).not.to.match(/window/i);
  });
});

describe('errorText: what each error view says', () => {
  const context = (place: 'modal' | 'inline' | 'phone') =>
    ({ strings: en, inline: place === 'inline', onPhone: place === 'phone' }) as unknown as ViewContext;
  const CODES: [VerifyError['type'], string][] = [
    ['network', 'network_error'],
    ['timeout', 'timeout'],
    ['rate_limit', 'rate_limited'],
    ['server', 'api_error'],
    ['malformed_response', 'malformed_response'],
    ['invalid_request', 'client_secret_malformed'],
    ['authentication', 'secret_invalid'],
    ['authentication', 'secret_expired'],
    ['authentication', 'secret_spent'],
    ['invalid_request', 'resource_missing'],
    ['invalid_request', 'session_unexpected_state'],
    ['invalid_request', 'session_redacted'],
    ['authentication', 'handoff_code_expired'],
    ['authentication', 'handoff_code_claimed'],
    ['authentication', 'handoff_code_revoked'],
    ['authentication', 'handoff_code_invalid'],
  ];

  it('gives every error a person can meet a heading of its own, never "Something went wrong"', () => {
    for (const [type, code] of CODES) {
      const { heading } = errorText(context('modal'), new VerifyError({ type, code, message: 'x' }));
      expect(heading, code).not.to.equal(en.errors.heading);
    }
    // Codes come from the service: a prototype member is not a heading.
    expect(errorText(context('modal'), new VerifyError({ type: 'invalid_request', code: 'constructor', message: 'x' })).heading).to.equal(en.errors.heading);
  });

  it('never mentions a window in the page or on the phone, and sends the phone back to the computer', () => {
    for (const place of ['inline', 'phone'] as const) {
      for (const [type, code] of CODES) {
        const { heading, body, next } = errorText(context(place), new VerifyError({ type, code, message: 'x' }));
        expect(`${heading} ${body} ${next ?? ''}`, `${place} ${code}`).not.to.match(/window/i);
      }
    }
    expect(errorText(context('phone'), new VerifyError({ type: 'authentication', code: 'secret_spent', message: 'x' })).next).to.equal(t.startAgain.phone);
  });
});
