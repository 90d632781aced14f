import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define-steps.js';
import { shadow } from './define-steps.js';
import type { VerifyConsentStep } from '../../../src/components/steps/consent-step.js';
import type { ClientSession } from '../../../src/core/types.js';
import { en } from '../../../src/locales/en.js';
import { collectedItems } from '../../../src/components/verify-identity/step-registry.js';
import { clientSession as session } from '../../client-session.js';

async function render(value: ClientSession): Promise<VerifyConsentStep> {
  return fixture<VerifyConsentStep>(
    // What the session collects comes from the step registry, as the shell passes it.
    html`<verify-identity-consent-step .strings=${en} .collected=${collectedItems(value, en.consent)}></verify-identity-consent-step>`,
  );
}

function listed(element: VerifyConsentStep): string[] {
  return [...shadow(element).querySelectorAll('.collected li')].map((item) => item.textContent!.trim());
}

function button(element: VerifyConsentStep, text: string): HTMLButtonElement {
  return [...shadow(element).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === text)!;
}

describe('<verify-identity-consent-step>', () => {
  it('renders a focusable heading and is accessible', async () => {
    const element = await render(session());
    const heading = shadow(element).querySelector('h2')!;
    expect(heading.id).to.equal('step-heading');
    expect(heading.tabIndex).to.equal(-1);
    expect(heading.textContent).to.equal(en.consent.heading);
    await expect(element).to.be.accessible();
  });

  it('lists only the document photo for a plain document session', async () => {
    expect(listed(await render(session()))).to.deep.equal([en.consent.documentPhoto]);
  });

  it('adds the selfie and the ID number when the options require them', async () => {
    const element = await render(session({}, { require_matching_selfie: true, require_id_number: true }));
    expect(listed(element)).to.deep.equal([en.consent.documentPhoto, en.consent.selfie, en.consent.idNumber]);
  });

  it('lists the document photo once for a two-sided document (two capture steps, one line)', async () => {
    expect(listed(await render(session({}, { allowed_types: ['id_card'] })))).to.deep.equal([en.consent.documentPhoto]);
  });

  it('lists only the ID number for an id_number session', async () => {
    expect(listed(await render(session({ type: 'id_number' })))).to.deep.equal([en.consent.idNumber]);
  });

  it('explains why in a help popover', async () => {
    const element = await render(session());
    const help = shadow(element).querySelector('verify-identity-help')!;
    expect(help.label).to.equal(en.consent.whyLabel);
    expect(help.content).to.equal(en.consent.whyText);
  });

  it('fires vi-step-complete { accepted: true } on accept, inside the shadow root only', async () => {
    const element = await render(session());
    const heard = oneEvent(element, 'vi-step-complete');
    button(element, en.consent.accept).click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ accepted: true });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(false);
  });

  it('fires vi-step-complete { accepted: false } on decline', async () => {
    const element = await render(session());
    const heard = oneEvent(element, 'vi-step-complete');
    button(element, en.consent.decline).click();
    expect((await heard).detail).to.deep.equal({ accepted: false });
  });
});
