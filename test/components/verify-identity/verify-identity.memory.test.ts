// What the element keeps once it is closed or removed: no captured image (WeakRef + forced GC), no live
// camera track, no object URL left unrevoked, and a removed element itself can be collected.
// Chromium runs with --js-flags=--expose-gc (web-test-runner.config.mjs), so `gc` is there and asserted.
import { ENGINE_PACE } from '../../engine-pace.js';
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { acceptConsent, recordEvents, stepRoot, submitReview, takeLivePhoto, waitForStep, type RecordedEvent } from '../../support/element.js';
import { documentScene, jpeg } from '../../support/scenes.js';

const gc = (globalThis as { gc?: () => void }).gc;
const isChromium = navigator.userAgent.includes('Chrome/');

/** Forces a full collection once the current job is over (a WeakRef's target is kept until then). */
async function collect(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc!();
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc!();
}

/**
 * Collects until none of `blobs` is reachable, for a few seconds: work under way at close (an encoding, a
 * quality check) may hold an image a moment longer; a leak holds it for good.
 */
async function expectCollected(blobs: WeakRef<Blob>[], what: string): Promise<void> {
  const alive = () => blobs.map((ref) => ref.deref()).filter((blob): blob is Blob => blob !== undefined);
  try {
    await waitUntil(async () => (await collect(), alive().length === 0), what, { timeout: 4000, interval: 50 });
  } catch {
    throw new Error(`${what}: ${alive().map((blob) => `${blob.type} of ${blob.size} B`).join(', ')}`);
  }
}

/** The Blobs a message carries: the image pipeline's Worker answers `{ id, prepared: { blob, … } }`. */
function blobsIn(value: unknown, depth = 2): Blob[] {
  if (value instanceof Blob) return [value];
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap((item) => blobsIn(item, depth - 1));
}

/**
 * Every image Blob the page makes or is given — on the main thread, and those the image pipeline's Worker
 * encodes and posts back (tracked where they land: the first read of the message's `data`) — object URLs
 * created and revoked, and camera streams.
 */
function spyOnResources() {
  const blobs: WeakRef<Blob>[] = [];
  const seen = new WeakSet<Blob>();
  const urls = new Set<string>();
  const revoked = new Set<string>();
  const streams: MediaStream[] = [];
  /** Blobs the Worker posted to the page. */
  let fromWorker = 0;
  const keep = (blob: Blob | null) => {
    if (blob && !seen.has(blob)) {
      seen.add(blob);
      blobs.push(new WeakRef(blob));
    }
    return blob;
  };
  const data = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!;
  Object.defineProperty(MessageEvent.prototype, 'data', {
    ...data,
    get(this: MessageEvent) {
      const value: unknown = data.get!.call(this);
      if (this.target instanceof Worker) {
        for (const blob of blobsIn(value)) {
          if (!seen.has(blob)) fromWorker += 1;
          keep(blob);
        }
      }
      return value;
    },
  });
  const originals = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    toBlob: HTMLCanvasElement.prototype.toBlob,
    convertToBlob: globalThis.OffscreenCanvas?.prototype.convertToBlob,
    getUserMedia: navigator.mediaDevices.getUserMedia,
  };
  // Held here, not looked up again: WebKit may collect the JS wrapper of `navigator.mediaDevices` when the page holds
  // no reference to it, and the replaced getUserMedia (a property of that wrapper) goes with it. The spy then saw no
  // stream in runs where earlier test files had filled the heap.
  const devices = navigator.mediaDevices;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = originals.create.call(URL, object);
    if (object instanceof Blob) keep(object);
    urls.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.add(url);
    originals.revoke.call(URL, url);
  };
  HTMLCanvasElement.prototype.toBlob = function (this: HTMLCanvasElement, callback: BlobCallback, ...rest: unknown[]) {
    originals.toBlob.call(this, (blob) => callback(keep(blob)), ...(rest as [string?, number?]));
  };
  if (originals.convertToBlob) {
    OffscreenCanvas.prototype.convertToBlob = async function (this: OffscreenCanvas, options?: ImageEncodeOptions) {
      return keep(await originals.convertToBlob!.call(this, options))!;
    };
  }
  devices.getUserMedia = async (constraints) => {
    const stream = await originals.getUserMedia.call(devices, constraints);
    streams.push(stream);
    return stream;
  };
  return {
    blobs,
    streams,
    keep,
    get fromWorker() {
      return fromWorker;
    },
    unrevoked: () => [...urls].filter((url) => !revoked.has(url)),
    liveTracks: () => streams.flatMap((stream) => stream.getTracks()).filter((track) => track.readyState === 'live'),
    restore() {
      URL.createObjectURL = originals.create;
      URL.revokeObjectURL = originals.revoke;
      HTMLCanvasElement.prototype.toBlob = originals.toBlob;
      if (originals.convertToBlob) OffscreenCanvas.prototype.convertToBlob = originals.convertToBlob;
      devices.getUserMedia = originals.getUserMedia;
      Object.defineProperty(MessageEvent.prototype, 'data', data);
    },
  };
}

describe('<verify-identity> memory', function () {
  // Each live photo is checked, and a fake camera's frame may fail the checks (Firefox's, a flat colour, is too
  // far): up to three photos a step.
  this.timeout(60_000 * ENGINE_PACE);
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  let spy: ReturnType<typeof spyOnResources>;
  beforeEach(() => (spy = spyOnResources()));
  afterEach(() => spy.restore());

  /** Appended by hand, not through `fixture()`: its template would keep a reference to the element. */
  function mountLoose(secret: string): { el: VerifyIdentityElement; events: RecordedEvent[] } {
    const el = document.createElement('verify-identity');
    el.clientSecret = secret;
    el.pollInterval = 50;
    const events = recordEvents(el);
    document.body.append(el);
    el.open = true;
    return { el, events };
  }

  /** Picks a sharp photo on the file input, keeping only a WeakRef to it, and uses it on the check. */
  async function pickPhoto(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
    await waitForStep(events, 'capture-front');
    const root = await stepRoot(el);
    await waitUntil(() => root.querySelector('input[type=file]'), 'the file input shows');
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    const photo = await jpeg(documentScene({ width: 1024, height: 576 }));
    transfer.items.add(spy.keep(new File([photo], 'front.jpg', { type: 'image/jpeg' })) as File);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => root.querySelector('[part=use-photo-button]'), 'the photo passes the check', { timeout: 8000 * ENGINE_PACE });
    root.querySelector<HTMLButtonElement>('[part=use-photo-button]')!.click();
  }

  /** Takes the front with the (fake) camera and uses it on the check (retaking as the check asks). */
  async function takePhoto(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
    await waitForStep(events, 'capture-front');
    await takeLivePhoto(el);
  }

  /** Closes and waits for the close event. */
  async function close(el: VerifyIdentityElement): Promise<void> {
    const closed = new Promise((resolve) => el.addEventListener('verification-close', resolve, { once: true }));
    el.close();
    await closed;
  }

  it('after close, and after reopening for another session and closing again: no live track, no object URL left', async function () {
    const first = createSession(mock.backend);
    const { el, events } = mountLoose(first.client_secret);
    await acceptConsent(el, events);
    await pickPhoto(el, events);
    await waitForStep(events, 'review');
    await close(el);
    expect(spy.unrevoked(), 'object URLs after the first close').to.deep.equal([]);

    const second = createSession(mock.backend, { options: { document: { require_live_capture: true } } });
    el.clientSecret = second.client_secret;
    el.open = true;
    await acceptConsent(el, events);
    await takePhoto(el, events);
    await submitReview(el, events);
    await waitForStep(events, 'verified');
    await close(el);
    el.remove();

    expect(spy.streams.length, 'the camera was used').to.be.greaterThan(0);
    expect(spy.liveTracks()).to.deep.equal([]);
    expect(spy.unrevoked(), 'object URLs after the second close').to.deep.equal([]);
    expect(mock.backend.submissionCount(second.id)).to.equal(1);
  });

  /** Skips where the browser exposes no `gc` (Firefox, WebKit); Chromium must. */
  function requireGc(context: Mocha.Context): void {
    if (gc) return;
    // Only Chromium lets the test runner expose `gc` (--js-flags=--expose-gc); Firefox and WebKit have no such switch.
    expect(isChromium, 'Chromium must run with --js-flags=--expose-gc').to.equal(false);
    context.skip();
  }

  it('keeps the captured image while open (Try again reuses it), none once closed (forced GC)', async function () {
    requireGc(this);
    const session = createSession(mock.backend, { test_outcome: 'document_expired' });
    const { el, events } = mountLoose(session.client_secret);
    await acceptConsent(el, events);
    await pickPhoto(el, events);
    await submitReview(el, events);
    await waitForStep(events, 'requires-input');
    expect(spy.blobs.length, 'images picked, encoded or previewed').to.be.greaterThan(0);
    expect(spy.fromWorker, 'the JPEG the Worker made, as the flow received it').to.be.greaterThan(0);
    await collect();
    expect(spy.blobs.some((ref) => ref.deref()), 'kept while open: Try again may reuse the stored file').to.equal(true);
    await close(el);
    await expectCollected(spy.blobs, 'captured images reachable after close');
    el.remove();
  });

  it('keeps no captured image after reopening for another session and closing again (forced GC)', async function () {
    requireGc(this);
    const first = createSession(mock.backend);
    const { el, events } = mountLoose(first.client_secret);
    await acceptConsent(el, events);
    await pickPhoto(el, events);
    await waitForStep(events, 'review');
    await close(el);
    const firstImages = spy.blobs.length;
    const firstFromWorker = spy.fromWorker;
    expect(firstFromWorker, 'the picked photo, as the Worker prepared it').to.be.greaterThan(0);

    const second = createSession(mock.backend, { options: { document: { require_live_capture: true } } });
    el.clientSecret = second.client_secret;
    el.open = true;
    await acceptConsent(el, events);
    await takePhoto(el, events);
    await waitForStep(events, 'review');
    expect(spy.blobs.length, 'the camera photo was encoded').to.be.greaterThan(firstImages);
    expect(spy.fromWorker, 'the camera photo, as the Worker encoded it').to.be.greaterThan(firstFromWorker);
    await close(el);
    await expectCollected(spy.blobs, 'captured images of either session reachable after the second close');
    el.remove();
  });

  it('a removed element is collected with its images, tracks and object URLs (forced GC)', async function () {
    requireGc(this);
    const session = createSession(mock.backend, { options: { document: { require_live_capture: true } } });
    let mounted: ReturnType<typeof mountLoose> | null = mountLoose(session.client_secret);
    const element = new WeakRef(mounted.el);
    await acceptConsent(mounted.el, mounted.events);
    await takePhoto(mounted.el, mounted.events);
    await waitForStep(mounted.events, 'review');
    expect(spy.fromWorker, 'the camera photo, as the Worker encoded it').to.be.greaterThan(0);
    mounted.el.remove();
    mounted = null;
    await waitUntil(() => spy.liveTracks().length === 0, 'the camera stops on removal');
    expect(spy.unrevoked()).to.deep.equal([]);
    await expectCollected(spy.blobs, 'captured images reachable after removal');
    expect(element.deref(), 'the removed element is still reachable').to.equal(undefined);
  });
});
