// Regression tests for the races of issue 8 (defects 1, 4, 5, 6) and issue 12 (defect 3), each
// reproduced in real Chromium against the mock backend.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { clickShellButton, declineConsent, mount, passportFlow, statusTrail, stepsOf, waitForStep } from '../../support/element.js';
import { ENGINE_PACE } from '../../engine-pace.js';

/** A gate the test opens. */
function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Wraps `window.fetch` (what the SDK calls) for one test; the answers still come from the mock backend. */
function wrapFetch(wrap: (original: typeof fetch) => typeof fetch): () => void {
  const original = window.fetch;
  window.fetch = wrap(original);
  return () => {
    window.fetch = original;
  };
}

/** A stream response whose chunks wait for `until` (a buffering proxy). */
function heldStream(response: Response, until: Promise<void>): Response {
  const reader = response.body!.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await until;
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

describe('<verify-identity> reliability', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  let restoreFetch: (() => void) | undefined;
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = undefined;
  });

  it('closing during a submit stops everything: no watch, no event after close (issue 8, defect 1)', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired', processing_ms: 1000 });
    const { el, events } = await mount(session.client_secret);
    const shown = el.show();
    mock.backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 800 });
    await passportFlow(el, events);
    await waitUntil(() => mock.backend.requests.some((r) => r.endpoint === 'submit'), 'the submit was sent', { timeout: 1000 * ENGINE_PACE });
    // Counted in the page from the close itself: a request the backend receives just after the close may have been
    // sent before it (in WebKit the mock's snapshots are polled every 50 ms, and a key press is a WebDriver round trip).
    let closed = false;
    const sentAfterClose: string[] = [];
    el.addEventListener('verification-close', () => (closed = true), { once: true });
    restoreFetch = wrapFetch((original) => (input, init) => {
      if (closed) sentAfterClose.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    });
    await sendKeys({ press: 'Escape' });
    const result = await shown;
    expect(result).to.include({ status: 'processing', reason: 'dismissed' });
    // What would have caused late events: the checks ending on the server.
    await waitUntil(() => mock.backend.retrieveSession(session.id).last_error !== null, 'the checks end', { timeout: 5000 * ENGINE_PACE });
    expect(sentAfterClose, 'no stream or poll after close').to.deep.equal([]);
    const closeIndex = events.findIndex((e) => e.type === 'verification-close');
    expect(events.slice(closeIndex).map((e) => e.type), 'nothing after the close event').to.deep.equal(['verification-close']);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('removing the element mid-submit reports what the submit led to (issue 8, defect 4)', async () => {
    const session = createSession(mock.backend, { processing_ms: 100 });
    const { el, events } = await mount(session.client_secret);
    const shown = el.show();
    mock.backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 300 });
    await passportFlow(el, events);
    await waitUntil(() => mock.backend.requests.some((r) => r.endpoint === 'submit'), 'the submit was sent', { timeout: 1000 * ENGINE_PACE });
    el.remove();
    const result = await shown;
    expect(result.reason).to.equal('closed-by-api');
    expect('status' in result && result.status, 'not "closed before submitting"').to.be.oneOf(['processing', 'verified']);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('a decline the stream reports before its HTTP answer spends the secret: Try again asks for a fresh one (issue 8, defect 5)', async () => {
    const session = createSession(mock.backend);
    const declineAnswer = gate();
    restoreFetch = wrapFetch((original) => async (input, init) => {
      const response = await original(input, init);
      if (String(input).endsWith('/decline')) await declineAnswer.promise;
      return response;
    });
    const { el, events } = await mount(session.client_secret);
    await declineConsent(el, events);
    await waitForStep(events, 'requires-input');
    expect(statusTrail(events), 'the stream reported the decline first').to.deep.equal([
      'requires-input:consent_declined',
      'status-change:requires_input>requires_input',
    ]);
    // Before the HTTP answer: Try again must not start an attempt with the spent secret.
    clickShellButton(el, 'Try again');
    await el.updateComplete;
    declineAnswer.open();
    await waitUntil(() => mock.backend.requests.some((r) => r.endpoint === 'decline' && r.status === 200), 'the decline answered');
    await waitUntil(() => !el.shadowRoot!.querySelector<HTMLButtonElement>('.button--primary')?.disabled, 'Try again is enabled');
    clickShellButton(el, 'Try again');
    await waitUntil(() => events.some((e) => e.type === 'verification-error'), 'the spent secret is reported');
    const error = events.find((e) => e.type === 'verification-error')!.detail as { error: { code: string } };
    expect(error.error.code).to.equal('secret_spent');
    expect(stepsOf(events).filter((step) => step === 'consent'), 'no new attempt with the spent secret').to.have.length(1);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files')).to.have.length(0);
  });

  it('with fetchClientSecret, Try again after a stream-reported decline loads a fresh secret', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    let asked = 0;
    el.fetchClientSecret = async () => {
      asked += 1;
      return mock.backend.retrieveSession(session.id).client_secret!;
    };
    await declineConsent(el, events);
    await waitForStep(events, 'requires-input');
    await waitUntil(() => !el.shadowRoot!.querySelector<HTMLButtonElement>('.button--primary')?.disabled, 'Try again is enabled');
    clickShellButton(el, 'Try again');
    await waitUntil(() => stepsOf(events).filter((step) => step === 'consent').length === 2, 'a new attempt starts at consent');
    expect(asked).to.equal(1);
    expect(events.filter((e) => e.type === 'verification-error')).to.have.length(0);
  });

  it('show() then close() in the same task settles, with a close event (issue 8, defect 6)', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret, { open: false });
    const shown = el.show();
    el.close();
    const result = await shown;
    expect(result.reason).to.equal('closed-by-api');
    expect(events.filter((e) => e.type === 'verification-close')).to.have.length(1);
    expect(el.open).to.equal(false);
    expect(mock.backend.requests.filter((r) => r.sessionId === session.id), 'nothing was loaded').to.have.length(0);
  });

  it('ignores stale frames of a buffered stream: each status event fires once (issue 12, defect 3)', async () => {
    const session = createSession(mock.backend, { processing_ms: 200 });
    const released = gate();
    restoreFetch = wrapFetch((original) => async (input, init) => {
      const response = await original(input, init);
      return String(input).endsWith('/stream') ? heldStream(response, released.promise) : response;
    });
    const { el, events } = await mount(session.client_secret);
    el.addEventListener('verification-processing', () => released.open(), { once: true });
    await passportFlow(el, events);
    await waitForStep(events, 'verified');
    expect(statusTrail(events)).to.deep.equal([
      'processing',
      'status-change:requires_input>processing',
      'verified',
      'status-change:processing>verified',
    ]);
    expect(stepsOf(events)).to.deep.equal(['consent', 'capture-front', 'review', 'processing', 'verified']);
  });

  for (const [name, document] of [
    ['options.document: {}', {}],
    ["allowed_types: ['<markup>']", { allowed_types: ['<img src=x onerror=alert(1)>'], require_id_number: false, require_live_capture: false, require_matching_selfie: false }],
  ] as const) {
    it(`a session with ${name} shows an error that can be closed, never a broken step (issue 7)`, async () => {
      const session = createSession(mock.backend);
      restoreFetch = wrapFetch((original) => async (input, init) => {
        const response = await original(input, init);
        if ((init?.method ?? 'GET') !== 'GET' || String(input).endsWith('/stream') || !response.ok) return response;
        const body = (await response.json()) as Record<string, unknown>;
        return new Response(JSON.stringify({ ...body, options: { document } }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      });
      const { el, events } = await mount(session.client_secret, { open: false });
      const shown = el.show();
      await waitForStep(events, 'error');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
      const result = await shown;
      expect(result.reason).to.equal('dismissed');
      expect('error' in result && result.error).to.include({ type: 'malformed_response', param: 'session.options.document.allowed_types' + (name.startsWith('allowed') ? '[0]' : '') });
      expect(el.shadowRoot!.innerHTML).not.to.contain('<img');
    });
  }

  it("a last_error code such as 'constructor' shows the service's reason, never a function (issue 8, defect 8)", async () => {
    const session = createSession(mock.backend);
    restoreFetch = wrapFetch((original) => async (input, init) => {
      const response = await original(input, init);
      if ((init?.method ?? 'GET') !== 'GET' || String(input).endsWith('/stream') || !response.ok) return response;
      const body = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...body, last_error: { code: 'constructor', reason: 'A reason from the service.' } }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'requires-input');
    const text = el.shadowRoot!.querySelector('.body')!.textContent!;
    expect(text).to.contain('A reason from the service.');
    expect(text).not.to.contain('function');
  });
});
