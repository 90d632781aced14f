import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { VerifyError } from '../../src/core/errors.js';
import { backoff, parseRetryAfter } from '../../src/core/http.js';

const serverError = new VerifyError({ type: 'server', code: 'api_error', message: 'failed' });

describe('parseRetryAfter', () => {
  it('reads seconds as milliseconds', () => {
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter('0')).to.equal(0);
  });

  it('caps the wait at 60 s', () => {
    expect(parseRetryAfter('3600')).to.equal(60_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(inTenSeconds)).to.be.within(8000, 10_000);
    expect(parseRetryAfter(new Date(Date.now() - 10_000).toUTCString())).to.equal(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('')).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });
});

describe('backoff', () => {
  it('draws from [0, min(8 s, base × 2^retry)) — exponential with full jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 2000 }), (retry, base) => {
        const wait = backoff(retry, base, serverError);
        return wait >= 0 && wait < Math.min(8000, base * 2 ** retry);
      }),
    );
  });

  it("uses the server's Retry-After when it sent one", () => {
    const rateLimited = new VerifyError({ type: 'rate_limit', code: 'rate_limited', message: 'slow down', retryAfter: 1234 });
    expect(backoff(0, 500, rateLimited)).to.equal(1234);
  });
});
