import { expect, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../src/components/verify-identity/verify-identity.js';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../support/backend.js';
import { mount, stepRoot, waitForStep } from '../support/element.js';
import { ENGINE_PACE } from '../engine-pace.js';

const dialogOf = (el: VerifyIdentityElement) => el.shadowRoot!.querySelector('dialog')!;

async function stepHeading(el: VerifyIdentityElement): Promise<string | undefined> {
  return (await stepRoot(el)).querySelector('#step-heading')?.textContent?.trim();
}

/** `navigator.languages`, as the person's browser would give them. */
let languages: readonly string[] = [];

describe('<verify-identity> with an empty locale: the browser’s languages', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  before(() => Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages }));
  after(() => delete (navigator as { languages?: unknown }).languages);

  async function mountEmpty(): Promise<VerifyIdentityElement> {
    const { el, events } = await mount(createSession(mock.backend).client_secret, { open: false });
    el.locale = '';
    el.open = true;
    await waitForStep(events, 'consent');
    return el;
  }

  // Each language is a chunk loaded on demand: seconds on a loaded machine, more at the engine's pace.
  it('takes the first available one, and follows a change of them', async () => {
    languages = ['nb-NO', 'uk-UA', 'en'];
    const el = await mountEmpty();
    await waitUntil(async () => (await stepHeading(el)) === 'Перш ніж почати', 'the consent heading in Ukrainian', { timeout: 3000 * ENGINE_PACE });
    expect(dialogOf(el).getAttribute('lang')).to.equal('uk');

    languages = ['he-IL'];
    window.dispatchEvent(new Event('languagechange'));
    await waitUntil(async () => (await stepHeading(el)) === 'לפני שמתחילים', 'the consent heading in Hebrew', { timeout: 3000 * ENGINE_PACE });
    expect(dialogOf(el).getAttribute('lang')).to.equal('he');
    expect(dialogOf(el).getAttribute('dir')).to.equal('rtl');
  });

  it('is English when none is available', async () => {
    languages = ['nb-NO', 'fi'];
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const el = await mountEmpty();
      expect(await stepHeading(el)).to.equal('Before you start');
      expect(dialogOf(el).getAttribute('lang')).to.equal('en');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});
