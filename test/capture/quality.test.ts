import { expect } from '@open-wc/testing';
import { ImageChecker, THRESHOLDS, type ImageKind, type QualityProblem } from '../../src/capture/index.js';
import { documentScene, jpeg, type SceneOptions, selfieScene } from '../support/scenes.js';
import { ENGINE_PACE } from '../engine-pace.js';

// One case per verdict and per kind, on generated photos (test/support/scenes.ts). Each is checked
// twice: as a camera frame (an ImageBitmap, `check`) and as a file (a JPEG, `prepare`, which checks
// the downscaled, upload-ready image).
type Case = [name: string, options: SceneOptions, problems: QualityProblem[]];

const documents: Case[] = [
  ['a sharp card', {}, []],
  ['a card blurred 1 px', { blur: 1 }, []],
  ['a card blurred 2 px', { blur: 2 }, []],
  ['a washed-out but sharp card (contrast ×0.35)', { contrast: 0.35 }, []],
  ['a dim but readable card (exposure ×0.7)', { exposure: 0.7 }, []],
  ['a sharp card from a 1280 × 720 camera', { width: 1280, height: 720 }, []],
  ['a card blurred 3 px', { blur: 3 }, ['blurry']],
  ['a card blurred 5 px', { blur: 5 }, ['blurry']],
  ['a card blurred 8 px', { blur: 8 }, ['blurry']],
  ['a card blurred 3 px by a noisy camera', { blur: 3, noise: 8 }, ['blurry']],
  ['a washed-out card blurred 3 px', { contrast: 0.35, blur: 3 }, ['blurry']],
  ['a card with a reflection', { glare: 0.06 }, ['glare']],
  ['a dark card (exposure ×0.3)', { exposure: 0.3 }, ['dark']],
  ['an overexposed card (exposure ×2.5)', { exposure: 2.5 }, ['bright']],
  ['a card from a 640 × 480 camera', { width: 640, height: 480 }, ['low_resolution']],
  ['a tiny 400 × 300 photo', { width: 400, height: 300 }, ['low_resolution']],
  ['a card far away (30 % of the width)', { fill: 0.3 }, ['too_far']],
];

const selfies: Case[] = [
  ['a sharp face', {}, []],
  ['a face blurred 1 px', { blur: 1 }, []],
  ['a sharp face from a 640 × 480 camera', { width: 640, height: 480 }, []],
  ['a dim face (exposure ×0.7)', { exposure: 0.7 }, []],
  ['a washed-out face (contrast ×0.35)', { contrast: 0.35 }, []],
  ['a small face (not checked for selfies)', { fill: 0.25 }, []],
  ['a face blurred 2 px', { blur: 2 }, ['blurry']],
  ['a face blurred 5 px', { blur: 5 }, ['blurry']],
  ['a face with a reflection', { glare: 0.06 }, ['glare']],
  ['a dark face (exposure ×0.25)', { exposure: 0.25 }, ['dark']],
  ['an overexposed face (exposure ×2.5)', { exposure: 2.5 }, ['bright']],
  ['a tiny 400 × 300 selfie', { width: 400, height: 300 }, ['low_resolution']],
];

const scenes: Record<ImageKind, [Case[], (options: SceneOptions) => OffscreenCanvas]> = {
  document: [documents, documentScene],
  selfie: [selfies, selfieScene],
};

describe('quality checks', () => {
  let checker: ImageChecker;
  before(() => {
    checker = new ImageChecker();
  });
  after(() => checker.close());

  for (const kind of ['document', 'selfie'] as const) {
    const [cases, scene] = scenes[kind];
    describe(kind, () => {
      for (const [name, options, problems] of cases) {
        it(`${name}: ${problems.length ? problems.join(', ') : 'ok'}, as a camera frame and as a file`, async () => {
          const canvas = scene(options);
          const frame = await checker.check(await createImageBitmap(canvas), kind);
          expect(frame.problems, JSON.stringify(frame.metrics)).to.deep.equal(problems);
          expect(frame.ok).to.equal(problems.length === 0);
          const file = await checker.prepare(await jpeg(canvas), kind);
          expect(file.verdict.problems, JSON.stringify(file.verdict.metrics)).to.deep.equal(problems);
        });
      }
    });
  }

  it('a 12 MP document photo: sharp passes, blurred 8 px is blurry', async function () {
    // Two 12 MP encodes and decodes: seconds on a busy 2-core machine.
    this.timeout(30_000 * ENGINE_PACE);
    const sharp = await checker.prepare(await jpeg(documentScene({ width: 4032, height: 3024, noise: 0 })), 'document');
    expect(sharp.verdict.problems).to.deep.equal([]);
    const blurred = await checker.prepare(await jpeg(documentScene({ width: 4032, height: 3024, blur: 8, noise: 0 })), 'document');
    expect(blurred.verdict.problems).to.deep.equal(['blurry']);
  });

  it('keeps a margin around the sharpness thresholds (robust to font rendering)', async () => {
    const sharpness = async (kind: ImageKind, options: SceneOptions) =>
      (await checker.check(await createImageBitmap((kind === 'document' ? documentScene : selfieScene)(options)), kind)).metrics.sharpness;
    expect(await sharpness('document', { blur: 2 })).to.be.above(THRESHOLDS.document.minSharpness * 1.4);
    expect(await sharpness('document', { blur: 3 })).to.be.below(THRESHOLDS.document.minSharpness / 1.4);
    expect(await sharpness('selfie', { blur: 1 })).to.be.above(THRESHOLDS.selfie.minSharpness * 1.4);
    expect(await sharpness('selfie', { blur: 2 })).to.be.below(THRESHOLDS.selfie.minSharpness / 1.3);
  });

  it('lists problems most urgent first, names blur and not distance on a blurred photo, and reports no glare on an overexposed one', async () => {
    const verdict = await checker.check(await createImageBitmap(documentScene({ width: 640, height: 480, blur: 4, fill: 0.3 })), 'document');
    expect(verdict.problems).to.deep.equal(['blurry', 'low_resolution']);
    const far = await checker.check(await createImageBitmap(documentScene({ width: 640, height: 480, fill: 0.3 })), 'document');
    expect(far.problems).to.deep.equal(['too_far', 'low_resolution']);
    const dark = await checker.check(await createImageBitmap(documentScene({ exposure: 0.3, blur: 5 })), 'document');
    expect(dark.problems).to.deep.equal(['dark', 'blurry']);
    const bright = await checker.check(await createImageBitmap(documentScene({ exposure: 2.5, glare: 0.06 })), 'document');
    expect(bright.problems).to.deep.equal(['bright']);
  });

  it('accepts threshold overrides per kind', async () => {
    const strict = new ImageChecker({ thresholds: { document: { minSharpness: 100_000 } } });
    const verdict = await strict.check(await createImageBitmap(documentScene()), 'document');
    expect(verdict.problems).to.deep.equal(['blurry']);
    strict.close();
  });
});
