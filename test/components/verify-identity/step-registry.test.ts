// A new step is its element, one registry entry and its strings (docs/adding-a-step.md): this registers a
// throw-away step from this file alone and drives it through the flow, as a person would.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { StepElement } from '../../../src/components/steps/step-element.js';
import { StepCompleteEvent } from '../../../src/components/step-events.js';
import { INITIAL_FLOW } from '../../../src/components/verify-identity/flow-state.js';
import { estimateMinutes, registerStep, type InputStep } from '../../../src/components/verify-identity/step-registry.js';
import { defineElements } from '../../../src/internal/define-elements.js';
import type { VerificationStep } from '../../../src/events.js';
import { createSession, useMockBackend } from '../../support/backend.js';
import { clientSession } from '../../client-session.js';
import { acceptConsent, enterIdNumber, mount, stepElement, stepRoot, stepsOf, submitReview, waitForStep } from '../../support/element.js';

const STEP = 'confirm-address' as InputStep;
const TAG = 'test-confirm-address-step';

/** The throw-away step: a heading, and a button that reports what the person confirmed. */
class ConfirmAddressStep extends StepElement {
  override render() {
    return html`${this.heading('Is this still your address?')}
      <div class="actions"><button type="button" class="button button--primary" @click=${() => this.complete(new StepCompleteEvent({ confirmed: true }))}>Yes</button></div>`;
  }
}

let loads = 0;

describe('a step registered from a test file', () => {
  const mock = useMockBackend();
  let unregister: () => void;

  before(() => {
    unregister = registerStep(
      {
        id: STEP,
        element: {
          tag: TAG,
          load: async () => {
            loads += 1;
            defineElements({ [TAG]: ConfirmAddressStep });
          },
        },
        view: ({ strings }) => html`<test-confirm-address-step data-step .strings=${strings}></test-confirm-address-step>`,
        minutes: 2,
        isNeeded: (session) => session.type === 'id_number',
      },
      { before: 'review' },
    );
  });
  after(() => unregister());

  it('counts in the time estimate of the sessions that need it', () => {
    expect(estimateMinutes(clientSession({ type: 'id_number' }), INITIAL_FLOW)).to.equal(4);
    expect(estimateMinutes(clientSession(), INITIAL_FLOW)).to.equal(2);
  });

  it('is loaded on demand, shown in order with its progress, reported, given, and left out of the submission', async () => {
    expect(customElements.get(TAG)).to.equal(undefined);
    const session = createSession(mock.backend, { type: 'id_number' });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await enterIdNumber(el, events);
    await waitForStep(events, STEP as VerificationStep);
    expect(loads).to.equal(1);
    const root = await stepRoot(el);
    expect(stepElement(el).localName).to.equal(TAG);
    await waitUntil(() => root.activeElement?.id === 'step-heading', 'its heading has the focus');
    expect(el.shadowRoot!.querySelector('.progress-label')!.textContent).to.equal('Step 3 of 4');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Is this still your address?');

    root.querySelector<HTMLButtonElement>('button')!.click();
    await waitForStep(events, 'review');
    // Back from the review leads to it again (it was given), and giving it again carries on.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=back-button]')!.click();
    await waitForStep(events, STEP as VerificationStep);
    (await stepRoot(el)).querySelector<HTMLButtonElement>('button')!.click();
    await submitReview(el, events);
    await waitForStep(events, 'verified');

    expect(stepsOf(events)).to.deep.equal(['consent', 'id-number', STEP, 'review', STEP, 'review', 'processing', 'verified']);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'submit' && r.sessionId === session.id)).to.have.length(1);
  });

  it('is not asked of a session that does not need it', async () => {
    const session = createSession(mock.backend, { options: { document: { allowed_types: ['passport'] } } });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    expect(el.shadowRoot!.querySelector('.progress-label')!.textContent).to.equal('Step 2 of 3');
  });

  it('shows an error, not an undefined element, when its module defines nothing', async () => {
    const remove = registerStep(
      {
        id: 'broken' as InputStep,
        element: { tag: 'test-never-defined-step', load: async () => {} },
        view: () => html`<test-never-defined-step data-step></test-never-defined-step>`,
        minutes: 0,
        isNeeded: (session) => session.type === 'document',
      },
      { before: 'capture-front' },
    );
    try {
      const session = createSession(mock.backend, { options: { document: { allowed_types: ['passport'] } } });
      const { el, events } = await mount(session.client_secret);
      await acceptConsent(el, events);
      await waitForStep(events, 'error');
      const error = events.find((event) => event.type === 'verification-error')!.detail as { error: { code: string } };
      expect(error.error.code).to.equal('step_not_defined');
      expect(el.shadowRoot!.querySelector('test-never-defined-step')).to.equal(null);
    } finally {
      remove();
    }
  });
});
