// Issue 26: what the person is told when the service refuses a photo, and what they can do next.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { en } from '../../../src/locales/en.js';
import { createSession, PASSPORT_ONLY, requestsTo, useMockBackend } from '../../support/backend.js';
import { acceptConsent, mount, stepRoot, statusTrail, submitReview, uploadImage, waitForStep } from '../../support/element.js';

describe('<verify-identity>: the service refuses a photo', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  afterEach(() => mock.worker.resetHandlers());

  for (const code of ['file_type_unsupported', 'file_too_large'] as const) {
    it(`${code}: says so in its own words and sends the person back to that photo; Submit does not send it again`, async () => {
      const session = createSession(mock.backend, { processing_ms: 0 });
      const { el, events } = await mount(session.client_secret);
      await acceptConsent(el, events);
      await uploadImage(el, events, 'front');
      mock.worker.use(
        http.post(
          '/v1/identity/verification_sessions/:id/files',
          () => HttpResponse.json({ error: { type: 'invalid_request_error', code, message: 'Refused.', param: 'file' } }, { status: 400 }),
          { once: true },
        ),
      );
      await submitReview(el, events);
      const root = await stepRoot(el);
      const error = () => root.querySelector('[part=error]')?.textContent?.trim();
      await waitUntil(() => error(), 'the refusal shows', { timeout: 4000 });
      expect(error()).to.equal(en.errors.codes[code]);
      expect(error()).not.to.equal(en.errors.generic);

      // Back to the refused photo: its Retake button has the focus, and Submit would send the same file again.
      const retake = root.querySelector<HTMLButtonElement>(`button[aria-label="${en.review.retakeLabel.front}"]`)!;
      await waitUntil(() => root.activeElement === retake, 'the refused photo’s Retake button has the focus');
      const submitButton = root.querySelector<HTMLButtonElement>('[part=submit-button]')!;
      expect(submitButton.getAttribute('aria-disabled')).to.equal('true');
      submitButton.click();

      retake.click();
      await uploadImage(el, events, 'front');
      await waitForStep(events, 'review');
      const again = await stepRoot(el);
      expect(again.querySelector('[part=error]')?.textContent?.trim(), 'the refusal was about the photo now replaced').to.equal('');
      await submitReview(el, events);
      await waitUntil(() => statusTrail(events).includes('verified'), 'the new photo is verified', { timeout: 4000 });
      // The Submit pressed while the refused photo showed sent nothing: only the new photo reached the service.
      expect(requestsTo(mock.backend, session.id, 'files')).to.equal(1);
    });
  }
});
