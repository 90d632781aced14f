import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { readHandoffCode } from '../../../src/core/handoff.js';
import { en } from '../../../src/locales/en.js';
import '../../../src/define.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { acceptConsent, recordEvents, waitForStep } from '../../support/element.js';

// What the computer shows while the phone carries on: the code folds away once the phone opened it (and can be
// shown again), "Copy link" sits level with its field, and "Waiting for your phone…" moves.

const HANDOFF_PAGE = 'https://shop.example/verify/continue';

const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === name)!;

/** Offers the phone from the capture step and waits for the view's code. */
async function showCode(el: VerifyIdentityElement): Promise<ShadowRoot> {
  // "Continue on your phone" sits in the capture step's action bar.
  buttonNamed(el.shadowRoot!.querySelector('verify-identity-capture-step')!.shadowRoot!, en.handoff.offer).click();
  await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-handoff')?.shadowRoot?.querySelector('svg.qr'), 'the QR code shows', { timeout: 4000 });
  return el.shadowRoot!.querySelector('verify-identity-handoff')!.shadowRoot!;
}

async function mountDesktop(secret: string): Promise<VerifyIdentityElement> {
  const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${secret} handoff-url=${HANDOFF_PAGE} poll-interval="50"></verify-identity>`);
  const events = recordEvents(el);
  el.open = true;
  await acceptConsent(el, events);
  await waitForStep(events, 'capture-front');
  return el;
}

const handoffView = async (secret: string): Promise<ShadowRoot> => showCode(await mountDesktop(secret));

async function claim(sessionId: string, view: ShadowRoot): Promise<void> {
  const url = view.querySelector<HTMLInputElement>('#handoff-link')!.value;
  const response = await fetch(`/v1/identity/verification_sessions/${sessionId}/handoff/claim`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${readHandoffCode(new URL(url).hash)!}` },
  });
  expect(response.status).to.equal(200);
  await waitUntil(() => view.querySelector('.status')!.textContent!.includes(en.handoff.opened), 'the computer sees the phone', { timeout: 4000 });
}

const visible = (element: Element | null | undefined): boolean => !!element && element.checkVisibility();

describe('the handoff view on the computer', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('shows that it is waiting with a moving dot, and "Copy link" level with its field', async () => {
    const view = await handoffView(createSession(mock.backend).client_secret);
    await waitUntil(() => view.querySelector('.status')!.textContent!.includes(en.handoff.waiting), 'waiting for the phone');
    const status = view.querySelector('.status')!;
    expect(status.classList.contains('status--waiting')).to.equal(true);
    expect(getComputedStyle(status, '::before').animationName).to.equal('handoff-waiting');
    const input = view.querySelector('#handoff-link')!.getBoundingClientRect();
    const copy = [...view.querySelectorAll('button')].find((button) => button.textContent!.trim() === en.handoff.copy)!.getBoundingClientRect();
    expect(Math.abs(copy.bottom - input.bottom), 'the button ends where the field ends, not 12 px below it').to.be.below(1.5);
  });

  it('folds the code away once the phone opened it, with a way to show it again', async () => {
    const session = createSession(mock.backend);
    const view = await handoffView(session.client_secret);
    expect(view.querySelector('[part=show-code-button]'), 'no toggle while waiting').to.equal(null);
    await claim(session.id, view);
    await waitUntil(() => view.querySelector('[part=show-code-button]'), 'the toggle shows');
    const toggle = view.querySelector<HTMLButtonElement>('[part=show-code-button]')!;
    expect(visible(view.querySelector('svg.qr')), 'the QR code is folded away').to.equal(false);
    expect(visible(view.querySelector('#handoff-link'))).to.equal(false);
    expect(view.querySelector('.status')!.classList.contains('status--waiting')).to.equal(false);
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-expanded')]).to.deep.equal([en.feedback.showCode, 'false']);
    for (const id of toggle.getAttribute('aria-controls')!.split(' ')) expect(view.getElementById(id), id).to.not.equal(null);
    toggle.click();
    await waitUntil(() => visible(view.querySelector('svg.qr')), 'the code shows again');
    expect(visible(view.querySelector('#handoff-link'))).to.equal(true);
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-expanded')]).to.deep.equal([en.feedback.hideCode, 'true']);
    await expect(view.host).to.be.accessible();
  });

  it('shows a new code asked for while the phone holds the session: the person wants it', async () => {
    const session = createSession(mock.backend);
    const el = await mountDesktop(session.client_secret);
    await claim(session.id, await showCode(el));
    buttonNamed(el.shadowRoot!.querySelector('verify-identity-handoff')!.shadowRoot!, en.handoff.useComputer).click();
    await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-capture-step'), 'the capture step is back');
    const view = await showCode(el);
    expect(view.querySelector('.status')!.textContent).to.include(en.handoff.opened);
    expect(visible(view.querySelector('svg.qr')), 'the new code shows').to.equal(true);
    expect(view.querySelector('[part=show-code-button]')).to.equal(null);
  });
});
