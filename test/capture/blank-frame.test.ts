import { expect } from '@open-wc/testing';
import { ImageChecker, measure, type ImageSource, type QualityVerdict } from '../../src/capture/index.js';
import { isVerifyError } from '../../src/core/errors.js';
import { documentScene, png } from '../support/scenes.js';

// A copy of a camera's video can come out fully transparent, or not be drawn at all (WebKit: docs/engine-notes.md).
// The checks read every pixel anyway: they tell such a frame apart (`blank_frame`) instead of judging it a dark,
// blurred photo.

/** A `width` × `height` canvas, cleared (every pixel transparent) unless `paint` draws on it. */
function canvas(width: number, height: number, paint?: (ctx: OffscreenCanvasRenderingContext2D) => void): OffscreenCanvas {
  const result = new OffscreenCanvas(width, height);
  // A canvas without a context cannot be copied: the context is made even when nothing is drawn.
  const ctx = result.getContext('2d')!;
  paint?.(ctx);
  return result;
}

const transparent = () => createImageBitmap(canvas(1280, 720));
const scene = () => createImageBitmap(documentScene({ width: 1280, height: 720 }));

async function outcome(promise: Promise<QualityVerdict | { verdict: QualityVerdict }>): Promise<string> {
  try {
    const value = await promise;
    const verdict = 'verdict' in value ? value.verdict : value;
    return verdict.ok ? 'ok' : verdict.problems.join(' ');
  } catch (error) {
    return isVerifyError(error) ? `${error.type}/${error.code}` : String(error);
  }
}

describe('a camera frame with no picture (fully transparent, or not drawn at all)', () => {
  it('measure() reports blank only when every pixel is fully transparent', () => {
    const pixels = new Uint8ClampedArray(64 * 36 * 4);
    expect(measure(pixels, 64, 36).blank).to.equal(true);
    pixels[4 * (64 * 20 + 30) + 3] = 1;
    expect(measure(pixels, 64, 36).blank, 'one pixel barely visible').to.equal(false);
  });

  it('a frame the browser draws nothing of is blank, not measured as the frame before (WebKitGTK 2.50, now and then)', async () => {
    // WebKit does this to a VideoFrame drawn in the Worker, where a test cannot reach: here on the main thread, with
    // the draw of the VideoFrame made to paint nothing.
    const checker = new ImageChecker({ worker: false });
    const { drawImage } = OffscreenCanvasRenderingContext2D.prototype;
    try {
      expect(await outcome(checker.check(await scene(), 'document'))).to.equal('ok');
      OffscreenCanvasRenderingContext2D.prototype.drawImage = function (this: OffscreenCanvasRenderingContext2D, ...args: unknown[]) {
        if (args[0] instanceof VideoFrame) return;
        return (drawImage as (...rest: unknown[]) => void).apply(this, args);
      };
      const blurred = new VideoFrame(documentScene({ width: 1280, height: 720, blur: 3 }), { timestamp: 0 });
      expect(await outcome(checker.check(blurred, 'document'))).to.equal('invalid_request/blank_frame');
    } finally {
      OffscreenCanvasRenderingContext2D.prototype.drawImage = drawImage;
      checker.close();
    }
  });

  for (const worker of [true, false]) {
    describe(worker ? 'in the Worker' : 'on the main thread', () => {
      let checker: ImageChecker;
      beforeEach(() => (checker = new ImageChecker({ worker })));
      afterEach(() => checker.close());

      it("check() and prepare() reject it with the typed error 'blank_frame', not a verdict", async () => {
        expect(await outcome(checker.check(await transparent(), 'document'))).to.equal('invalid_request/blank_frame');
        expect(await outcome(checker.prepare(await transparent(), 'selfie'))).to.equal('invalid_request/blank_frame');
        expect(await outcome(checker.check(await scene(), 'document')), 'the next real frame').to.equal('ok');
      });

      it('a VideoFrame with no picture too', async () => {
        const frame: ImageSource = new VideoFrame(canvas(1280, 720), { timestamp: 0 });
        expect(await outcome(checker.check(frame, 'document'))).to.equal('invalid_request/blank_frame');
      });

      it('a blank frame right after a real one of the same size is still blank (not measured as the one before)', async () => {
        expect(await outcome(checker.check(await scene(), 'document'))).to.equal('ok');
        expect(await outcome(checker.check(await transparent(), 'document'))).to.equal('invalid_request/blank_frame');
        expect(await outcome(checker.prepare(await scene(), 'document'))).to.equal('ok');
        expect(await outcome(checker.prepare(await transparent(), 'document'))).to.equal('invalid_request/blank_frame');
      });

      it('a frame with any picture gets its verdict: half transparent all over, or transparent on one half', async () => {
        const card = documentScene({ width: 1280, height: 720 });
        const faded = await createImageBitmap(
          canvas(1280, 720, (ctx) => {
            ctx.globalAlpha = 0.5;
            ctx.drawImage(card, 0, 0);
          }),
        );
        const halved = await createImageBitmap(canvas(1280, 720, (ctx) => ctx.drawImage(card, 0, 0, 640, 720, 0, 0, 640, 720)));
        expect(await outcome(checker.check(faded, 'document'))).to.not.contain('blank_frame');
        expect(await outcome(checker.check(halved, 'document'))).to.not.contain('blank_frame');
      });

      it('a transparent PNG file is judged as before (a file is never a camera frame)', async () => {
        const file = await png(canvas(1280, 720));
        const result = await outcome(checker.prepare(file, 'document'));
        expect(result).to.contain('dark');
        expect(await outcome(checker.check(file, 'document'))).to.contain('dark');
      });
    });
  }
});
