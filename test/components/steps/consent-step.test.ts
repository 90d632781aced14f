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

  describe('the business name, integrator text in a sentence of ours', () => {
    async function branded(businessName: string, width?: number): Promise<VerifyConsentStep> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `inline-size: ${width}px` : ''}>
        <verify-identity-consent-step .strings=${en} .session=${session()} .branding=${{ businessName }}></verify-identity-consent-step>
      </div>`);
      return wrapper.querySelector('verify-identity-consent-step')!;
    }

    it('wraps a 46-character single word at 320 px instead of running out of the step', async () => {
      const element = await branded('Supercalifragilisticexpialidociousbankingcorpx', 320);
      const line = shadow(element).querySelector<HTMLElement>('.requested-by')!;
      expect(line.scrollWidth, 'nothing scrolls inside it').to.be.at.most(line.clientWidth);
      expect(line.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
      const name = [...line.querySelectorAll('*'), line].find((node) => node.textContent!.includes('Supercali'))!;
      const range = document.createRange();
      range.selectNodeContents(name);
      for (const rect of range.getClientRects()) expect(rect.right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    });

    it('keeps a right-to-left override in it from reversing the rest of the sentence', async () => {
      const element = await branded('Acme\u202E');
      const line = shadow(element).querySelector<HTMLElement>('.requested-by')!;
      expect(line.textContent).to.equal(en.consent.requestedBy('Acme\u202E'));
      // Where the words are drawn: "asks" before "identity", as in any left-to-right sentence.
      const left = (word: string): number => {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          return range.getBoundingClientRect().left;
        }
        throw new Error(`no “${word}”`);
      };
      expect(left('asks')).to.be.below(left('identity'));
      expect(left('Acme')).to.be.below(left('asks'));
    });
  });
});
