import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { shadow } from './define-steps.js';
import type { VerifyIdNumberStep } from '../../../src/components/steps/id-number-step.js';
import type { IdNumberDetails } from '../../../src/core/types.js';
import { en, type Strings } from '../../../src/locales/en.js';
import { loadLocale } from '../../../src/locales/index.js';

const VALID: IdNumberDetails = { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', id_number: 'AB-1234 56' };

async function render(value?: IdNumberDetails, locale = 'en', strings: Strings = en): Promise<VerifyIdNumberStep> {
  return fixture<VerifyIdNumberStep>(
    html`<verify-identity-id-number-step .strings=${strings} .locale=${locale} .value=${value}></verify-identity-id-number-step>`,
  );
}

function input(element: VerifyIdNumberStep, name: keyof IdNumberDetails): HTMLInputElement {
  return shadow(element).querySelector<HTMLInputElement>(`#${name}`)!;
}

function type(element: VerifyIdNumberStep, name: keyof IdNumberDetails, text: string): void {
  const field = input(element, name);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function fill(element: VerifyIdNumberStep, details: IdNumberDetails): void {
  for (const [name, text] of Object.entries(details)) type(element, name as keyof IdNumberDetails, text);
}

async function submit(element: VerifyIdNumberStep): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await element.updateComplete;
}

/** The error text the field points to through aria-describedby, when it is marked invalid. */
function errorOf(element: VerifyIdNumberStep, name: keyof IdNumberDetails): string | null {
  const field = input(element, name);
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const ids = field.getAttribute('aria-describedby')!.split(' ');
  return ids.map((id) => shadow(element).getElementById(id)!.textContent!.trim()).filter(Boolean).pop() ?? '';
}

function neverFires(element: VerifyIdNumberStep): () => boolean {
  let fired = false;
  element.addEventListener('vi-step-complete', () => (fired = true));
  return () => fired;
}

describe('<verify-identity-id-number-step>', () => {
  it('has labelled inputs of the right types and is accessible', async () => {
    const element = await render();
    expect(input(element, 'dob').type, 'not the browser-language date input').to.equal('text');
    expect(input(element, 'dob').inputMode).to.equal('decimal');
    for (const name of ['first_name', 'last_name', 'dob', 'id_number'] as const) {
      expect(input(element, name).labels![0]!.textContent!.trim()).to.not.equal('');
    }
    await expect(element).to.be.accessible();
  });

  it('fires vi-step-complete with the trimmed details when they are valid', async () => {
    const element = await render();
    fill(element, { ...VALID, first_name: '  Ada ' });
    const heard = oneEvent(element, 'vi-step-complete');
    await submit(element);
    expect((await heard).detail).to.deep.equal({ details: VALID });
  });

  it('marks every empty field invalid, says what to enter, focuses the first and does not fire', async () => {
    const element = await render();
    const fired = neverFires(element);
    await submit(element);
    expect(fired()).to.equal(false);
    expect(errorOf(element, 'first_name')).to.equal(en.idNumber.errors.firstNameRequired);
    expect(errorOf(element, 'last_name')).to.equal(en.idNumber.errors.lastNameRequired);
    expect(errorOf(element, 'dob')).to.equal(en.idNumber.errors.dobRequired);
    expect(errorOf(element, 'id_number')).to.equal(en.idNumber.errors.idNumberRequired);
    expect(shadow(element).activeElement).to.equal(input(element, 'first_name'));
    await expect(element).to.be.accessible();
  });

  it('rejects a future date of birth and a malformed ID number', async () => {
    const element = await render();
    const fired = neverFires(element);
    const nextYear = new Date().getFullYear() + 1;
    fill(element, { ...VALID, dob: `${nextYear}-01-01`, id_number: 'AB#1' });
    await submit(element);
    expect(fired()).to.equal(false);
    expect(errorOf(element, 'dob')).to.equal(en.idNumber.errors.dobFuture);
    expect(errorOf(element, 'id_number')).to.equal(en.idNumber.errors.idNumberInvalid);
    expect(errorOf(element, 'first_name')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(input(element, 'dob'));
  });

  it('clears an error as soon as the field is corrected', async () => {
    const element = await render();
    await submit(element);
    type(element, 'first_name', 'Ada');
    await element.updateComplete;
    expect(errorOf(element, 'first_name')).to.equal(null);
    expect(errorOf(element, 'last_name')).to.equal(en.idNumber.errors.lastNameRequired);
  });

  describe('the date of birth, written as the language writes dates', () => {
    /** The hint the date field points to, line by line. */
    const dateHint = (element: VerifyIdNumberStep) =>
      [...shadow(element).querySelectorAll('#dob-hint > span')].map((line) => line.textContent!.trim());
    const written = (lang: string) =>
      new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'numeric', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' });

    for (const { lang, order } of [
      { lang: 'de', order: ['day', 'month', 'year'] },
      { lang: 'ar', order: ['day', 'month', 'year'] },
      { lang: 'ja', order: ['year', 'month', 'day'] },
    ] as const) {
      it(`${lang}: says the order and gives an example in ${order.join('-')} order, never mm/dd/yyyy`, async () => {
        const strings = (await loadLocale(lang)).strings;
        const element = await render(undefined, lang, strings);
        const f = strings.feedback;
        const example = written(lang).format(Date.UTC(1990, 11, 31));
        expect(dateHint(element)).to.deep.equal([order.map((part) => f[part]).join(' / '), f.dateExample(example)]);
        expect(input(element, 'dob').getAttribute('aria-describedby')!.split(' ')).to.include('dob-hint');
        // 10 December 1990, typed the language's way, is sent as the ISO date.
        fill(element, { ...VALID, dob: written(lang).format(Date.UTC(1990, 11, 10)) });
        const heard = oneEvent(element, 'vi-step-complete');
        await submit(element);
        expect((await heard).detail.details.dob).to.equal('1990-12-10');
      });
    }

    it('prefills the date in the language’s order, and reads Arabic-Indic digits, eight digits in a row and ISO dates', async () => {
      const element = await render(VALID, 'de', (await loadLocale('de')).strings);
      expect(input(element, 'dob').value).to.equal('10.12.1990');
      for (const [typed, iso] of [
        ['١٠/١٢/١٩٩٠', '1990-12-10'],
        ['10121990', '1990-12-10'],
        ['1990-12-10', '1990-12-10'],
        [' 3.2.1990 ', '1990-02-03'],
      ]) {
        type(element, 'dob', typed!);
        const heard = oneEvent(element, 'vi-step-complete');
        await submit(element);
        expect((await heard).detail.details.dob, typed).to.equal(iso);
      }
    });

    it('calls a date it cannot read not a real date: a two-digit year, a 13th month', async () => {
      const element = await render(undefined, 'de', (await loadLocale('de')).strings);
      const fired = neverFires(element);
      for (const typed of ['10.12.90', '10.13.1990', '10 Dezember']) {
        fill(element, { ...VALID, dob: typed });
        await submit(element);
        expect(errorOf(element, 'dob'), typed).to.not.equal(null);
      }
      expect(fired()).to.equal(false);
    });
  });

  it('prefills the form from value', async () => {
    const element = await render(VALID);
    expect(input(element, 'last_name').value).to.equal('Lovelace');
    const heard = oneEvent(element, 'vi-step-complete');
    await submit(element);
    expect((await heard).detail.details).to.deep.equal(VALID);
  });
});
