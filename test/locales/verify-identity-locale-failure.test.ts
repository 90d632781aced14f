// A page of its own: once a language has loaded, it is cached for the page, and a failed module
// fetch may stay failed for the rest of it.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../support/backend.js';
import { acceptConsent, mount, stepRoot, waitForStep } from '../support/element.js';

describe('<verify-identity> with a language that cannot be loaded', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('stays in English with one warning, and works on', async () => {
    // The chunk's request fails, as it would offline or after a deploy removed it.
    mock.worker.use(http.get(/\/src\/locales\/ar\.[jt]s$/, () => HttpResponse.error()));
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el, events } = await mount(createSession(mock.backend).client_secret, { open: false });
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
