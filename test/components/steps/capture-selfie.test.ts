import { expect, waitUntil } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import { en } from '../../../src/locales/en.js';
import { selfieScene } from '../../support/scenes.js';
import { selfieCorpus, selfieVariant } from '../../support/selfie-scenes.js';
import { previewRegion } from '../../../src/capture/guide-layout.js';
import { chooseFile, renderCaptureStep, sceneCameras, watchCheckerAnswers } from '../../support/capture-step.js';
import { ENGINE_PACE } from '../../engine-pace.js';

// Issue 22: Chromium's green test pattern passed as a selfie. Here the selfie step films this browser's own fake
// camera (the test pattern in Chromium, coloured frames in Firefox) and must never take it by itself, and a photo
// taken with the shutter must be refused with a face's words; a drawn face on the same step is taken by itself.

const t = en.capture.check;

/** What the checks' Worker answered to auto-capture's checks: the problems of each verdict, joined ('ok': none). */
const checks: string[] = [];

const render = (mediaDevices: MediaDevices): Promise<VerifyCaptureStep> => renderCaptureStep({ side: 'selfie', mediaDevices });

const part = (element: VerifyCaptureStep, name: string) => shadow(element).querySelector<HTMLElement>(`[part=${name}]`);

describe('<verify-identity-capture-step>: a selfie of what is not a face', () => {
  // What the checks' Worker answered, changing nothing.
  watchCheckerAnswers((answer, op) => {
    if ('verdict' in answer && op === 'check') checks.push(answer.verdict.problems.join(' ') || 'ok');
  });
  const film = sceneCameras();
  beforeEach(() => (checks.length = 0));

  it('never takes the fake camera’s test pattern by itself, says no face shows, and refuses it at the check screen', async function () {
    this.timeout(40_000 * ENGINE_PACE);
    const element = await render(navigator.mediaDevices);
    // Auto-capture takes a photo after about a second of good, steady frames: a dozen checks is several times that.
    await waitUntil(() => checks.length >= 12, 'auto-capture never checked a dozen frames', { timeout: 25_000 * ENGINE_PACE });
    expect(part(element, 'verdict'), 'not taken by itself').to.equal(null);
    expect([...new Set(checks)], 'every frame judged as no face').to.deep.equal(['no_face']);
    expect(textOf(element, '[part=capture-hint]')).to.equal(t.problems.no_face);
    part(element, 'capture-button')!.click();
    await waitUntil(() => part(element, 'verdict'), 'the check screen never showed', { timeout: 15_000 * ENGINE_PACE });
    expect(textOf(element, '[part=verdict]')).to.equal(`${t.refused} ${t.problems.no_face}`);
    expect(part(element, 'use-photo-button'), 'no way to use it on the first try').to.equal(null);
  });

  it('refuses a chosen photo of a blank wall with advice for a file: choose a photo of your face', async function () {
    this.timeout(20_000 * ENGINE_PACE);
    const element = await render(navigator.mediaDevices);
    part(element, 'source-switch')!.click();
    await element.updateComplete;
    const wall = selfieCorpus('tuning').find((item) => item.kind === 'blank wall')!;
    const bitmap = await wall.render();
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const file = new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })], 'wall.jpg', { type: 'image/jpeg' });
    chooseFile(element, file);
    await waitUntil(() => part(element, 'verdict'), 'the check screen never showed', { timeout: 15_000 * ENGINE_PACE });
    expect(textOf(element, '[part=verdict]')).to.equal(`${t.refused} ${t.fileProblems.no_face}`);
  });

  it('takes a drawn face in the oval by itself, and speaks of the face', async function () {
    this.timeout(40_000 * ENGINE_PACE);
    const element = await render(film(selfieScene()).mediaDevices);
    let pressed = false;
    part(element, 'capture-button')?.addEventListener('click', () => (pressed = true));
    await waitUntil(() => part(element, 'verdict'), 'the face was never taken', { timeout: 25_000 * ENGINE_PACE }).catch((error: Error) => {
      throw new Error(`${error.message}; the checks answered: ${[...new Set(checks)].join(', ')}`);
    });
    expect(pressed).to.equal(false);
    expect(checks.at(-1)).to.equal('ok');
    expect(textOf(element, '[part=verdict]')).to.equal(t.selfieGood);
  });

  it('takes by itself a face that fills the oval of a portrait camera’s cropped preview (the oval the person sees)', async function () {
    this.timeout(40_000 * ENGINE_PACE);
    // A phone's portrait stream in the 4 : 3 viewfinder (object-fit: cover) shows a 720 × 540 band of each frame; the
    // face fills the oval in that band, less than half the height of an oval placed on the whole frame.
    const scene = selfieVariant(0, { width: 720, height: 1280, preview: { device: 'desktop', box: { width: 560, height: 420 }, fit: 'cover', mirrored: true }, size: 0.85 });
    const bitmap = await scene.render();
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const element = await render(film(canvas).mediaDevices);
    await waitUntil(() => part(element, 'verdict'), 'the face was never taken', { timeout: 25_000 * ENGINE_PACE }).catch((error: Error) => {
      const video = part(element, 'camera-preview') as HTMLVideoElement | null;
      throw new Error(`${error.message}; the checks answered: ${[...new Set(checks)].join(', ')}; the step's region: ${JSON.stringify(video && previewRegion(video))}`);
    });
    expect(checks.at(-1), scene.description).to.equal('ok');
    expect(textOf(element, '[part=verdict]')).to.equal(t.selfieGood);
  });
});
