import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { readHandoffCode } from '../../../src/core/handoff.js';
import '../../../src/define.js';
import { en } from '../../../src/locales/en.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { setViewport } from '../../support/viewport.js';
import {
  acceptConsent,
  chooseDocument,
  clickShellButton,
  mount,
  passportFlow,
  recordEvents,
  stepElement,
  stepRoot,
  stepsOf,
  submitReview,
  uploadImage,
  waitForStep,
  type RecordedEvent,
} from '../../support/element.js';

const HANDOFF_PAGE = 'https://shop.example/verify/continue';

/** The handoff view's shadow root, once it shows. */
async function handoffView(el: VerifyIdentityElement): Promise<ShadowRoot> {
  await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-handoff')?.shadowRoot, 'the handoff view shows', { timeout: 4000 });
  return el.shadowRoot!.querySelector('verify-identity-handoff')!.shadowRoot!;
}

const text = (root: ShadowRoot): string => root.textContent?.replace(/\s+/g, ' ') ?? '';

function button(root: ShadowRoot | HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!found) throw new Error(`No "${name}" button.`);
  return found;
}

/** "Continue on your phone", beside upload and camera on the capture step. */
function phoneOffer(el: VerifyIdentityElement): HTMLButtonElement {
  const step = el.shadowRoot!.querySelector('verify-identity-capture-step')?.shadowRoot;
  if (!step) throw new Error('No capture step.');
  return button(step, 'Continue on your phone');
}

/** The link as the QR code's text alternative gives it. */
function qrLink(root: ShadowRoot): string | null {
  const label = root.querySelector('svg[role=img]')?.getAttribute('aria-label') ?? '';
  return /https?:\/\/\S+/.exec(label)?.[0] ?? null;
}

/** The phone's link for a new handoff code of `session`, made as the desktop does, pointing at this page. */
async function handoffUrl(session: { id: string; client_secret: string | null }): Promise<string> {
  const answer = await fetch(`/v1/identity/verification_sessions/${session.id}/handoff`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.client_secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ handoff_url: location.href.split('#')[0] }),
  });
  return ((await answer.json()) as { url: string }).url;
}

async function mountDesktop(secret: string): Promise<{ el: VerifyIdentityElement; events: RecordedEvent[] }> {
  const el = await fixture<VerifyIdentityElement>(
    html`<verify-identity client-secret=${secret} handoff-url=${HANDOFF_PAGE} poll-interval="50"></verify-identity>`,
  );
  const events = recordEvents(el);
  el.open = true;
  await acceptConsent(el, events);
  await waitForStep(events, 'capture-front');
  return { el, events };
}

describe('continue on your phone', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('offers a handoff on capture steps only when a handoff-url is set', async () => {
    const plain = await mount(createSession(mock.backend).client_secret);
    await acceptConsent(plain.el, plain.events);
    await waitForStep(plain.events, 'capture-front');
    expect(() => phoneOffer(plain.el)).to.throw();

    const { el } = await mountDesktop(createSession(mock.backend).client_secret);
    expect(phoneOffer(el).getAttribute('part')).to.equal('handoff-button');
  });

  it('shows the one-time link as an accessible QR code and a copyable link, then follows the phone', async () => {
    const session = createSession(mock.backend);
    const { el } = await mountDesktop(session.client_secret);
    phoneOffer(el).click();
    const view = await handoffView(el);
    await waitUntil(() => qrLink(view), 'the QR code shows');
    const link = qrLink(view)!;
    expect(link.startsWith(`${HANDOFF_PAGE}#code=${session.id}_handoff_`)).to.equal(true);
    expect(link).not.to.include(session.client_secret);
    expect(view.querySelector<HTMLInputElement>('#handoff-link')!.value).to.equal(link);
    expect(view.querySelector('svg path')!.getAttribute('d')).to.match(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(text(view)).to.match(/This code works once, until \d/);
    await waitUntil(() => text(view).includes('Waiting for your phone…'));
    await waitUntil(() => el.shadowRoot!.activeElement === stepElement(el) && view.activeElement?.id === 'step-heading', 'its heading has the focus');
    await expect(el).to.be.accessible();

    // The phone claims the code: the desktop learns it from the status stream.
    const code = readHandoffCode(new URL(link).hash)!;
    const claim = await fetch(`/v1/identity/verification_sessions/${session.id}/handoff/claim`, { method: 'POST', headers: { Authorization: `Bearer ${code}` } });
    expect(claim.status).to.equal(200);
    await waitUntil(() => text(view).includes('Opened on your phone. Continue there.'), 'the desktop sees the phone', { timeout: 4000 });
  });

  it('a new code made while the phone holds the session says the phone is in progress, not “Waiting”', async () => {
    const session = createSession(mock.backend);
    const { el } = await mountDesktop(session.client_secret);
    phoneOffer(el).click();
    let view = await handoffView(el);
    await waitUntil(() => qrLink(view), 'the QR code shows');
    const first = qrLink(view)!;
    const claim = await fetch(`/v1/identity/verification_sessions/${session.id}/handoff/claim`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${readHandoffCode(new URL(first).hash)!}` },
    });
    expect(claim.status).to.equal(200);
    await waitUntil(() => text(view).includes('Opened on your phone. Continue there.'), 'the desktop sees the phone', { timeout: 4000 });

    // Back to this computer, then a new code: the phone still holds a secret that can act.
    button(view, 'Use this computer instead').click();
    await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-capture-step'), 'the capture step is back');
    phoneOffer(el).click();
    view = await handoffView(el);
    await waitUntil(() => qrLink(view) && qrLink(view) !== first, 'a new code shows');
    expect(text(view)).to.include('Opened on your phone. Continue there.');
    expect(text(view)).not.to.include('Waiting for your phone');
  });

  it('ends in an error with a way back when no code can be shown: a handoff-url too long for a QR code', async () => {
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(
      html`<verify-identity client-secret=${session.client_secret} handoff-url=${`${HANDOFF_PAGE}?${'a'.repeat(2400)}`}></verify-identity>`,
    );
    const events = recordEvents(el);
    el.open = true;
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    phoneOffer(el).click();
    const view = await handoffView(el);
    await waitUntil(() => view.querySelector('[role=alert]'), 'the view says the code could not be made', { timeout: 4000 });
    expect(text(view)).to.include('The code for your phone could not be made.');
    expect(text(view)).not.to.include('Making a code');
    expect(view.querySelector('svg[role=img]')).to.equal(null);
    expect(mock.backend.requests.filter((request) => request.endpoint === 'handoff'), 'no code was made').to.deep.equal([]);
    button(view, 'Use this computer instead').click();
    await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-capture-step'), 'the capture step is back');
  });

  it('ends in an error with a way back when the service’s link cannot be drawn as a QR code', async () => {
    mock.worker.use(
      http.post('/v1/identity/verification_sessions/:id/handoff', () =>
        HttpResponse.json({ object: 'identity.verification_session.handoff', url: `${HANDOFF_PAGE}?${'a'.repeat(3000)}#code=vs_a_handoff_abcdefghijklmnop`, expires_at: 2e9, expires_in: 600 }),
      ),
    );
    try {
      const { el } = await mountDesktop(createSession(mock.backend).client_secret);
      phoneOffer(el).click();
      const view = await handoffView(el);
      await waitUntil(() => view.querySelector('[role=alert]'), 'the view says the code could not be made', { timeout: 4000 });
      expect(text(view)).not.to.include('Making a code');
      expect(button(view, 'Make a new code').disabled).to.equal(false);
      button(view, 'Use this computer instead').click();
      await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-capture-step'), 'the capture step is back');
    } finally {
      mock.worker.resetHandlers();
    }
  });

  it('offers a new code once the shown one expired, and goes back to this computer on demand', async () => {
    const { el, events } = await mountDesktop(createSession(mock.backend).client_secret);
    phoneOffer(el).click();
    const view = await handoffView(el);
    await waitUntil(() => qrLink(view));
    const first = qrLink(view);
    mock.backend.expireHandoffCodes();
    await waitUntil(() => text(view).includes('This code has expired.'), 'the expiry reaches the desktop', { timeout: 4000 });
    expect(view.querySelector('svg[role=img]'), 'no code to scan').to.equal(null);
    expect(view.querySelector('#handoff-link')).to.equal(null);

    button(view, 'Make a new code').click();
    await waitUntil(() => qrLink(view) && qrLink(view) !== first, 'a new code shows');
    await waitUntil(() => text(view).includes('Waiting for your phone…'));

    button(view, 'Use this computer instead').click();
    await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-capture-step'), 'the capture step is back');
    expect(el.shadowRoot!.querySelector('verify-identity-handoff')).to.equal(null);
    expect(events.filter((event) => event.type === 'verification-error')).to.deep.equal([]);
  });

  it('on the phone: claims the code from the fragment, removes it, runs the flow and sends the person back', async () => {
    const session = createSession(mock.backend);
    const url = await handoffUrl(session);
    const historyLength = history.length;
    history.replaceState(history.state, '', url);

    const { el, events } = await mount('');
    await waitForStep(events, 'consent');
    expect(location.hash, 'the code left the address bar').to.equal('');
    expect(history.length, 'history was replaced, not pushed').to.equal(historyLength);
    expect(el.clientSecret).to.match(new RegExp(`^${session.id}_secret_`));
    expect(el.clientSecret).not.to.equal(session.client_secret);
    expect(() => phoneOffer(el), 'no handoff from the phone').to.throw();
    const claims = mock.backend.requests.filter((request) => request.endpoint === 'handoff_claim');
    expect(claims.map((request) => [request.auth, request.status])).to.deep.equal([['handoff_code', 200]]);

    await passportFlow(el, events);
    await waitForStep(events, 'verified');
    expect(text(el.shadowRoot!)).to.include('You can now return to your computer.');
    expect(text(el.shadowRoot!), 'one way on, not two').not.to.match(/close this window/i);
    expect(mock.backend.retrieveSession(session.id).status).to.equal('verified');
  });

  it('on the phone: a failed attempt offers no "Try again" that cannot work; the retry is the computer’s', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired', processing_ms: 0 });
    const url = await handoffUrl(session);
    history.replaceState(history.state, '', url);
    const { el, events } = await mount('');
    await passportFlow(el, events);
    await waitForStep(events, 'requires-input');
    const shown = text(el.shadowRoot!);
    expect(shown).to.include('Your document has expired.');
    expect(shown).to.include('To try again, go back to your computer: the next attempt starts there.');
    expect(() => clickShellButton(el, 'Try again'), 'no Try again on the phone').to.throw();
    clickShellButton(el, 'Done');
    await waitUntil(() => !el.open);
    expect(events.filter((event) => event.type === 'verification-error')).to.deep.equal([]);
  });

  it('on the phone: a used code shows its own message and a verification-error', async () => {
    const session = createSession(mock.backend);
    const url = await handoffUrl(session);
    const code = readHandoffCode(new URL(url).hash)!;
    await fetch(`/v1/identity/verification_sessions/${session.id}/handoff/claim`, { method: 'POST', headers: { Authorization: `Bearer ${code}` } });
    history.replaceState(history.state, '', url);

    const { el, events } = await mount('');
    await waitForStep(events, 'error');
    expect(el.shadowRoot!.querySelector('#step-heading')!.textContent, 'its own heading, not "Something went wrong"').to.equal('This link was already used');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('This link has already been used. Make a new code on your computer.');
    expect(() => clickShellButton(el, 'Try again'), 'a used link cannot be tried again').to.throw();
    const error = events.find((event) => event.type === 'verification-error')!.detail as { error: { code: string; message: string } };
    expect(error.error.code).to.equal('handoff_code_claimed');
    expect(JSON.stringify(events)).not.to.include(code);
    clickShellButton(el, 'Close');
    await waitUntil(() => !el.open);
  });

  it('on a computer the phone is a button beside upload and camera; on a phone-sized screen it is not offered', async () => {
    const { el } = await mountDesktop(createSession(mock.backend).client_secret);
    const offer = phoneOffer(el);
    expect(offer.classList.contains('button--link'), 'a button, not a link below the upload box').to.equal(false);
    expect(offer.closest('[part=action-bar]')!.querySelector('[part=source-switch]'), 'beside the switch between upload and camera').to.not.equal(null);
    expect(offer.checkVisibility()).to.equal(true);
    await setViewport({ width: 390, height: 844 });
    try {
      await waitUntil(() => !offer.checkVisibility(), 'not offered on a phone-sized screen');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    await waitUntil(() => offer.checkVisibility(), 'offered again on a computer-sized screen');
  });

  it('on the phone: continues the computer’s verification — says whose, and asks neither consent nor document type again', async () => {
    const session = createSession(mock.backend, { options: { document: { allowed_types: ['id_card', 'passport'] } } });
    const page = location.href.split('#')[0]!;
    const logo = '/docs/phone-light-1-consent.png';
    const desktop = await fixture<VerifyIdentityElement>(
      html`<verify-identity client-secret=${session.client_secret} handoff-url=${page} business-name="Acme Bank" logo-url=${logo} poll-interval="50"></verify-identity>`,
    );
    const desktopEvents = recordEvents(desktop);
    desktop.open = true;
    await acceptConsent(desktop, desktopEvents);
    await chooseDocument(desktop, desktopEvents, 'passport');
    await waitForStep(desktopEvents, 'capture-front');
    phoneOffer(desktop).click();
    const view = await handoffView(desktop);
    await waitUntil(() => qrLink(view), 'the QR code shows');
    const url = view.querySelector<HTMLInputElement>('#handoff-link')!.value;
    expect(url, 'the link carries the code only').not.to.match(/Acme|png|passport|consent/);
    desktop.remove();

    history.replaceState(history.state, '', url);
    const { el, events } = await mount('');
    await waitForStep(events, 'capture-front');
    expect(stepsOf(events), 'consent and document type were answered on the computer').to.deep.equal(['capture-front']);
    const note = el.shadowRoot!.querySelector('[part=continuation]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Continuing your verification for Acme Bank, started on your computer.');
    expect(note.querySelector('img')!.getAttribute('src')).to.equal(new URL(logo, location.href).href);
    expect((await stepRoot(el)).querySelector('#step-heading')!.textContent, 'the passport chosen on the computer').to.equal(en.capture.passportHeading);
    expect(() => phoneOffer(el), 'no handoff from the phone').to.throw();
    await expect(el).to.be.accessible();

    await uploadImage(el, events, 'front');
    await submitReview(el, events);
    await waitForStep(events, 'verified');
    expect(mock.backend.retrieveSession(session.id).status).to.equal('verified');
  });

  it('on the phone of a code made without a continuation: starts at the consent and says only that it continues the computer’s verification', async () => {
    const session = createSession(mock.backend);
    const url = await handoffUrl(session);
    history.replaceState(history.state, '', url);
    const { el, events } = await mount('');
    await waitForStep(events, 'consent');
    expect(el.shadowRoot!.querySelector('[part=continuation]')!.textContent!.trim()).to.equal(en.handoffOutcomes.continuingUnnamed);
  });

  it('a newer code made elsewhere: the first tab stops showing its revoked code as live (issue 26, defect 12)', async () => {
    const session = createSession(mock.backend);
    const { el } = await mountDesktop(session.client_secret);
    phoneOffer(el).click();
    const view = await handoffView(el);
    await waitUntil(() => qrLink(view), 'the QR code shows');
    expect(text(view)).to.contain('Waiting for your phone…');
    // Another tab (or the API) makes a newer code a while later: the first one is revoked.
    mock.advance(5000);
    const answer = await fetch(`/v1/identity/verification_sessions/${session.id}/handoff`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.client_secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ handoff_url: HANDOFF_PAGE }),
    });
    expect(answer.status).to.equal(200);
    await waitUntil(() => !qrLink(view), 'the revoked code is no longer shown', { timeout: 4000 });
    expect(text(view)).not.to.contain('Waiting for your phone…');
    expect(text(view)).to.contain('This link no longer works.');
    button(view, 'Make a new code').click();
    await waitUntil(() => qrLink(view), 'a new code shows', { timeout: 4000 });
    expect(text(view)).to.contain('Waiting for your phone…');
  });
});
