import { expect } from '@open-wc/testing';
import { ImageChecker } from '../../src/capture/index.js';
import { isVerifyError } from '../../src/core/errors.js';
import { documentScene, jpeg, png, selfieScene } from '../support/scenes.js';
import { contains, hasExif, segments, withExif } from './jpeg.js';
import { ENGINE_PACE } from '../engine-pace.js';

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function pixelAt(blob: Blob, x: number, y: number): Promise<number[]> {
  const image = await createImageBitmap(blob, { imageOrientation: 'none' });
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  return [...ctx.getImageData(x, y, 1, 1).data.subarray(0, 3)];
}

/** A 400 × 200 JPEG: red left half, blue right half. */
async function halves(): Promise<Blob> {
  const canvas = new OffscreenCanvas(400, 200);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#f00';
  ctx.fillRect(0, 0, 200, 200);
  ctx.fillStyle = '#00f';
  ctx.fillRect(200, 0, 200, 200);
  return jpeg(canvas);
}

let photo: Promise<Blob> | undefined;
/** A 12 MP JPEG of a card, made once per file (rendering and encoding 12 MP takes seconds on a busy machine). */
const twelveMegapixels = () => (photo ??= jpeg(documentScene({ width: 4032, height: 3024, noise: 0 })));

describe('image pipeline (ImageChecker.prepare)', () => {
  let checker: ImageChecker;
  beforeEach(() => {
    checker = new ImageChecker();
  });
  afterEach(() => checker.close());

  it('runs in a module Worker where Workers and OffscreenCanvas exist', () => {
    expect(checker.usesWorker).to.equal(true);
  });

  it('downscales a 12 MP document photo to 2000 px, under 1 MB, and checks it', async function () {
    // A 12 MP render, encode and decode: seconds of CPU when other test runs share the 2 cores.
    this.timeout(30_000 * ENGINE_PACE);
    const file = await twelveMegapixels();
    const prepared = await checker.prepare(file, 'document');
    expect([prepared.width, prepared.height]).to.deep.equal([2000, 1500]);
    expect(prepared.blob.type).to.equal('image/jpeg');
    expect(prepared.blob.size).to.be.at.most(1_000_000);
    expect(prepared.verdict.ok, prepared.verdict.problems.join()).to.equal(true);
    expect([prepared.verdict.metrics.width, prepared.verdict.metrics.height]).to.deep.equal([4032, 3024]);
  });

  it('downscales a selfie to 1000 px on its long side, and never upscales', async () => {
    const big = await checker.prepare(await jpeg(selfieScene({ width: 1920, height: 1080 })), 'selfie');
    expect([big.width, big.height]).to.deep.equal([1000, 563]);
    const small = await checker.prepare(await png(selfieScene({ width: 640, height: 480 })), 'selfie');
    expect([small.width, small.height]).to.deep.equal([640, 480]);
  });

  it('lowers the JPEG quality stepwise until the photo fits the byte budget', async () => {
    const file = await jpeg(documentScene({ noise: 10 }));
    const roomy = await checker.prepare(file, 'document');
    const tight = await checker.prepare(file, 'document', { maxBytes: Math.round(roomy.blob.size * 0.6) });
    expect(tight.blob.size).to.be.at.most(Math.round(roomy.blob.size * 0.6));
    expect(tight.quality).to.be.below(roomy.quality);
    expect([tight.width, tight.height]).to.deep.equal([roomy.width, roomy.height]);
  });

  it('scales down further when even the lowest quality does not fit', async () => {
    const prepared = await checker.prepare(await jpeg(documentScene({ noise: 10 })), 'document', { maxBytes: 40_000 });
    expect(prepared.blob.size).to.be.at.most(40_000);
    expect(prepared.width).to.be.below(1920);
  });

  it('drops EXIF, GPS included: a phone JPEG with an APP1 Exif segment comes out without one', async () => {
    const file = await withExif(await jpeg(documentScene()));
    const input = new Uint8Array(await file.arrayBuffer());
    expect(hasExif(input)).to.equal(true);
    expect(contains(input, 'GPSCAM')).to.equal(true);
    const output = new Uint8Array(await (await checker.prepare(file, 'document')).blob.arrayBuffer());
    expect(segments(output).map(({ marker }) => marker)).to.not.include(0xe1);
    expect(hasExif(output)).to.equal(false);
    expect(contains(output, 'Exif')).to.equal(false);
    expect(contains(output, 'GPSCAM')).to.equal(false);
  });

  it('applies the EXIF orientation before anything else (orientation 6: rotated a quarter turn clockwise)', async () => {
    const prepared = await checker.prepare(await withExif(await halves(), 6), 'selfie');
    expect([prepared.width, prepared.height]).to.deep.equal([200, 400]);
    const [top, bottom] = [await pixelAt(prepared.blob, 100, 20), await pixelAt(prepared.blob, 100, 380)];
    expect(top[0]).to.be.above(200);
    expect(top[2]).to.be.below(60);
    expect(bottom[2]).to.be.above(200);
    expect(bottom[0]).to.be.below(60);
  });

  it('prepares a camera frame (ImageBitmap) as well as a file', async () => {
    const frame = await createImageBitmap(documentScene());
    const prepared = await checker.prepare(frame, 'document');
    expect([prepared.width, prepared.height]).to.deep.equal([1920, 1080]);
    expect(prepared.verdict.ok).to.equal(true);
    // Transferred to the Worker: the caller's bitmap is detached.
    expect(frame.width).to.equal(0);
  });

  const refusals: [string, () => Promise<Blob>, string][] = [
    ['a zero-byte file', async () => new Blob([]), 'empty'],
    ['a text file', async () => new Blob(['hello, this is not an image'], { type: 'image/jpeg' }), 'unsupported'],
    ['an SVG', async () => new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }), 'unsupported'],
    [
      'an HEIC photo',
      async () => new Blob([new Uint8Array([0, 0, 0, 0x18, ...[...'ftypheic'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0, ...new Uint8Array(64)])]),
      'heic',
    ],
    ['a JPEG signature followed by garbage', async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9])]), 'corrupt'],
  ];
  for (const [what, make, code] of refusals) {
    it(`refuses ${what} with a VerifyError of code '${code}', and keeps working`, async () => {
      const error = await rejectionOf(checker.prepare(await make(), 'document'));
      expect(isVerifyError(error), String(error)).to.equal(true);
      expect((error as { code: string; type: string }).code).to.equal(code);
      expect((error as { code: string; type: string }).type).to.equal('invalid_request');
      const next = await checker.prepare(await jpeg(selfieScene()), 'selfie');
      expect(next.verdict.ok).to.equal(true);
    });
  }

  it('close() rejects pending calls with an AbortError and refuses new ones', async () => {
    // Closed right after posting: the Worker cannot have answered yet.
    const pending = rejectionOf(checker.prepare(await jpeg(documentScene()), 'document'));
    checker.close();
    expect((await pending as DOMException).name).to.equal('AbortError');
    const frame = await createImageBitmap(documentScene({ width: 64, height: 64 }));
    expect(((await rejectionOf(checker.check(frame, 'document'))) as DOMException).name).to.equal('AbortError');
    expect(frame.width, 'the refused frame is closed').to.equal(0);
  });

  it('gives the same verdicts on the main thread (no Worker)', async () => {
    const main = new ImageChecker({ worker: false });
    expect(main.usesWorker).to.equal(false);
    const file = await jpeg(documentScene({ blur: 5 }));
    const [inWorker, onMain] = [await checker.prepare(file, 'document'), await main.prepare(file, 'document')];
    expect(onMain.verdict.problems).to.deep.equal(['blurry']);
    expect(onMain.verdict.metrics).to.deep.equal(inWorker.verdict.metrics);
    expect([onMain.width, onMain.height]).to.deep.equal([inWorker.width, inWorker.height]);
    main.close();
  });
});

describe('ImageChecker fallbacks', () => {
  it('runs on the main thread with <canvas> where OffscreenCanvas is missing, with the same verdict', async () => {
    const file = await jpeg(documentScene({ glare: 0.06 }));
    const reference = await new ImageChecker().prepare(file, 'document');
    const saved = globalThis.OffscreenCanvas;
    // @ts-expect-error -- an older browser
    delete globalThis.OffscreenCanvas;
    try {
      const checker = new ImageChecker();
      expect(checker.usesWorker).to.equal(false);
      const prepared = await checker.prepare(file, 'document');
      expect(prepared.verdict.problems).to.deep.equal(['glare']);
      expect(prepared.verdict.metrics).to.deep.equal(reference.verdict.metrics);
      expect(hasExif(new Uint8Array(await prepared.blob.arrayBuffer()))).to.equal(false);
      const verdict = await checker.check(file, 'document');
      expect(verdict.problems).to.deep.equal(['glare']);
      checker.close();
    } finally {
      globalThis.OffscreenCanvas = saved;
    }
  });

  it('a Worker that cannot load leaves the work to the main thread, nothing lost', async () => {
    const saved = globalThis.Worker;
    class BlockedWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'blocked by CSP', cancelable: true })));
      }
      postMessage(): void {
        throw new Error('nothing is posted to a Worker that did not load');
      }
      terminate(): void {}
    }
    globalThis.Worker = BlockedWorker as unknown as typeof Worker;
    try {
      const checker = new ImageChecker();
      expect(checker.usesWorker).to.equal(true);
      const verdict = await checker.check(await jpeg(documentScene()), 'document');
      expect(verdict.ok).to.equal(true);
      expect(checker.usesWorker).to.equal(false);
      checker.close();
    } finally {
      globalThis.Worker = saved;
    }
  });

  it('a Worker the page forbids (its constructor throws, as under Trusted Types) leaves the work to the main thread', async () => {
    const saved = globalThis.Worker;
    let constructed = 0;
    // What Chromium does on a page whose Trusted Types `default` policy refuses the Worker's URL.
    globalThis.Worker = class {
      constructor() {
        constructed++;
        throw new TypeError('The default policy refused this script URL.');
      }
    } as unknown as typeof Worker;
    try {
      const checker = new ImageChecker();
      const file = await withExif(await jpeg(documentScene({ blur: 5 })));
      expect(hasExif(new Uint8Array(await file.arrayBuffer()))).to.equal(true);
      const prepared = await checker.prepare(file, 'document');
      expect(prepared.verdict.problems, 'checked all the same').to.deep.equal(['blurry']);
      expect(hasExif(new Uint8Array(await prepared.blob.arrayBuffer())), 'the metadata stays on the device').to.equal(false);
      expect(checker.usesWorker).to.equal(false);
      expect((await checker.check(file, 'document')).problems).to.deep.equal(['blurry']);
      expect(constructed, 'no second try at a forbidden Worker').to.equal(1);
      checker.close();
    } finally {
      globalThis.Worker = saved;
    }
  });

  it("a Worker that crashes after loading rejects pending calls with 'worker_failed'; later calls run on the main thread", async () => {
    const saved = globalThis.Worker;
    class BrokenWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: 'ready' })));
      }
      postMessage(): void {
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'blocked by CSP', cancelable: true })));
      }
      terminate(): void {}
    }
    globalThis.Worker = BrokenWorker as unknown as typeof Worker;
    try {
      const checker = new ImageChecker();
      expect(checker.usesWorker).to.equal(true);
      const error = await rejectionOf(checker.check(await jpeg(documentScene()), 'document'));
      expect((error as { code: string }).code).to.equal('worker_failed');
      expect(checker.usesWorker).to.equal(false);
      const verdict = await checker.check(await jpeg(documentScene()), 'document');
      expect(verdict.ok).to.equal(true);
      checker.close();
    } finally {
      globalThis.Worker = saved;
    }
  });

  it('the main thread also keeps the byte budget, refuses damaged files and takes frames of any size', async function () {
    // Five encodes and checks on the main thread: seconds when the whole suite shares two cores.
    this.timeout(30_000 * ENGINE_PACE);
    const checker = new ImageChecker({ worker: false });
    const small = await checker.prepare(await jpeg(documentScene({ noise: 10 })), 'document', { maxBytes: 40_000 });
    expect(small.blob.size).to.be.at.most(40_000);
    expect(small.width).to.be.below(1920);
    const error = await rejectionOf(checker.prepare(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])]), 'document'));
    expect((error as { code: string }).code).to.equal('corrupt');
    for (const [width, height] of [[1280, 720], [720, 1280], [1280, 720]] as const) {
      const verdict = await checker.check(await createImageBitmap(selfieScene({ width, height })), 'selfie');
      expect([verdict.metrics.width, verdict.metrics.height]).to.deep.equal([width, height]);
    }
    checker.close();
  });

  it('a frame that was already closed is refused at once, and nothing is left pending', async () => {
    const checker = new ImageChecker();
    const frame = await createImageBitmap(documentScene({ width: 64, height: 64 }));
    frame.close();
    const error = await rejectionOf(checker.check(frame, 'document'));
    expect((error as DOMException).name).to.equal('DataCloneError');
    expect((await checker.check(await createImageBitmap(documentScene()), 'document')).ok).to.equal(true);
    checker.close();
  });
});
