// Regression tests for the shell's races of issue 26 (defects 8, 9), in real Chromium against the mock backend.
import { expect, waitUntil } from '@open-wc/testing';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { mount, waitForStep } from '../../support/element.js';

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
});
