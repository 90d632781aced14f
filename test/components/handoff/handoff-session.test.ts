// The handoff view follows the phone through the element's own session model: the server sees no second
// status stream, and no session retrieved again, while the desktop shows the code and learns the phone opened it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { readHandoffCode } from '../../../src/core/handoff.js';
import '../../../src/define.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { createApiClient } from '../../../src/core/api.js';
import { acceptConsent, recordEvents, submitReview, uploadImage, waitForStep } from '../../support/element.js';
import { documentScene, jpeg } from '../../support/scenes.js';
import { canTransferStreams } from '../../../src/mocks/browser.js';

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

    [...el.shadowRoot!.querySelector('verify-identity-capture-step')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Continue on your phone')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('verify-identity-handoff')?.shadowRoot?.querySelector('svg[role=img]'), 'the code shows', { timeout: 4000 });
    const view = el.shadowRoot!.querySelector('verify-identity-handoff')!.shadowRoot!;
    const link = /https?:\/\/\S+/.exec(view.querySelector('svg[role=img]')!.getAttribute('aria-label')!)![0];
    expect(of('handoff').map((r) => [r.auth, r.status])).to.deep.equal([['client_secret', 200]]);

    const code = readHandoffCode(new URL(link).hash)!;
    await fetch(`/v1/identity/verification_sessions/${session.id}/handoff/claim`, { method: 'POST', headers: { Authorization: `Bearer ${code}` } });
    await waitUntil(() => view.textContent?.includes('Opened on your phone. Continue there.'), 'the desktop sees the phone', { timeout: 4000 });
    expect(of('stream'), 'one status stream for the session').to.have.length(1);
    // Where the mock serves the stream as snapshots (WebKit), the element's one watch polls, and the phone's claim
    // reaches the desktop by such a poll: its retrieves are not a second client's.
    if (canTransferStreams()) expect(of('retrieve'), 'no second client polling').to.have.length(retrieved);
  });

  it('the desktop submits while the phone does: verified, and no verification-error after it (issue 26, defect 9)', async () => {
    const session = createSession(mock.backend, { processing_ms: 50 });
    const el = await fixture<VerifyIdentityElement>(
      html`<verify-identity client-secret=${session.client_secret} handoff-url="https://shop.example/continue"></verify-identity>`,
    );
    const events = recordEvents(el);
    el.open = true;
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    // A code made meanwhile (the desktop's own secret) and claimed by the phone.
    const made = await fetch(`/v1/identity/verification_sessions/${session.id}/handoff`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.client_secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ handoff_url: 'https://shop.example/continue' }),
    });
    const code = readHandoffCode(new URL(((await made.json()) as { url: string }).url).hash)!;
    const claim = await fetch(`/v1/identity/verification_sessions/${session.id}/handoff/claim`, { method: 'POST', headers: { Authorization: `Bearer ${code}` } });
    const phone = createApiClient({ apiBase: '/v1', clientSecret: ((await claim.json()) as { client_secret: string }).client_secret });
    const photo = await phone.uploadFile(await jpeg(documentScene()), { purpose: 'identity_document', side: 'front' });
    // The desktop's submit reaches the service after the phone's.
    mock.backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 1000 });
    await submitReview(el, events);
    await waitUntil(() => mock.backend.requests.some((r) => r.endpoint === 'submit' && r.sessionId === session.id), 'the desktop submitted');
    await phone.submit({ document_type: 'passport', files: { front: photo.id } });
    await waitForStep(events, 'verified');
    await waitUntil(() => mock.backend.requests.filter((r) => r.endpoint === 'submit' && r.sessionId === session.id && r.status !== 0).length >= 2, 'both submits answered', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const types = events.map((e) => e.type);
    expect(types.slice(types.indexOf('verification-verified'))).not.to.include('verification-error');
  });
});
