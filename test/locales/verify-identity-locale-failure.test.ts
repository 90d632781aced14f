// A page of its own: once a language has loaded, it is cached for the page, and a failed module
// fetch may stay failed for the rest of it.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockBackend } from '../../src/mocks/browser.js';
import { acceptConsent, createSession, mount, stepRoot, waitForStep } from '../components/verify-identity/helpers.js';

describe('<verify-identity> with a language that cannot be loaded', () => {
  let started: Awaited<ReturnType<typeof startMockBackend>>;
  before(async () => {
    started = await startMockBackend({ quiet: true });
  });
  after(() => started.stop());

  it('stays in English with one warning, and works on', async () => {
    // The chunk's request fails, as it would offline or after a deploy removed it.
    started.worker.use(http.get(/\/src\/locales\/ar\.[jt]s$/, () => HttpResponse.error()));
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el, events } = await mount(createSession(started.backend).client_secret, { open: false });
      el.locale = 'ar';
      el.open = true;
      await waitForStep(events, 'consent');
      await waitUntil(() => warnings.length > 0, 'a warning');
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect((await stepRoot(el)).querySelector('#step-heading')?.textContent?.trim()).to.equal('Before you start');
      expect(dialog.getAttribute('lang')).to.equal('en');
      expect(dialog.getAttribute('dir')).to.equal('ltr');
      await acceptConsent(el, events);
      await waitForStep(events, 'capture-front');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.equal('[verify-identity] Locale "ar" could not be loaded; using "en".');
  });
});
