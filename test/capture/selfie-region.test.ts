import { expect } from '@open-wc/testing';
import { ImageChecker, type QualityVerdict } from '../../src/capture/index.js';
import type { CheckRegion } from '../../src/capture/types.js';
import { selfieVariant } from '../support/selfie-scenes.js';
import { regionOf, type PreviewSpec } from '../support/selfie-preview.js';

// A selfie is judged on the oval the person sees (issue 22): a phone's portrait stream shown in a 4 : 3 box with
// `object-fit: cover` shows only a band across its middle, and the oval guide sits in that band, far smaller than an
// oval placed on the whole frame.
const portrait = { width: 720, height: 1280 };
const desktopBox: PreviewSpec = { device: 'desktop', box: { width: 560, height: 420 }, fit: 'cover', mirrored: true };
/** Seed 0: a face on a plain wall, of the tuning set. */
const FACE = 0;

describe('selfie checks on the oval the person sees', () => {
  let checker: ImageChecker;
  let region: CheckRegion;
  before(() => {
    checker = new ImageChecker();
    region = regionOf(desktopBox, portrait);
  });
  after(() => checker.close());

  const check = async (scene: { render(): Promise<ImageBitmap> }, where?: CheckRegion): Promise<QualityVerdict> => checker.check(await scene.render(), 'selfie', where);

  it('the preview shows a band of the portrait frame, and the oval is inside it', () => {
    expect(region.visible).to.deep.equal({ x: 0, y: 370, width: 720, height: 540 });
    const target = region.target!;
    expect(target.y).to.be.above(region.visible.y);
    expect(target.y + target.height).to.be.below(region.visible.y + region.visible.height);
  });

  it('accepts a face that fills the visible oval, which the whole frame’s oval refuses as too small', async () => {
    const scene = selfieVariant(FACE, { ...portrait, preview: desktopBox, size: 0.85 });
    const seen = await check(scene, region);
    expect(seen.problems, scene.description).to.deep.equal([]);
    // The same frame with no layout known (as a chosen file is judged): the oval on the whole frame is twice as tall,
    // and the face too small in it to be taken for one.
    const whole = await check(scene);
    expect(whole.problems, scene.description).to.be.an('array').that.satisfies((problems: string[]) => problems.includes('too_far') || problems.includes('no_face'));
    expect(whole.ok).to.equal(false);
  });

  it('does not count a face the preview crops away: a blank wall in the visible oval shows no face', async () => {
    // The figure drawn above the band the preview shows: in the frame, not on the screen.
    const scene = selfieVariant(FACE, { ...portrait, preview: desktopBox, size: 0.85, dy: -0.85 });
    const seen = await check(scene, region);
    expect(seen.problems, scene.description).to.deep.equal(['no_face']);
  });

  it('judges a letterboxed preview on the part of its oval over the picture', async () => {
    // The portrait stream letterboxed in the same box: the oval reaches past the picture's sides, over the bars.
    const letterbox: PreviewSpec = { ...desktopBox, fit: 'contain' };
    const letterboxed = regionOf(letterbox, portrait);
    expect(letterboxed.target!.width, 'the oval is wider than the picture').to.be.above(portrait.width);
    const face = selfieVariant(FACE, { ...portrait, preview: letterbox, size: 0.8 });
    expect((await check(face, letterboxed)).problems, face.description).to.deep.equal([]);
    const empty = selfieVariant(FACE, { ...portrait, preview: letterbox, size: 0.8, dy: 1 });
    expect((await check(empty, letterboxed)).problems, empty.description).to.deep.equal(['no_face']);
  });
});
