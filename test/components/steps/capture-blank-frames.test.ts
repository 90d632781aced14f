import { expect, waitUntil } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import type { WorkerRequest } from '../../../src/capture/protocol.js';
import { en } from '../../../src/locales/en.js';
import { documentScene } from '../../support/scenes.js';
import type { SceneCamera } from '../../capture/scene-camera.js';
import { filmingStep, sceneCameras, usePhoto, watchCheckerAnswers } from '../../support/capture-step.js';
import { ENGINE_PACE } from '../../engine-pace.js';

// WebKitGTK 2.50 copies a playing camera video fully transparent in the stream's first second or so, and now and
// then later on a loaded machine. Such a copy is no photo:
// the shutter waits for the next frame with a picture, auto-capture skips it. The scene camera here sends transparent
// frames until the test reveals the scene; their copies are transparent in Chromium and Firefox too.

const t = en.capture.check;

/** Each answer of the checks' Worker: the request's op and what came back (`ok`, the problems, or an error code). */
const answers: { op: WorkerRequest['op']; outcome: string }[] = [];
const answered = (op: WorkerRequest['op'], outcome: string) => answers.filter((answer) => answer.op === op && answer.outcome === outcome).length;

/** Mean grey level of `image` (scaled to 64 × 36): a blank copy encoded as JPEG is black. */
async function meanGrey(image: ImageBitmapSource): Promise<number> {
  const bitmap = await createImageBitmap(image);
  const ctx = new OffscreenCanvas(64, 36).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0, 64, 36);
  bitmap.close();
  const { data } = ctx.getImageData(0, 0, 64, 36);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
  return sum / (data.length / 4);
}

describe('<verify-identity-capture-step>: camera frames with no picture yet', () => {
  // What the checks' Worker is asked and answers, changing nothing.
  watchCheckerAnswers((answer, op) => {
    const verdict = 'verdict' in answer ? answer.verdict : 'prepared' in answer ? answer.prepared.verdict : undefined;
    const outcome = verdict ? verdict.problems.join(' ') || 'ok' : 'error' in answer ? answer.error.code : '?';
    answers.push({ op, outcome });
  });
  const film = sceneCameras();
  let camera: SceneCamera | undefined;
  beforeEach(() => (answers.length = 0));

  const scene = documentScene({ width: 1280, height: 720, fill: 0.55 });
  const part = <T extends Element = HTMLButtonElement>(element: VerifyCaptureStep, name: string) => shadow(element).querySelector<T>(`[part=${name}]`);

  /** The step filming the scene camera, blank until revealed, once its shutter can be pressed. */
  async function filming({ checkTimeout = 20_000 } = {}): Promise<VerifyCaptureStep> {
    camera = film(scene, { blank: true });
    return filmingStep(camera, { checkTimeout });
  }

  /** Hands over the photo on the check screen and returns it. */
  async function use(element: VerifyCaptureStep): Promise<Blob> {
    const detail = await usePhoto(element);
    expect(detail.source).to.equal('camera');
    return detail.image;
  }

  it('the shutter pressed on a blank frame waits for a picture, then shows and checks the scene', async function () {
    this.timeout(40_000 * ENGINE_PACE);
    const element = await filming();
    // Pausing a camera's video in its first seconds deadlocks WebKitGTK 2.50 (the page hangs): the preview plays on,
    // dimmed, while the photo is checked.
    const video = shadow(element).querySelector('video')!;
    let paused = 0;
    video.addEventListener('pause', () => paused++);
    part(element, 'capture-button')!.click();
    await waitUntil(() => shadow(element).querySelector('.viewfinder--checking'), 'the preview was not dimmed for the check');
    expect(getComputedStyle(video).opacity).to.equal('0.5');
    // The first check loads the engine and starts its Worker: allow a loaded machine.
    await waitUntil(() => answered('prepare', 'blank_frame') > 0 || part(element, 'verdict'), 'the shutter’s frame was never checked', {
      timeout: 15_000 * ENGINE_PACE,
    });
    expect(textOf(element, '[part=verdict]'), 'no photo of a blank frame on the check screen').to.equal('');
    expect(textOf(element, '.viewfinder-status')).to.equal(t.checking);
    expect(paused, 'the preview was paused for the check').to.equal(0);
    expect(video.paused).to.equal(false);
    camera!.reveal();
    await waitUntil(() => part(element, 'verdict'), 'the check screen never showed', { timeout: 15_000 * ENGINE_PACE });
    expect(textOf(element, '[part=verdict]'), 'the sharp scene passes').to.equal(t.good);
    expect(textOf(element, '[part=message]')).to.equal('');
    const prepared = answers.filter(({ op }) => op === 'prepare').map(({ outcome }) => outcome);
    expect(prepared.at(-1)).to.equal('ok');
    expect(prepared.slice(0, -1).every((outcome) => outcome === 'blank_frame'), prepared.join()).to.equal(true);
    const photo = await use(element);
    expect(Math.abs((await meanGrey(photo)) - (await meanGrey(scene))), 'the photo is the scene, not a black frame').to.be.below(8);
  });

  it('auto-capture says nothing about blank frames, then takes the scene by itself once it shows', async function () {
    this.timeout(40_000 * ENGINE_PACE);
    const element = await filming();
    let pressed = false;
    part(element, 'capture-button')!.addEventListener('click', () => (pressed = true));
    await waitUntil(() => answers.filter(({ op }) => op === 'check').length >= 3, 'auto-capture never checked three frames', { timeout: 15_000 * ENGINE_PACE });
    expect(textOf(element, '[part=capture-hint]'), 'no hint ("too dark", "blurred") for a frame with no picture').to.equal('');
    expect(textOf(element, '[aria-live=polite]'), 'nothing announced').to.equal('');
    expect(textOf(element, '[part=message]'), 'no error').to.equal('');
    expect(answers.map(({ outcome }) => outcome), 'what the checks answered').to.deep.equal(answers.map(() => 'blank_frame'));
    camera!.reveal();
    await waitUntil(() => part(element, 'verdict'), 'the photo was never taken', { timeout: 15_000 * ENGINE_PACE });
    expect(textOf(element, '[part=verdict]')).to.equal(t.good);
    expect(pressed).to.equal(false);
    const photo = await use(element);
    expect(Math.abs((await meanGrey(photo)) - (await meanGrey(scene))), 'the photo is the scene, not a black frame').to.be.below(8);
  });

  it('with no picture before the check’s deadline, says the camera failed and plays the preview again: no blank photo', async function () {
    this.timeout(30_000 * ENGINE_PACE);
    const element = await filming({ checkTimeout: 4000 * ENGINE_PACE });
    const heard: Event[] = [];
    element.addEventListener('vi-step-complete', (event) => heard.push(event));
    part(element, 'capture-button')!.click();
    await waitUntil(() => textOf(element, '[part=message]') || part(element, 'verdict'), 'the shot never ended', { timeout: 15_000 * ENGINE_PACE });
    expect(textOf(element, '[part=verdict]'), 'no photo on the check screen').to.equal('');
    expect(textOf(element, '[part=message]')).to.equal(en.camera.failed);
    expect(answered('prepare', 'blank_frame'), 'the frames were checked, and found blank').to.be.at.least(1);
    expect(answers.every(({ outcome }) => outcome === 'blank_frame')).to.equal(true);
    const video = shadow(element).querySelector('video')!;
    await waitUntil(() => !video.paused, 'the preview stayed paused');
    expect(part(element, 'capture-button')!.disabled, 'the shutter works again').to.equal(false);
    expect(heard).to.have.length(0);
  });
});
