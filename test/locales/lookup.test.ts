import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { lookup } from '../../src/locales/index.js';

describe('lookup: strings for keys that come from the service', () => {
  it('finds the table’s own entries', () => {
    expect(lookup(en.lastErrors, 'document_expired')).to.equal(en.lastErrors['document_expired']);
    expect(lookup(en.errors.codes, 'secret_spent')).to.equal(en.errors.codes['secret_spent']);
    expect(lookup(en.documentTypeNames, 'passport')).to.equal('passport');
  });

  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '<markup>', '', null, undefined]) {
    it(`gives nothing for ${JSON.stringify(key) ?? 'undefined'}, never a prototype member`, () => {
      expect(lookup(en.lastErrors, key)).to.equal(undefined);
      expect(lookup(en.errors.codes, key)).to.equal(undefined);
      expect(lookup(en.documentTypeNames, key)).to.equal(undefined);
    });
  }
});
