import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import type { CaptureEvent } from '../../../src/components/step-events.js';
import { en } from '../../../src/locales/en.js';
import { documentScene, jpeg, png, selfieScene, type SceneOptions } from '../../support/scenes.js';
import { hasExif, withExif } from '../../capture/jpeg.js';
import type { SceneCamera } from '../../capture/scene-camera.js';
import { chooseFile, filmingStep, renderCaptureStep, sceneCameras, whenLive } from '../../support/capture-step.js';
import { ENGINE_PACE } from '../../engine-pace.js';
import type { QualityProblem } from '../../../src/capture/index.js';

const t = en.capture.check;

/** The photos each check must catch, with the problem it must name (in camera words, or a chosen file's). */
const BAD_PHOTOS: { what: string; scene: SceneOptions; problem: QualityProblem }[] = [
  { what: 'a blurred document', scene: { blur: 3 }, problem: 'blurry' },
  { what: 'a dark document', scene: { exposure: 0.3 }, problem: 'dark' },
  { what: 'a document with a glare spot', scene: { glare: 0.06 }, problem: 'glare' },
  { what: 'a tiny document photo', scene: { width: 480, height: 270 }, problem: 'low_resolution' },
];

const film = sceneCameras();
/** The scene camera of the test, once it made one. */
let camera: SceneCamera | undefined;

const query = <T extends Element>(element: VerifyCaptureStep, selector: string) => shadow(element).querySelector<T>(selector);

function button(element: VerifyCaptureStep, text: string): HTMLButtonElement | undefined {
  return [...shadow(element).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === text);
}

async function photoFile(scene: SceneOptions, name = 'photo.jpg'): Promise<File> {
  return new File([await jpeg(documentScene(scene))], name, { type: 'image/jpeg' });
}

/** Waits for the check screen and returns the verdict's text. */
async function verdict(element: VerifyCaptureStep): Promise<string> {
  // The first check loads the engine and starts its Worker: allow a loaded machine.
  await waitUntil(() => query(element, '[part=verdict]'), 'the check screen never showed', { timeout: 15_000 * ENGINE_PACE });
  return textOf(element, '[part=verdict]');
}

/** The capture step filming `scene`, once its shutter can be pressed. */
function filmed(scene: SceneOptions): Promise<VerifyCaptureStep> {
  camera = film(documentScene(scene));
  return filmingStep(camera);
}

function captures(element: VerifyCaptureStep): CaptureEvent[] {
  const heard: CaptureEvent[] = [];
  element.addEventListener('vi-step-complete', (event) => heard.push(event as CaptureEvent));
  return heard;
}

describe('<verify-identity-capture-step>: the check after each photo', () => {
  describe('by file', () => {
    for (const { what, scene, problem } of BAD_PHOTOS) {
      it(`catches ${what} before upload and says what to fix: choose another file`, async () => {
        const element = await renderCaptureStep({ preferCamera: false });
        const heard = captures(element);
        chooseFile(element, await photoFile(scene));
        const text = await verdict(element);
        expect(text).to.contain(t.refused);
        expect(text).to.contain(t.fileProblems[problem]);
        expect(text, 'no camera advice for a file').to.not.contain(t.problems[problem]);
        expect(button(element, t.use), 'no way to send it on the first try').to.equal(undefined);
        expect(button(element, t.useAnyway)).to.equal(undefined);
        expect(button(element, t.chooseAnother)).to.not.equal(undefined);
        expect(button(element, t.retake), 'no Retake for a file').to.equal(undefined);
        expect(query<HTMLImageElement>(element, 'img[part=photo]')!.alt).to.equal(t.imageAlt);
        expect(heard).to.have.length(0);
      });
    }

    it('lets a sharp photo through as an upload-ready JPEG: no EXIF, within 1 MB, at most 2000 px', async () => {
      const element = await renderCaptureStep({ preferCamera: false });
      const original = await withExif(await jpeg(documentScene({ width: 3000, height: 2000 })));
      chooseFile(element, new File([original], 'card.jpg', { type: 'image/jpeg' }));
      expect(await verdict(element)).to.equal(t.good);
      const heard = oneEvent(element, 'vi-step-complete');
      button(element, t.use)!.click();
      const { detail } = (await heard) as CaptureEvent;
      expect(detail.source).to.equal('upload');
      expect(detail.image.type).to.equal('image/jpeg');
      expect(detail.image.size).to.be.at.most(1_000_000);
      const bytes = new Uint8Array(await detail.image.arrayBuffer());
      expect(hasExif(new Uint8Array(await original.arrayBuffer())), 'the original had EXIF').to.equal(true);
      expect(hasExif(bytes), 'EXIF removed').to.equal(false);
      const image = await createImageBitmap(detail.image);
      expect([image.width, image.height]).to.deep.equal([2000, 1333]);
    });

    it('speaks of a face, not of text, when a selfie passes', async () => {
      const element = await renderCaptureStep({ side: 'selfie', preferCamera: false });
      chooseFile(element, new File([await jpeg(selfieScene())], 'me.jpg', { type: 'image/jpeg' }));
      expect(await verdict(element)).to.equal(t.selfieGood);
    });

    it('refuses a failing photo twice, then lets a third be used after a clear warning', async () => {
      const element = await renderCaptureStep({ preferCamera: false });
      const heard = captures(element);
      const blurred = await photoFile({ blur: 3 });
      for (let attempt = 1; attempt <= 2; attempt++) {
        chooseFile(element, blurred);
        expect(await verdict(element)).to.not.contain(t.warning);
        expect(button(element, t.useAnyway), `try ${attempt}`).to.equal(undefined);
        button(element, t.chooseAnother)!.click();
        await element.updateComplete;
        expect(query(element, '[part=verdict]'), 'back to choosing').to.equal(null);
      }
      chooseFile(element, blurred);
      const text = await verdict(element);
      expect(text).to.contain(t.fileProblems.blurry);
      expect(text).to.contain(t.warning);
      expect(text, 'says the photo may be refused, not that it cannot be used').to.contain(t.mayBeRefused);
      expect(text).to.not.contain(t.refused);
      button(element, t.useAnyway)!.click();
      await waitUntil(() => heard.length === 1, 'the third photo was not handed over');
      expect(heard[0]!.detail.image.type).to.equal('image/jpeg');
    });

    it('accepts a PNG and hands over a JPEG', async () => {
      const element = await renderCaptureStep({ preferCamera: false });
      chooseFile(element, new File([await png(documentScene())], 'scan.png', { type: 'image/png' }));
      expect(await verdict(element)).to.equal(t.good);
      const heard = oneEvent(element, 'vi-step-complete');
      button(element, t.use)!.click();
      expect(((await heard) as CaptureEvent).detail.image.type).to.equal('image/jpeg');
    });

    it('is accessible on the check screen of a failing photo, and moves focus to the verdict', async () => {
      const element = await renderCaptureStep({ preferCamera: false });
      chooseFile(element, await photoFile({ exposure: 0.3 }));
      await verdict(element);
      await element.updateComplete;
      expect(shadow(element).activeElement).to.equal(query(element, '[part=verdict]'));
      await expect(element).to.be.accessible();
    });

    it('is accessible on the check screen of a good photo', async () => {
      const element = await renderCaptureStep({ preferCamera: false });
      chooseFile(element, await photoFile({}));
      expect(await verdict(element)).to.equal(t.good);
      await expect(element).to.be.accessible();
    });
  });

  describe('by camera', function () {
    // The waits below add up past the default per-test timeout: the camera going live, then frames checked until a
    // hint or a photo. In WebKitGTK copies of a canvas stream's frame are often blank on a loaded machine, and
    // auto-capture skips those (blank_frame), so its first verdict takes longer there.
    this.timeout(40_000 * ENGINE_PACE);
    for (const { what, scene, problem } of BAD_PHOTOS) {
      it(`catches ${what} when the shutter is pressed, and says what to fix`, async () => {
        const element = await filmed(scene);
        const heard = captures(element);
        query<HTMLButtonElement>(element, '[part=capture-button]')!.click();
        const text = await verdict(element);
        expect(text).to.contain(t.problems[problem]);
        expect(button(element, t.use)).to.equal(undefined);
        expect(camera!.streams.every((stream) => stream.getTracks().every((track) => track.readyState === 'ended')), 'the camera is off').to.equal(true);
        expect(heard).to.have.length(0);
      });
    }

    it('shows what to fix over the preview and announces it politely, without taking the photo', async () => {
      const element = await filmed({ blur: 3 });
      await waitUntil(() => textOf(element, '[part=capture-hint]') === t.problems.blurry, 'no hint', { timeout: 15_000 * ENGINE_PACE });
      const region = query<HTMLElement>(element, '[aria-live=polite]')!;
      await waitUntil(() => region.textContent!.trim() === t.problems.blurry, 'the hint was not announced', { timeout: 5000 * ENGINE_PACE });
      expect(region.getAttribute('role')).to.equal('status');
      expect(query(element, '[part=verdict]'), 'a blurred picture is never taken by itself').to.equal(null);
    });

    it('takes the photo by itself once a sharp document holds steady', async () => {
      // The card inside the guide (82 % of the 4 : 3 preview, which shows 1440 of the frame's 1920 columns).
      const element = await filmed({ fill: 0.55 });
      const shutter = query<HTMLButtonElement>(element, '[part=capture-button]')!;
      let pressed = false;
      shutter.addEventListener('click', () => (pressed = true));
      expect(await verdict(element)).to.equal(t.good);
      expect(pressed).to.equal(false);
      const heard = oneEvent(element, 'vi-step-complete');
      button(element, t.use)!.click();
      const { detail } = (await heard) as CaptureEvent;
      expect(detail.source).to.equal('camera');
      expect(detail.image.type).to.equal('image/jpeg');
      expect(hasExif(new Uint8Array(await detail.image.arrayBuffer()))).to.equal(false);
    });

    it('starts the camera again on Retake', async () => {
      const element = await filmed({ exposure: 0.3 });
      query<HTMLButtonElement>(element, '[part=capture-button]')!.click();
      await verdict(element);
      button(element, t.retake)!.click();
      await whenLive(element);
      expect(camera!.streams).to.have.length(2);
      expect(shadow(element).activeElement).to.equal(query(element, '#step-heading'));
    });
  });

  describe('document-aware', () => {
    it('asks for the photo page of a passport, in a passport-shaped frame', async () => {
      const element = await renderCaptureStep({ documentType: 'passport', mediaDevices: film(documentScene()).mediaDevices });
      expect(textOf(element, 'h2')).to.equal(en.capture.passportHeading);
      expect(query(element, '.guide--passport')).to.not.equal(null);
      expect(query(element, '.guide--card')).to.equal(null);
    });
  });
});
