// The steps after the consent are a chunk loaded on demand, once per page: a file of its own.
import { expect, waitUntil } from '@open-wc/testing';
import { ENGINE_PACE } from '../../engine-pace.js';
import { createSession, useMockBackend } from '../../support/backend.js';
import { acceptConsent, mount, waitForStep } from '../../support/element.js';

describe('<verify-identity> steps loaded on demand', () => {
  const mock = useMockBackend();

  it('fetches them while the consent shows, so accepting it shows the next step at once', async () => {
    const session = createSession(mock.backend, { options: { document: { allowed_types: ['passport', 'id_card'] } } });
    expect(customElements.get('verify-identity-document-type-step')).to.equal(undefined);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    // After the consent's paint and once the page is idle (up to 500 ms), then the chunk's modules: seconds under
    // load, still far less than reading the consent takes. The 1 s default failed once in Firefox under load.
    await waitUntil(() => customElements.get('verify-identity-document-type-step'), 'the steps load while the consent shows', {
      timeout: 5000 * ENGINE_PACE,
    });
    await acceptConsent(el, events);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('verify-identity-document-type-step')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
  });
});
