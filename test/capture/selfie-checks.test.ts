import { expect } from '@open-wc/testing';
import { ImageChecker, type QualityVerdict } from '../../src/capture/index.js';
import { SELFIE_LIMITS } from '../../src/capture/selfie-checks.js';
import { selfieCase, selfieCorpus, type SelfieKind } from '../support/selfie-scenes.js';
import { selfieScene } from '../support/scenes.js';
import { ENGINE_PACE } from '../engine-pace.js';

/** The first tuning-set case of `kind` for which `where` holds. */
function firstOf(kind: SelfieKind, where: (description: string) => boolean = () => true) {
  const found = selfieCorpus('tuning').find((item) => item.kind === kind && where(item.description));
  if (!found) throw new Error(`no ${kind} in the corpus`);
  return found;
}

describe('selfie checks: what is not a face in the oval', () => {
  let checker: ImageChecker;
  before(() => {
    checker = new ImageChecker();
  });
  after(() => checker.close());

  const check = async (photo: ImageBitmap | Blob): Promise<QualityVerdict> => checker.check(photo, 'selfie');

  it('refuses what this browser’s own fake camera films (Chromium’s green test pattern, Firefox’s colour frames, WebKit’s black card), frame after frame', async function () {
    this.timeout(20_000 * ENGINE_PACE);
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    try {
      await video.play();
      const seen: string[] = [];
      for (let frame = 0; frame < 5; frame++) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const verdict = await check(await createImageBitmap(video));
        seen.push(`${verdict.problems.join(' ')} (painted ${verdict.metrics.selfie!.painted}, detail ${verdict.metrics.selfie!.detail}, spread ${verdict.metrics.selfie!.spread})`);
      }
      expect(seen.every((line) => line.startsWith('no_face ')), seen.join('\n')).to.equal(true);
    } finally {
      for (const track of stream.getTracks()) track.stop();
    }
  });

  it('says only that no face shows for a test pattern, not that it is dark or overexposed', async () => {
    const bars = firstOf('camera test pattern', (d) => d.includes('colour bars'));
    const flat = firstOf('camera test pattern', (d) => d.includes('flat colour'));
    expect((await check(await bars.render())).problems, bars.description).to.deep.equal(['no_face']);
    expect((await check(await flat.render())).problems, flat.description).to.deep.equal(['no_face']);
  });

  for (const kind of ['blank wall', 'ceiling'] as const) {
    it(`refuses a ${kind}: nothing in the oval`, async () => {
      const scene = firstOf(kind);
      const verdict = await check(await scene.render());
      expect(verdict.problems, scene.description).to.deep.equal(['no_face']);
      expect(verdict.metrics.selfie!.spread, 'structure in few of the oval’s sectors').to.be.below(SELFIE_LIMITS.minSpread);
    });
  }

  it('refuses a dark room whose camera turned the gain up (grey, grainy, well exposed on average)', async () => {
    const scene = firstOf('dark room', (d) => d.includes('contrast'));
    const verdict = await check(await scene.render());
    expect(verdict.problems, scene.description).to.deep.equal(['no_face']);
  });

  it('refuses an underexposed dark room as dark, and as showing no face', async () => {
    const scene = firstOf('dark room', (d) => !d.includes('contrast'));
    expect((await check(await scene.render())).problems, scene.description).to.deep.equal(['dark', 'no_face']);
  });

  it('asks a figure far from the camera on a plain wall to come closer', async () => {
    const scene = firstOf('face too far', (d) => d.includes('plain wall') || d.includes('office'));
    expect((await check(await scene.render())).problems, scene.description).to.deep.equal(['too_far']);
  });

  it('passes the same figure when it fills the oval, in a grainy dim room and in a portrait frame', async () => {
    for (const scene of [firstOf('face on a plain wall'), firstOf('face in dim light, grain and JPEG'), firstOf('face in a portrait frame'), selfieCase(1)]) {
      const verdict = await check(await scene.render());
      expect(verdict.problems, scene.description).to.deep.equal([]);
    }
  });

  it('passes a face from a camera that smooths its noise away and compresses hard (JPEG flattens whole blocks)', async () => {
    for (const [noise, quality] of [
      [1, 0.5],
      [0.5, 0.4],
      [0, 0.3],
    ] as const) {
      const photo = await selfieScene({ noise }).convertToBlob({ type: 'image/jpeg', quality });
      const verdict = await check(photo);
      expect(verdict.problems, `noise ${noise}, JPEG q${quality}`).to.deep.equal([]);
      expect(verdict.metrics.selfie!.painted).to.be.below(SELFIE_LIMITS.maxPainted);
    }
  });

  it('judges documents as before: no selfie measures, no face asked for', async () => {
    const verdict = await checker.check(await firstOf('blank wall').render(), 'document');
    expect(verdict.metrics.selfie).to.equal(undefined);
    expect(verdict.problems).to.not.include('no_face');
  });
});
