import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../src/components/verify-identity/verify-identity.js';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../support/backend.js';
import { acceptConsent, mount, type RecordedEvent, stepElement, stepRoot, stepsOf, waitForStep } from '../support/element.js';
import { ENGINE_PACE } from '../engine-pace.js';

const dialogOf = (el: VerifyIdentityElement) => el.shadowRoot!.querySelector('dialog')!;
const titleOf = (el: VerifyIdentityElement) => el.shadowRoot!.querySelector('[part=title]')?.textContent?.trim();

async function stepHeading(el: VerifyIdentityElement): Promise<string | undefined> {
  return (await stepRoot(el)).querySelector('#step-heading')?.textContent?.trim();
}

/** Waits until the step shows `heading` (a language switch re-renders the step a moment later). */
async function waitForHeading(el: VerifyIdentityElement, heading: string): Promise<void> {
  await waitUntil(async () => (await stepHeading(el)) === heading, `expected the heading "${heading}"`, { timeout: 3000 * ENGINE_PACE });
}

describe('<verify-identity> languages', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  async function mountIn(locale: string): Promise<{ el: VerifyIdentityElement; events: RecordedEvent[] }> {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret, { open: false });
    el.locale = locale;
    el.open = true;
    return { el, events };
  }

  it('shows the consent step in French, with lang="fr"', async () => {
    const { el, events } = await mountIn('fr');
    await waitForStep(events, 'consent');
    await waitForHeading(el, 'Avant de commencer');
    expect(titleOf(el)).to.equal('Vérifier votre identité');
    expect(dialogOf(el).getAttribute('lang')).to.equal('fr');
    expect(dialogOf(el).getAttribute('dir')).to.equal('ltr');
    const buttons = [...(await stepRoot(el)).querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(buttons).to.include.members(['Refuser', 'Accepter et continuer']);
  });

  it('re-renders in the new language when the locale changes while open, on the same step', async () => {
    const { el, events } = await mountIn('en');
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    expect(await stepHeading(el)).to.equal('Photo page of your passport');
    const step = stepElement(el);

    el.locale = 'fr';
    await waitForHeading(el, 'Page photo de votre passeport');
    expect(dialogOf(el).getAttribute('lang')).to.equal('fr');

    el.locale = 'ar';
    await waitForHeading(el, 'صفحة الصورة في جواز السفر');
    expect(dialogOf(el).getAttribute('lang')).to.equal('ar');
    expect(dialogOf(el).getAttribute('dir')).to.equal('rtl');

    el.locale = 'en';
    await waitForHeading(el, 'Photo page of your passport');
    expect(dialogOf(el).getAttribute('dir')).to.equal('ltr');

    // The same step, never left: the language is not a step change.
    expect(stepElement(el)).to.equal(step);
    expect(stepsOf(events)).to.deep.equal(['consent', 'capture-front']);
  });

  it('lays out right to left in Arabic (lang="ar", dir="rtl") and stays accessible', async () => {
    const { el, events } = await mountIn('ar');
    await waitForStep(events, 'consent');
    await waitForHeading(el, 'قبل أن تبدأ');
    expect(dialogOf(el).getAttribute('lang')).to.equal('ar');
    expect(dialogOf(el).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(stepElement(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    await waitForHeading(el, 'صفحة الصورة في جواز السفر');
    await expect(el).to.be.accessible();
  });

  it('centres the camera framing guide right to left too', async () => {
    const { el, events } = await mountIn('ar');
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    const root = await stepRoot(el);
    await waitUntil(() => [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'استخدام الكاميرا'), 'the Arabic camera button', { timeout: 3000 * ENGINE_PACE });
    [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'استخدام الكاميرا')!.click();
    await waitUntil(() => root.querySelector('.guide'), 'the framing guide shows', { timeout: 3000 * ENGINE_PACE });
    const guide = root.querySelector('.guide')!.getBoundingClientRect();
    const viewfinder = root.querySelector('.viewfinder')!.getBoundingClientRect();
    expect(guide.left - viewfinder.left).to.be.closeTo(viewfinder.right - guide.right, 1);
    expect(guide.width).to.be.greaterThan(viewfinder.width / 2);
  });

  it('a language set before the element connects applies from its first opening', async () => {
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(
      html`<verify-identity locale="fr-CA" open client-secret=${session.client_secret}></verify-identity>`,
    );
    await waitUntil(() => titleOf(el) === 'Vérifier votre identité', 'the title is in French', { timeout: 3000 * ENGINE_PACE });
    expect(dialogOf(el).getAttribute('lang')).to.equal('fr');
  });
});
