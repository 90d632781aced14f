import { expect, waitUntil } from '@open-wc/testing';
import { ENGINE_PACE } from '../../engine-pace.js';
import { createSession, PASSPORT_ONLY } from '../../support/backend.js';
import { acceptConsent, mount, stepRoot, submitReview, waitForStep } from '../../support/element.js';
import { startMockBackend } from '../../../src/mocks/browser.js';
import type { MockBackend } from '../../../src/mocks/types.js';
import { en } from '../../../src/locales/en.js';
import { documentScene, jpeg } from '../../support/scenes.js';
import { hasExif, withExif } from '../../capture/jpeg.js';

/** What the mock backend received on its files endpoint, read from the requests as they reached it. */
describe('<verify-identity> capture: what is uploaded', () => {
  let started: Awaited<ReturnType<typeof startMockBackend>>;
  let backend: MockBackend;
  const uploads: Promise<File>[] = [];
  before(async () => {
    started = await startMockBackend({ quiet: true });
    backend = started.backend;
    started.worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/files')) {
        uploads.push(request.clone().formData().then((form) => form.get('file') as File));
      }
    });
  });
  afterEach(() => {
    uploads.length = 0;
    backend.reset();
  });
  after(() => started.stop());

  it('uploads the checked JPEG — downscaled, within 1 MB, without the EXIF (GPS) of the photo chosen', async () => {
    const session = createSession(backend, PASSPORT_ONLY);
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    const root = await stepRoot(el);
    const named = (text: string) => [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === text);
    await waitUntil(() => root.querySelector('input[type=file]') ?? named(en.capture.useUpload), 'the capture step shows');
    named(en.capture.useUpload)?.click();
    await waitUntil(() => root.querySelector('input[type=file]'), 'the file input shows');
    const original = await withExif(await jpeg(documentScene({ width: 3000, height: 2250, noise: 0 })));
    expect(hasExif(new Uint8Array(await original.arrayBuffer()))).to.equal(true);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([original], 'IMG_0001.jpg', { type: 'image/jpeg' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => named(en.capture.check.use), 'the photo passed its check', { timeout: 8000 * ENGINE_PACE });
    named(en.capture.check.use)!.click();
    await submitReview(el, events);
    await waitForStep(events, 'verified');

    expect(uploads).to.have.length(1);
    const received = await uploads[0]!;
    const bytes = new Uint8Array(await received.arrayBuffer());
    expect([...bytes.subarray(0, 3)], 'a JPEG').to.deep.equal([0xff, 0xd8, 0xff]);
    expect(received.size).to.be.at.most(1_000_000);
    expect(received.size).to.be.below(original.size);
    expect(hasExif(bytes), 'no EXIF left').to.equal(false);
    const image = await createImageBitmap(received);
    expect(Math.max(image.width, image.height)).to.equal(2000);
  });

  it('takes the selfie live only, unless the integrator sets allow-selfie-upload', async () => {
    const options = { document: { allowed_types: ['passport' as const], require_matching_selfie: true } };
    const session = createSession(backend, { options });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await waitForStep(events, 'capture-front');
    (el.shadowRoot!.querySelector('[data-step]') as HTMLElement).dispatchEvent(
      new CustomEvent('vi-step-complete', { bubbles: true, detail: { side: 'front', image: await jpeg(documentScene()), source: 'upload' } }),
    );
    await waitForStep(events, 'capture-selfie');
    const root = await stepRoot(el);
    const texts = () => [...root.querySelectorAll('button, label')].map((node) => node.textContent!.trim());
    expect(root.querySelector('input[type=file]')).to.equal(null);
    expect(texts()).to.not.include(en.capture.useUpload);

    el.setAttribute('allow-selfie-upload', '');
    await waitUntil(() => texts().includes(en.capture.useUpload), 'upload offered once allowed');
    expect(el.allowSelfieUpload).to.equal(true);
  });
});
