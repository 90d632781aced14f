import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shadow } from './define-steps.js';
import type { VerifyHelpPopover } from '../../../src/components/steps/help-popover.js';

const toggle = (help: VerifyHelpPopover) => shadow(help).querySelector<HTMLButtonElement>('button')!;
const panel = (help: VerifyHelpPopover) => shadow(help).querySelector<HTMLElement>('[part=panel]')!;

function isShown(help: VerifyHelpPopover): boolean {
  return !panel(help).hidden && panel(help).getBoundingClientRect().height > 0;
}

async function open(help: VerifyHelpPopover): Promise<void> {
  toggle(help).focus();
  await sendKeys({ press: 'Enter' });
  // Firefox may resolve sendKeys before the key's click has run: wait for the panel, not for one update.
  await waitUntil(() => help.open, 'Enter opens the panel');
  await help.updateComplete;
}

describe('<verify-identity-help>', () => {
  it('is a closed disclosure button that controls its panel, and is accessible', async () => {
    const help = await fixture<VerifyHelpPopover>(html`<verify-identity-help label="Why?" content="Because."></verify-identity-help>`);
    expect(toggle(help).textContent!.trim()).to.equal('Why?');
    expect(toggle(help).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(help).getElementById(toggle(help).getAttribute('aria-controls')!)).to.equal(panel(help));
    expect(isShown(help)).to.equal(false);
    await expect(help).to.be.accessible();
  });

  it('opens from the keyboard, positioned under its button', async () => {
    const help = await fixture<VerifyHelpPopover>(html`<verify-identity-help label="Tips"><p>Use good light.</p></verify-identity-help>`);
    await open(help);
    expect(toggle(help).getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(help)).to.equal(true);
    await waitUntil(() => panel(help).style.top !== '', 'the panel was never positioned');
    const button = toggle(help).getBoundingClientRect();
    const box = panel(help).getBoundingClientRect();
    expect(box.top).to.be.greaterThanOrEqual(button.bottom);
    await expect(help).to.be.accessible();
  });

  it('closes with Escape and returns focus to its button', async () => {
    const help = await fixture<VerifyHelpPopover>(html`<verify-identity-help label="Tips" content="Use good light."></verify-identity-help>`);
    await open(help);
    await sendKeys({ press: 'Escape' });
    await help.updateComplete;
    expect(isShown(help)).to.equal(false);
    expect(toggle(help).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(help).activeElement).to.equal(toggle(help));
  });

  it('closes on Escape without closing the modal dialog around it', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog><verify-identity-help label="Tips" content="Use good light."></verify-identity-help></dialog>`,
    );
    dialog.showModal();
    const help = dialog.querySelector<VerifyHelpPopover>('verify-identity-help')!;
    let canceled = false;
    dialog.addEventListener('cancel', () => (canceled = true));
    await open(help);
    await sendKeys({ press: 'Escape' });
    await help.updateComplete;
    expect(isShown(help)).to.equal(false);
    expect(canceled).to.equal(false);
    expect(dialog.open).to.equal(true);
    // With the popover closed, Escape is the dialog's again.
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.equal(false);
  });

  it('closes on a click outside but not on a click inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <p id="outside">Elsewhere</p>
        <verify-identity-help label="Tips" content="Use good light."></verify-identity-help>
      </div>
    `);
    const help = wrapper.querySelector<VerifyHelpPopover>('verify-identity-help')!;
    await open(help);
    panel(help).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await help.updateComplete;
    expect(isShown(help)).to.equal(true);
    wrapper.querySelector('#outside')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await help.updateComplete;
    expect(isShown(help)).to.equal(false);
  });
});

describe('<verify-identity-help inline>', () => {
  it('opens in the flow, below its button, and stays open when the page is pressed elsewhere', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <verify-identity-help inline label="Why?" content="Because."></verify-identity-help>
      <button type="button" id="after">After</button>
    </div>`);
    const help = wrapper.querySelector<VerifyHelpPopover>('verify-identity-help')!;
    const after = wrapper.querySelector('#after')!;
    const before = after.getBoundingClientRect().top;
    await open(help);
    expect(getComputedStyle(panel(help)).position).to.equal('static');
    expect(panel(help).getBoundingClientRect().top).to.be.at.least(toggle(help).getBoundingClientRect().bottom);
    expect(after.getBoundingClientRect().top, 'what follows moves down').to.be.at.least(panel(help).getBoundingClientRect().bottom);
    expect(after.getBoundingClientRect().top).to.be.above(before);
    after.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await help.updateComplete;
    expect(isShown(help), 'a disclosure closes from its own button only').to.equal(true);
    await expect(help).to.be.accessible();
  });
});
