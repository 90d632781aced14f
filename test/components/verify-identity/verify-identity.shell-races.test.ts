// Regression tests for the shell's races of issue 26 (defects 8, 9), in real Chromium against the mock backend.
import { expect, waitUntil } from '@open-wc/testing';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { mount, passportFlow, waitForStep } from '../../support/element.js';
import { ENGINE_PACE } from '../../engine-pace.js';

describe('<verify-identity> shell races (issue 26)', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('show(); close(); show() in one task: each opening has its own promise and its own close (defect 8)', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret, { open: false });
    const closes = () => events.filter((e) => e.type === 'verification-close');
    const first = el.show();
    el.close();
    const second = el.show();
    expect(second, 'a second promise').not.to.equal(first);
    const firstResult = await first;
    expect(firstResult.reason).to.equal('closed-by-api');
    await waitForStep(events, 'consent');
    expect(closes(), 'the first opening closed').to.have.length(1);
    el.close();
    const secondResult = await second;
    expect(secondResult).to.include({ status: 'requires_input', reason: 'closed-by-api' });
    expect(closes()).to.have.length(2);
    await waitUntil(() => !el.open);
  });

  it('the service accepted the submit, then the network went: verified, and no verification-error after it (defect 9)', async () => {
    const session = createSession(mock.backend, { processing_ms: 50 });
    const original = window.fetch;
    let lost = 0;
    // Every answer to the submit is lost on the way back (offline right after sending): its retries run out.
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith('/submit')) return response;
      lost += 1;
      throw new TypeError('Failed to fetch');
    };
    try {
      const { el, events } = await mount(session.client_secret);
      await passportFlow(el, events);
      await waitForStep(events, 'verified');
      await waitUntil(() => lost === 4, 'the submit and its 3 retries were sent', { timeout: 8000 * ENGINE_PACE });
      // The last retry's failure reaches the element within a task or two.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const types = events.map((e) => e.type);
      expect(types.slice(types.indexOf('verification-verified'))).not.to.include('verification-error');
      expect(el.shadowRoot!.querySelector('.body')!.textContent).not.to.contain('could not reach');
    } finally {
      window.fetch = original;
    }
  });
});
