// The handoff view follows the phone through the element's own session model: the server sees no second
// status stream, and no session retrieved again, while the desktop shows the code and learns the phone opened it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { readHandoffCode } from '../../../src/core/handoff.js';
import '../../../src/define.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { acceptConsent, recordEvents, waitForStep } from '../../support/element.js';

describe('continue on your phone, on the session of the element', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('opens no second stream and makes the link with the secret in use', async () => {
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(
      html`<verify-identity client-secret=${session.client_secret} handoff-url="https://shop.example/continue"></verify-identity>`,
    );
    const events = recordEvents(el);
    el.open = true;
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    const of = (endpoint: string) => mock.backend.requests.filter((r) => r.endpoint === endpoint && r.sessionId === session.id);
    await waitUntil(() => of('stream').length === 1, 'the element follows the status');
    const retrieved = of('retrieve').length;

    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Continue on your phone')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-handoff')?.shadowRoot?.querySelector('svg[role=img]'), 'the code shows', { timeout: 4000 });
    const view = el.shadowRoot!.querySelector('verify-identity-handoff')!.shadowRoot!;
    const link = /https?:\/\/\S+/.exec(view.querySelector('svg[role=img]')!.getAttribute('aria-label')!)![0];
    expect(of('handoff').map((r) => [r.auth, r.status])).to.deep.equal([['client_secret', 200]]);

    const code = readHandoffCode(new URL(link).hash)!;
    await fetch(`/v1/identity/verification_sessions/${session.id}/handoff/claim`, { method: 'POST', headers: { Authorization: `Bearer ${code}` } });
    await waitUntil(() => view.textContent?.includes('Opened on your phone. Continue there.'), 'the desktop sees the phone', { timeout: 4000 });
    expect(of('stream'), 'one status stream for the session').to.have.length(1);
    expect(of('retrieve'), 'no second client polling').to.have.length(retrieved);
  });
});
