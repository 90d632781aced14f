import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateIdNumberDetails } from '../../../src/components/steps/id-number-validation.js';

const VALID = { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', id_number: 'AB-1234' };
const TODAY = '2026-11-26';

describe('validateIdNumberDetails', () => {
  it('accepts valid details, including a birthday today (age 0)', () => {
    expect(validateIdNumberDetails(VALID, TODAY)).to.deep.equal({});
    expect(validateIdNumberDetails({ ...VALID, dob: TODAY }, TODAY)).to.deep.equal({});
  });

  for (const [dob, problem] of [
    ['2026-11-27', 'dobFuture'],
    ['1990-02-30', 'dobInvalid'],
    ['1899-12-31', 'dobInvalid'],
    ['10/12/1990', 'dobInvalid'],
    ['  ', 'dobRequired'],
  ] as const) {
    it(`reports ${problem} for a date of birth of ${JSON.stringify(dob)}`, () => {
      expect(validateIdNumberDetails({ ...VALID, dob }, TODAY)).to.deep.equal({ dob: problem });
    });
  }

  it('accepts exactly the ID numbers of 4 to 32 letters, digits, dashes and spaces', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[A-Za-z0-9 -]{2,34}$/)), (idNumber) => {
        const expected = /^[A-Za-z0-9 -]{4,32}$/.test(idNumber.trim());
        const problems = validateIdNumberDetails({ ...VALID, id_number: idNumber }, TODAY);
        expect(problems.id_number === undefined).to.equal(expected);
      }),
    );
  });
});
