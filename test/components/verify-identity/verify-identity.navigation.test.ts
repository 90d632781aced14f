import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import {
  acceptConsent,
  chooseDocument,
  clickShellButton,
  currentStep,
  mount,
  stepRoot,
  stepsOf,
  submitReview,
  uploadImage,
  waitForStep,
} from '../../support/element.js';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A real click (a user activation), on a spot of the element that does nothing. */
async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + 2), Math.round(box.top + box.height / 2)] });
}

const shell = (el: VerifyIdentityElement) => el.shadowRoot!;
const progressText = (el: VerifyIdentityElement) => shell(el).querySelector('.progress-label')?.textContent?.trim();
const backButton = (el: VerifyIdentityElement) => shell(el).querySelector<HTMLButtonElement>('[part=back-button]');
const leavePanel = (el: VerifyIdentityElement) => shell(el).querySelector<HTMLElement>('[part=leave]');

describe('<verify-identity> progress, Back and closing without losing work', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('shows "Step n of total" with a progressbar computed from the session, a total that holds, and Back keeps what was given', async () => {
    const session = createSession(mock.backend, { options: { document: { allowed_types: ['passport', 'id_card'], require_matching_selfie: true } } });
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    // Stages: consent, document (its type and sides), selfie, review.
    expect(progressText(el)).to.equal('Step 1 of 4');
    expect(backButton(el)).to.equal(null);
    await acceptConsent(el, events);
    await waitForStep(events, 'document-type');
    // No Back to the consent: once given it is not asked again.
    expect(backButton(el)).to.equal(null);
    await chooseDocument(el, events, 'id_card');
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'capture-back');
    const bar = shell(el).querySelector('[role=progressbar]')!;
    // The two-sided document chosen does not change the total.
    expect(progressText(el)).to.equal('Step 2 of 4');
    expect(['aria-valuenow', 'aria-valuemax', 'aria-valuetext'].map((name) => bar.getAttribute(name))).to.deep.equal(['2', '4', 'Step 2 of 4']);
    // One segment a stage, those reached filled.
    expect([...bar.children].map((segment) => segment.className)).to.deep.equal(['done', 'done', '', '']);

    backButton(el)!.click();
    await waitForStep(events, 'capture-front');
    // The front taken before can be kept as it is.
    shell(el).querySelector<HTMLButtonElement>('[part=keep-button]')!.click();
    await waitForStep(events, 'capture-back');
    expect(shell(el).querySelector('[part=keep-button]')).to.equal(null);
    backButton(el)!.click();
    await waitForStep(events, 'capture-front');
    backButton(el)!.click();
    await waitForStep(events, 'document-type');
    const types = await stepRoot(el);
    expect(types.querySelector<HTMLInputElement>('input[value=id_card]')!.checked).to.equal(true);
    types.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    // The front taken before is still there: the flow goes on at the back.
    await waitForStep(events, 'capture-back');
    await uploadImage(el, events, 'back');
    await uploadImage(el, events, 'selfie');
    await submitReview(el, events);
    await waitForStep(events, 'processing');
    expect(shell(el).querySelector('.progress')).to.equal(null);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'files')).to.have.length(3);
  });

  it('asks before ✕ throws photos away: Keep going returns to the step, Leave closes as dismissed', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');

    const request = oneEvent(el, 'verification-request-close');
    shell(el).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    expect((await request).detail).to.deep.equal({ source: 'close-button' });
    await el.updateComplete;
    expect(leavePanel(el)!.textContent).to.contain('Leave the verification?');
    expect(leavePanel(el)!.getAttribute('role')).to.equal('alertdialog');
    expect(shell(el).querySelector<HTMLElement>('[part=body]')!.hidden).to.equal(true);
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Keep going', 'focus on Keep going');

    clickShellButton(el, 'Keep going');
    await el.updateComplete;
    expect(leavePanel(el)).to.equal(null);
    await waitUntil(() => deepActive()?.id === 'step-heading', 'focus back on the step heading');
    expect(el.open).to.equal(true);

    shell(el).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await el.updateComplete;
    const closed = oneEvent(el, 'verification-close');
    clickShellButton(el, 'Leave');
    expect((await closed).detail).to.deep.equal({ reason: 'dismissed', status: 'requires_input' });
    expect(el.open).to.equal(false);
  });

  it('counts details typed but not sent as work: ✕ asks first, and closes at once while the form is empty', async () => {
    const session = createSession(mock.backend, { type: 'id_number' });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'id-number');
    const root = await stepRoot(el);
    const firstName = root.querySelector<HTMLInputElement>('#first_name')!;
    firstName.value = 'Ada';
    firstName.dispatchEvent(new InputEvent('input', { bubbles: true }));
    shell(el).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await el.updateComplete;
    expect(leavePanel(el), 'a typed name is asked about').to.not.equal(null);
    expect(shell(el).querySelector<HTMLElement>('[part=body]')!.inert).to.equal(true);
    clickShellButton(el, 'Keep going');
    await el.updateComplete;
    expect(firstName.value, 'kept').to.equal('Ada');
    firstName.value = '';
    firstName.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const closed = oneEvent(el, 'verification-close');
    shell(el).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    expect((await closed).detail).to.deep.equal({ reason: 'dismissed', status: 'requires_input' });
  });

  it('drops the question when the server cancels the session meanwhile, showing the outcome', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    shell(el).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await el.updateComplete;
    expect(leavePanel(el)).to.not.equal(null);
    mock.backend.cancelSession(session.id);
    await waitForStep(events, 'canceled');
    await el.updateComplete;
    expect(leavePanel(el)).to.equal(null);
    expect(shell(el).querySelector<HTMLElement>('[part=body]')!.hidden).to.equal(false);
  });

  it('lets the page veto a close request with preventDefault(), and close() never asks', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('verification-request-close', veto);
    shell(el).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
    await el.updateComplete;
    expect([el.open, leavePanel(el)]).to.deep.equal([true, null]);
    el.removeEventListener('verification-request-close', veto);

    const closed = oneEvent(el, 'verification-close');
    el.close();
    expect((await closed).detail.reason).to.equal('closed-by-api');
    expect(events.filter((e) => e.type === 'verification-request-close')).to.have.length(1);
  });

  it('Escape asks too when photos would be lost; a second Escape leaves where the browser forces it, else keeps going', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    // Browsers let a page cancel Escape only after a user activation (else the dialog closes at once): a click first.
    await clickOn(shell(el).querySelector('[part=title]')!);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => leavePanel(el), 'the leave confirmation shows');
    expect(events.filter((e) => e.type === 'verification-request-close').map((e) => e.detail)).to.deep.equal([{ source: 'escape' }]);
    expect(el.open).to.equal(true);
    // Chromium's and Firefox's close watchers allow one prevented cancel per opening: the next Escape closes the
    // dialog whatever the page does. WebKit (2.50) lets the page stop it again: Escape on the question is then
    // "keep going", as the element answers it.
    let cancelable: boolean | undefined;
    shell(el).querySelector('dialog')!.addEventListener('cancel', (event) => (cancelable = event.cancelable), { once: true });
    await clickOn(leavePanel(el)!.querySelector('h2')!);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => cancelable !== undefined || !el.open, 'the second Escape did nothing');
    if (cancelable) {
      await waitUntil(() => !leavePanel(el), 'the question stayed');
      expect(el.open).to.equal(true);
      expect(currentStep(events)).to.equal('review');
      return;
    }
    await waitUntil(() => !el.open, 'the dialog stayed open');
    expect(events.filter((e) => e.type === 'verification-close').map((e) => (e.detail as { reason: string }).reason)).to.deep.equal(['dismissed']);
  });

  it('a click on the backdrop is a close request; with nothing to lose it closes at once', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    const closed = oneEvent(el, 'verification-close');
    await sendMouse({ type: 'click', position: [2, 2] });
    expect((await closed).detail.reason).to.equal('dismissed');
    expect(events.filter((e) => e.type === 'verification-request-close').map((e) => e.detail)).to.deep.equal([{ source: 'backdrop' }]);
  });

  it('Try again after a selfie mismatch asks only for the selfie and says so', async () => {
    const session = createSession(mock.backend, {
      test_outcome: 'selfie_face_mismatch',
      options: { document: { allowed_types: ['passport'], require_matching_selfie: true } },
    });
    const { el, events } = await mount(session.client_secret);
    el.fetchClientSecret = async () => mock.backend.retrieveSession(session.id).client_secret!;
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await uploadImage(el, events, 'selfie');
    await submitReview(el, events);
    await waitForStep(events, 'requires-input');
    expect(shell(el).querySelector('.outcome')!.textContent).to.contain('only need to take a new selfie');
    const stepCount = stepsOf(events).length;
    // Try again is disabled until the submit that led here has settled (the outcome can arrive first, by the stream).
    const tryAgain = [...shell(el).querySelectorAll<HTMLButtonElement>('.outcome button')].find((b) => b.textContent!.trim() === 'Try again')!;
    await waitUntil(() => !tryAgain.disabled, 'Try again enabled');
    tryAgain.click();
    await waitForStep(events, 'capture-selfie');
    await uploadImage(el, events, 'selfie');
    await waitForStep(events, 'review');
    expect(stepsOf(events).slice(stepCount)).to.deep.equal(['capture-selfie', 'review']);
    const review = await stepRoot(el);
    expect(review.querySelectorAll('[part=thumbnail]')).to.have.length(2);
  });
});
