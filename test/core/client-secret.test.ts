import { expect } from '@open-wc/testing';
import { parseClientSecret } from '../../src/core/client-secret.js';
import { VerifyError } from '../../src/core/errors.js';

describe('parseClientSecret', () => {
  it('splits a well-formed secret into session id and secret', () => {
    expect(parseClientSecret('vs_1AbC_secret_abcdef123456')).to.deep.equal({
      sessionId: 'vs_1AbC',
      secret: 'vs_1AbC_secret_abcdef123456',
    });
  });

  for (const bad of ['', 'vs__secret_abcdef123456', 'pi_123_secret_abcdef123456', 'vs_1_secret_short', 'vs_1_secret_abc def123456', 'vs_1_secret_abcdef123456?x=1']) {
    it(`rejects ${JSON.stringify(bad)} with a typed error that does not repeat it`, () => {
      let caught: unknown;
      try {
        parseClientSecret(bad);
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(VerifyError);
      const error = caught as VerifyError;
      expect(error.type).to.equal('invalid_request');
      expect(error.code).to.equal(bad === '' ? 'client_secret_missing' : 'client_secret_malformed');
      if (bad) expect(error.message).not.to.include(bad);
    });
  }
});
