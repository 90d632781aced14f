import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { VerifyError } from '../../src/core/errors.js';
import { backoff, errorFromResponse, parseRetryAfter } from '../../src/core/http.js';

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

describe('errorFromResponse', () => {
  const SECRET = 'vs_abc123_secret_S3cretToken0123456789';
  const CODE = 'vs_abc123_handoff_H4ndoffToken0123456789';
  const TOKENS = ['S3cretToken0123456789', 'H4ndoffToken0123456789', 'Other5ecretToken98765'];
  const answer = (message: string, param: string): Response =>
    new Response(JSON.stringify({ error: { type: 'invalid_request_error', code: 'parameter_invalid', message, param } }), { status: 400 });

  it('scrubs every credential form from message and param: a client secret, a handoff code, their tokens alone', async () => {
    const other = 'vs_abc123_secret_Other5ecretToken98765';
    for (const bearer of [SECRET, CODE]) {
      const cases: [string, string][] = [
        [`bad ${SECRET} and ${CODE}`, CODE],
        [`token ${bearer.split('_').at(-1)!} echoed`, bearer.split('_').at(-1)!],
        [`another credential of the session: ${other}`, `x.${other}`],
      ];
      for (const [message, param] of cases) {
        const error = await errorFromResponse(answer(message, param), bearer);
        const shown = JSON.stringify(error.toJSON());
        for (const token of TOKENS) expect(shown, `${bearer}: ${message}`).not.to.include(token);
        expect(error.message).to.include('[secret]');
        expect(error.code).to.equal('parameter_invalid');
      }
    }
  });
});
