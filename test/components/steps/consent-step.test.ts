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

  it('explains why in a disclosure that opens in the flow, pushing Decline and Accept down rather than covering them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <verify-identity-consent-step .strings=${en} .collected=${collectedItems(session(), en.consent)}></verify-identity-consent-step>
    </div>`);
    const element = wrapper.querySelector<VerifyConsentStep>('verify-identity-consent-step')!;
    const help = shadow(element).querySelector('verify-identity-help')!;
    expect(help.label).to.equal(en.consent.whyLabel);
    expect(help.content).to.equal(en.consent.whyText);
    const buttonsBefore = button(element, en.consent.accept).getBoundingClientRect().top;
    shadow(help).querySelector<HTMLButtonElement>('[part=button]')!.click();
    await help.updateComplete;
    const panel = shadow(help).querySelector<HTMLElement>('[part=panel]')!;
    expect(panel.checkVisibility(), 'the help shows').to.equal(true);
    expect(panel.textContent!.trim()).to.equal(en.consent.whyText);
    const box = panel.getBoundingClientRect();
    for (const text of [en.consent.accept, en.consent.decline]) {
      const target = button(element, text).getBoundingClientRect();
      const overlaps = box.left < target.right && target.left < box.right && box.top < target.bottom && target.top < box.bottom;
      expect(overlaps, `the help covers ${text}`).to.equal(false);
      expect(target.top, `${text} below the help`).to.be.at.least(box.bottom);
    }
    expect(button(element, en.consent.accept).getBoundingClientRect().top, 'the buttons moved down').to.be.above(buttonsBefore);
    await expect(element).to.be.accessible();
  });

  it('shows each thing it will ask for with its own icon, from the steps the session needs', async () => {
    const element = await render(session({}, { require_matching_selfie: true, require_id_number: true }));
    const items = [...shadow(element).querySelectorAll('.collected li')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal([en.consent.documentPhoto, en.consent.selfie, en.consent.idNumber]);
    const icons = items.map((item) => item.querySelector('svg'));
    expect(icons.every((icon) => icon && icon.getAttribute('aria-hidden') === 'true' && icon.getBoundingClientRect().width > 0)).to.equal(true);
    expect(new Set(icons.map((icon) => icon!.innerHTML)).size, 'one icon per kind').to.equal(3);
    expect(listed(await render(session({ type: 'id_number' }))), 'an id_number session: the ID number alone').to.deep.equal([en.consent.idNumber]);
  });

  it('puts the business, logo and name, above the heading, and the privacy line in full text weight', async () => {
    const logo = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='80' height='24'/%3E";
    const element = await fixture<VerifyConsentStep>(html`<verify-identity-consent-step
      .strings=${en}
      .collected=${collectedItems(session(), en.consent)}
      .branding=${{ businessName: 'Acme Bank', logoUrl: logo }}
    ></verify-identity-consent-step>`);
    const root = shadow(element);
    const business = root.querySelector<HTMLElement>('[part=business]')!;
    expect(business.querySelector('[part=logo]')).to.not.equal(null);
    expect(business.textContent!.trim()).to.equal(en.consent.requestedBy('Acme Bank'));
    const heading = root.querySelector('h2')!;
    expect(business.getBoundingClientRect().bottom).to.be.at.most(heading.getBoundingClientRect().top);
    expect(root.firstElementChild, 'nothing of ours comes before who asks').to.equal(business);
    const privacy = root.querySelector<HTMLElement>('[part=privacy]')!;
    expect(privacy.textContent).to.contain(en.consent.privacy);
    const intro = root.querySelector<HTMLElement>('.intro')!;
    expect(getComputedStyle(privacy.querySelector('p')!).color, 'not muted').to.equal(getComputedStyle(intro).color);
    expect(getComputedStyle(privacy.querySelector('p')!).fontSize).to.equal(getComputedStyle(intro).fontSize);
    await expect(element).to.be.accessible();
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
