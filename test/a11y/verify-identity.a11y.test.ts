// WCAG 2.2 AA, checked on every view of the flow as a person meets it: axe-core (4.1.2, 1.3.1, 1.4.3…), target size
// 2.5.8 (and 44×44 for primary controls), contrast 1.4.3 from computed styles, reflow 1.4.10 at 320 CSS px, focus not
// obscured 2.4.11, prefers-reduced-motion (2.3.3) and the step announcements (4.1.3), in light, dark and right-to-left.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { VerifyIdentityElement } from '../../src/components/verify-identity/verify-identity.js';
import type { VerificationStep } from '../../src/events.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../support/backend.js';
import {
  acceptConsent,
  chooseDocument,
  clickShellButton,
  declineConsent,
  enterIdNumber,
  recordEvents,
  stepRoot,
  submitReview,
  uploadImage,
  waitForStep,
  type RecordedEvent,
} from '../support/element.js';
import { setViewport } from '../support/viewport.js';
import { ENGINE_PACE } from '../engine-pace.js';
import { focusObscured, horizontalOverflow, lowContrastText, smallTargets } from './wcag.js';

interface Variant {
  theme: 'light' | 'dark';
  locale: 'en' | 'ar';
  accent?: string;
}

type Audit = (el: VerifyIdentityElement, where: string) => Promise<void>;

async function mountVariant(secret: string, variant: Variant): Promise<{ el: VerifyIdentityElement; events: RecordedEvent[] }> {
  const el = await fixture<VerifyIdentityElement>(html`<verify-identity
    client-secret=${secret}
    locale=${variant.locale}
    poll-interval="50"
    style="color-scheme: ${variant.theme}${variant.accent ? `; --verify-accent-color: ${variant.accent}` : ''}"
  ></verify-identity>`);
  const events = recordEvents(el);
  el.open = true;
  return { el, events };
}

/** Every input step, then processing and verified, auditing each once it shows (strings loaded, focus moved). */
async function walkFlow(mock: ReturnType<typeof useMockBackend>, variant: Variant, audit: Audit): Promise<void> {
  const session = createSession(mock.backend, {
    options: { document: { allowed_types: ['passport', 'id_card'], require_matching_selfie: true, require_id_number: true } },
    processing_ms: 400,
  });
  const { el, events } = await mountVariant(session.client_secret, variant);
  const at = async (step: VerificationStep) => {
    await waitForStep(events, step);
    await settle(el, variant);
    await audit(el, step);
  };
  await at('consent');
  // The help popover, open.
  const help = (await stepRoot(el)).querySelector('verify-identity-help')!;
  help.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await waitUntil(() => help.shadowRoot!.querySelector('[part=panel]:popover-open, [part=panel][open], [part=panel]:not([hidden])'), 'the popover opens');
  await audit(el, 'consent + help popover');
  help.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await acceptConsent(el, events);
  await at('document-type');
  await chooseDocument(el, events, 'id_card');
  await at('capture-front');
  await uploadImage(el, events, 'front');
  await at('capture-back');
  await uploadImage(el, events, 'back');
  await at('capture-selfie');
  await uploadImage(el, events, 'selfie');
  await at('id-number');
  await enterIdNumber(el, events);
  await at('review');
  // The leave confirmation, over the review.
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
  await el.updateComplete;
  await audit(el, 'leave confirmation');
  clickShellButton(el, variant.locale === 'en' ? 'Keep going' : 'متابعة');
  await submitReview(el, events);
  await at('processing');
  await at('verified');
}

/** The outcomes and errors that the walk does not reach. */
async function walkOutcomes(mock: ReturnType<typeof useMockBackend>, variant: Variant, audit: Audit): Promise<void> {
  const failed = createSession(mock.backend, { test_outcome: 'selfie_face_mismatch' });
  let mounted = await mountVariant(failed.client_secret, variant);
  await acceptConsent(mounted.el, mounted.events);
  await uploadImage(mounted.el, mounted.events, 'front');
  await submitReview(mounted.el, mounted.events);
  await waitForStep(mounted.events, 'requires-input');
  await settle(mounted.el, variant);
  await audit(mounted.el, 'failed');

  const declined = createSession(mock.backend);
  mounted = await mountVariant(declined.client_secret, variant);
  await declineConsent(mounted.el, mounted.events);
  await waitForStep(mounted.events, 'requires-input');
  await settle(mounted.el, variant);
  await audit(mounted.el, 'declined');

  const canceled = createSession(mock.backend);
  mounted = await mountVariant(canceled.client_secret, variant);
  await waitForStep(mounted.events, 'consent');
  mock.backend.cancelSession(canceled.id);
  await waitForStep(mounted.events, 'canceled');
  await settle(mounted.el, variant);
  await audit(mounted.el, 'canceled');

  mounted = await mountVariant('vs_nope_secret_wrong', variant);
  await waitForStep(mounted.events, 'error');
  await settle(mounted.el, variant);
  await audit(mounted.el, 'error');
}

/** Waits for the step element and for a language loaded on demand to be on screen. */
async function settle(el: VerifyIdentityElement, variant: Variant): Promise<void> {
  if (variant.locale === 'ar') await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.dir === 'rtl', 'Arabic loaded', { timeout: 3000 * ENGINE_PACE });
  await el.updateComplete;
  const step = el.shadowRoot!.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-step]');
  await step?.updateComplete;
}

const VARIANTS: Variant[] = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'en' },
  { theme: 'light', locale: 'ar' },
  { theme: 'dark', locale: 'ar' },
];

describe('WCAG 2.2 AA on every view of <verify-identity>', function () {
  // About fifteen axe checks a walk: each takes seconds in WebKit here (see ENGINE_PACE).
  this.timeout(60_000 * ENGINE_PACE);
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  before(() => setViewport({ width: 800, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const variant of VARIANTS) {
    const label = `${variant.theme}, ${variant.locale === 'ar' ? 'Arabic (RTL)' : 'English'}`;

    it(`axe-core, target sizes and text contrast pass on every step, popover and confirmation (${label})`, async () => {
      const problems: string[] = [];
      const audit: Audit = async (el, where) => {
        if (variant.locale === 'ar') expect(el.shadowRoot!.querySelector('dialog')!.dir, where).to.equal('rtl');
        try {
          await expect(el).to.be.accessible();
        } catch (error) {
          problems.push(`${where}: axe: ${(error as Error).message}`);
        }
        problems.push(...smallTargets(el.shadowRoot!).map((p) => `${where}: ${p}`));
        problems.push(...lowContrastText(el.shadowRoot!).map((p) => `${where}: ${p}`));
      };
      await walkFlow(mock, variant, audit);
      await walkOutcomes(mock, variant, audit);
      expect(problems).to.deep.equal([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text contrast with a light brand colour (${theme})`, async () => {
      const problems: string[] = [];
      const audit: Audit = async (el, where) => void problems.push(...lowContrastText(el.shadowRoot!).map((p) => `${where}: ${p}`));
      await walkFlow(mock, { theme, locale: 'en', accent: '#9fd3ff' }, audit);
      expect(problems).to.deep.equal([]);
    });
  }

  it('reflows at 320 CSS px without scrolling sideways, and keeps the focused control in view, uncovered (1.4.10, 2.4.11)', async () => {
    await setViewport({ width: 320, height: 480 });
    try {
      const problems: string[] = [];
      const audit: Audit = async (el, where) => {
        problems.push(...horizontalOverflow(el.shadowRoot!).map((p) => `${where}: ${p}`));
        // Tab through the view: each control focused is drawn on top, not under a header or bar. (A popover the
        // person opened may cover controls while open: 2.4.11 allows it, as Escape closes it without moving focus.)
        if (where.includes('popover')) return;
        const hadFocus = document.hasFocus();
        let focused = 0;
        for (let i = 0; i < 12; i += 1) {
          await sendKeys({ press: 'Tab' });
          if (el.shadowRoot!.activeElement) focused += 1;
          const hidden = focusObscured();
          if (hidden) problems.push(`${where}, Tab ${i + 1}: ${hidden}`);
        }
        // The keys moved the focus through the element's controls (else nothing above was checked).
        if (!focused) problems.push(`${where}: Tab never focused a control of the element`);
        // Tab past the last control goes to the browser's own controls: bring the focus back into the page, or
        // the keys of the tests that follow in this browser window go there (Firefox). A window that never had the
        // focus (MiniBrowser under Xvfb, where no window manager activates it) has none to bring back; the keys
        // still move the focus within the page.
        for (let i = 0; i < 12 && hadFocus && !document.hasFocus(); i += 1) await sendKeys({ press: 'Tab' });
        expect(document.hasFocus(), `${where}: the focus came back into the page`).to.equal(hadFocus);
      };
      await walkFlow(mock, { theme: 'light', locale: 'en' }, audit);
      expect(problems).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 900 });
    }
  });

  it('stops the spinner when the person prefers reduced motion', async () => {
    const spinnerDuration = async () => {
      const session = createSession(mock.backend, { processing_ms: 2000 });
      const { el, events } = await mountVariant(session.client_secret, { theme: 'light', locale: 'en' });
      await acceptConsent(el, events);
      await uploadImage(el, events, 'front');
      await submitReview(el, events);
      await waitForStep(events, 'processing');
      return { el, duration: getComputedStyle(el.shadowRoot!.querySelector('.spinner')!).animationDuration };
    };
    expect((await spinnerDuration()).duration).to.not.equal('0s');
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      // Firefox (WebDriver BiDi) and WebKit (WebDriver classic) cannot emulate the media feature: check the rule the shell
      // ships instead.
      const { el } = await spinnerDuration();
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'));
      expect(reduced?.cssText).to.match(/animation-duration: 0s !important/);
      return;
    }
    try {
      expect((await spinnerDuration()).duration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('announces each step change in the polite live region with the heading that took focus', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mountVariant(session.client_secret, { theme: 'light', locale: 'en' });
    const status = () => el.shadowRoot!.querySelector('[part=status]')!;
    expect([status().getAttribute('role'), status().getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
    for (const [step, heading] of [
      ['consent', 'Before you start'],
      ['capture-front', 'Photo page of your passport'],
      ['review', 'Check and submit'],
    ] as const) {
      if (step === 'capture-front') await acceptConsent(el, events);
      if (step === 'review') await uploadImage(el, events, 'front');
      await waitForStep(events, step);
      await waitUntil(() => status().textContent?.trim() === heading, `"${heading}" announced, got "${status().textContent}"`);
    }
  });
});
