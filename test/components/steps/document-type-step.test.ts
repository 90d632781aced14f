import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyDocumentTypeStep } from '../../../src/components/steps/document-type-step.js';
import type { DocumentType } from '../../../src/core/types.js';
import { en } from '../../../src/locales/en.js';

async function render(allowedTypes: DocumentType[], value?: DocumentType): Promise<VerifyDocumentTypeStep> {
  return fixture<VerifyDocumentTypeStep>(html`
    <verify-identity-document-type-step
      .strings=${en}
      .allowedTypes=${allowedTypes}
      .value=${value}
    ></verify-identity-document-type-step>
  `);
}

function radio(element: VerifyDocumentTypeStep, type: DocumentType): HTMLInputElement {
  return shadow(element).querySelector<HTMLInputElement>(`input[type=radio][value=${type}]`)!;
}

function submit(element: VerifyDocumentTypeStep): void {
  shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('<verify-identity-document-type-step>', () => {
  it('offers one labelled radio per allowed type in a fieldset with a legend, accessibly', async () => {
    const element = await render(['passport', 'driving_license']);
    expect(textOf(element, 'legend')).to.equal(en.documentType.legend);
    const labels = [...shadow(element).querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal([en.documentTypeNames.passport, en.documentTypeNames.driving_license]);
    expect(radio(element, 'id_card')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers only the types it can name: no "<markup>", no prototype keys', async () => {
    const element = await render(['<markup>', 'passport', 'constructor', '__proto__'] as DocumentType[]);
    const labels = [...shadow(element).querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal([en.documentTypeNames.passport]);
  });

  it('fires vi-step-complete with the chosen radio', async () => {
    const element = await render(['passport', 'id_card', 'driving_license']);
    radio(element, 'id_card').click();
    const heard = oneEvent(element, 'vi-step-complete');
    submit(element);
    expect((await heard).detail).to.deep.equal({ documentType: 'id_card' });
  });

  it('asks for a choice instead of continuing when none is made', async () => {
    const element = await render(['passport', 'id_card']);
    let fired = false;
    element.addEventListener('vi-step-complete', () => (fired = true));
    submit(element);
    await element.updateComplete;
    expect(fired).to.equal(false);
    expect(textOf(element, '[role=alert]')).to.equal(en.documentType.required);
    await expect(element).to.be.accessible();
  });

  it('pre-selects the value given on back-navigation', async () => {
    const element = await render(['passport', 'id_card'], 'passport');
    expect(radio(element, 'passport').checked).to.equal(true);
    const heard = oneEvent(element, 'vi-step-complete');
    submit(element);
    expect((await heard).detail.documentType).to.equal('passport');
  });
});
