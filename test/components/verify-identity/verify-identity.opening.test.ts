import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { recordEvents, stepRoot, type RecordedEvent } from '../../support/element.js';
import { ENGINE_PACE } from '../../engine-pace.js';
import { trackQuiet } from '../../support/quiet.js';
import { setViewport } from '../../support/viewport.js';

/** Every step reported, `loading` included, with the milliseconds since `since`. */
function timedSteps(el: VerifyIdentityElement, since: number): { step: string; at: number }[] {
  const steps: { step: string; at: number }[] = [];
  el.addEventListener('verification-step', (event) =>
    steps.push({ step: (event as CustomEvent<{ step: string }>).detail.step, at: performance.now() - since }),
  );
  return steps;
}

const dialog = (el: VerifyIdentityElement) => el.shadowRoot!.querySelector('dialog')!;

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<verify-identity> opening', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('opens its dialog on the first step, never empty; a loading view only after 100 ms without the session', async () => {
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${session.client_secret}></verify-identity>`);
    const events: RecordedEvent[] = recordEvents(el);
    const shownAt = performance.now();
    const steps = timedSteps(el, shownAt);
    void el.show();
    await el.updateComplete;
    // Asked for, not answered yet: nothing shows, and the page keeps focus meanwhile.
    expect(dialog(el).open).to.equal(false);
    // What the dialog holds the moment it opens.
    const onOpening: { holds: string; at: number }[] = [];
    new MutationObserver(() => {
      if (!dialog(el).open) return;
      const holds = el.shadowRoot!.querySelector('[part=body] [data-step], [part=body] [aria-busy]');
      onOpening.push({ holds: holds?.hasAttribute('aria-busy') ? 'loading' : (holds?.localName ?? 'nothing'), at: performance.now() - shownAt });
    }).observe(dialog(el), { attributeFilter: ['open'] });
    await waitUntil(() => steps.some(({ step }) => step === 'consent'), 'consent', { timeout: 4000 * ENGINE_PACE });
    // However long the mock took on this machine: the dialog opened with a step in it, and any loading view came late.
    expect(onOpening).to.have.length(1);
    const [opening] = onOpening;
    if (opening!.holds === 'loading') expect(opening!.at).to.be.at.least(99);
    else expect(opening!.holds).to.equal('verify-identity-consent-step');
    for (const { at } of steps.filter(({ step }) => step === 'loading')) expect(at).to.be.at.least(99);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(deepActive()?.textContent?.trim()).to.equal('Before you start');
    expect(events.filter(({ type }) => type === 'verification-ready')).to.have.length(1);
  });

  it('shows the loading view, focused and announced, when the session takes longer; then the first step', async () => {
    // In WebKit the mock serves snapshot streams, and the previous test's element, removed but not closed until a
    // task later, may still poll: one of its retrieves could take a one-shot delay meant for this element.
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'delay', ms: 600, times: 3 });
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${session.client_secret}></verify-identity>`);
    const shownAt = performance.now();
    const steps = timedSteps(el, shownAt);
    void el.show();
    await waitUntil(() => steps.length > 0, 'a step', { timeout: 4000 * ENGINE_PACE });
    expect(steps[0]!.step).to.equal('loading');
    expect(steps[0]!.at).to.be.at.least(99);
    expect(dialog(el).open).to.equal(true);
    await waitUntil(() => deepActive()?.id === 'step-heading', 'the loading heading focused');
    const view = el.shadowRoot!.querySelector('[aria-busy=true]')!;
    expect(view.textContent?.trim()).to.equal(deepActive()!.textContent?.trim());
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal(deepActive()!.textContent?.trim());
    await waitUntil(() => steps.some(({ step }) => step === 'consent'), 'consent', { timeout: 4000 * ENGINE_PACE });
    expect(steps.map(({ step }) => step)).to.deep.equal(['loading', 'consent']);
    expect((await stepRoot(el)).activeElement?.textContent?.trim()).to.equal('Before you start');
  });

  it('in place (inline): nothing shows before the first step, then the step with its heading focused', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'delay', ms: 50 });
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity inline client-secret=${session.client_secret}></verify-identity>`);
    const steps = timedSteps(el, performance.now());
    void el.show();
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('section[part=dialog]')!;
    expect(section.querySelector('[part=body]')).to.equal(null);
    await waitUntil(() => steps.some(({ step }) => step === 'consent'), 'consent', { timeout: 4000 * ENGINE_PACE });
    expect(section.querySelector('[part=body] [data-step]')?.localName).to.equal('verify-identity-consent-step');
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Before you start', 'the heading focused');
  });

  it('on a phone, the step fills the screen and the progress row keeps its height', async () => {
    // Mounted before the window changes size: WebKitGTK 2.50 does not re-evaluate the media queries of a constructed
    // stylesheet that no element in the page uses while the window is resized, so an element made after the resize
    // got the desktop rules (the earlier tests' elements, gone by then, had used Lit's shared sheet). A page keeps
    // its element while a phone turns, and a page loaded on a phone evaluates them fresh.
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${session.client_secret}></verify-identity>`);
    await setViewport({ width: 390, height: 844 });
    try {
      const steps = timedSteps(el, performance.now());
      void el.show();
      await waitUntil(() => steps.some(({ step }) => step === 'consent'), 'consent', { timeout: 4000 * ENGINE_PACE });
      const row = el.shadowRoot!.querySelector('[part=progress-bar]')!.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('.progress-label')!.getBoundingClientRect();
      const bar = el.shadowRoot!.querySelector('[role=progressbar]')!.getBoundingClientRect();
      // closeTo: WebKit lays out in 1/64 px (843.98).
      expect(dialog(el).getBoundingClientRect().height).to.be.closeTo(844, 0.5);
      // The label sits just above its bar (it stretched to a third of the screen when the row grew).
      expect(row.height).to.be.below(48);
      expect(bar.top - label.bottom).to.be.below(8);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('closed before the session answers: no dialog, no loading view later, and show() settles', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'delay', ms: 300 });
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${session.client_secret}></verify-identity>`);
    const events = recordEvents(el);
    const quiet = trackQuiet({ page: true });
    try {
      const result = el.show();
      await el.updateComplete;
      el.close();
      expect(await result).to.include({ reason: 'closed-by-api' });
      // The loading view's timer is gone and the request aborted: nothing is left that could show a step.
      await quiet.expectQuiet('closed before the session answered');
    } finally {
      quiet.restore();
    }
    expect(dialog(el).open).to.equal(false);
    expect(events.filter(({ type }) => type === 'verification-step')).to.deep.equal([]);
  });
});
