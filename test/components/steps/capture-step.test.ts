import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import type { CaptureEvent } from '../../../src/components/step-events.js';
import { IMAGE_TYPES, type ImageProblem } from '../../../src/core/image-type.js';
import { en } from '../../../src/locales/en.js';
import { HOSTILE_FILES, PNG } from '../../support/images.js';
import { documentScene, png } from '../../support/scenes.js';
import { chooseFile, renderCaptureStep as render, sceneCameras, whenLive } from '../../support/capture-step.js';
import { ENGINE_PACE } from '../../engine-pace.js';

const film = sceneCameras();

/** A sharp photo of a card, as a PNG file: it passes the checks. */
async function documentFile(name = 'id.png'): Promise<File> {
  return new File([await png(documentScene())], name, { type: 'image/png' });
}

/** The check screen shows; its Use button, once the photo passed. */
async function passed(element: VerifyCaptureStep): Promise<HTMLButtonElement> {
  await waitUntil(() => buttonNamed(element, en.capture.check.use), 'the photo never passed the check', { timeout: 8000 });
  return buttonNamed(element, en.capture.check.use)!;
}

/** The real (fake-device) camera, recording every stream and constraint it hands out. */
function recordingCamera() {
  const streams: MediaStream[] = [];
  const constraints: MediaStreamConstraints[] = [];
  const mediaDevices = {
    async getUserMedia(asked: MediaStreamConstraints) {
      constraints.push(asked);
      const stream = await navigator.mediaDevices.getUserMedia(asked);
      streams.push(stream);
      return stream;
    },
  } as unknown as MediaDevices;
  return { mediaDevices, streams, constraints };
}

function refusingCamera(name: string): MediaDevices {
  return { getUserMedia: () => Promise.reject(new DOMException('refused', name)) } as unknown as MediaDevices;
}

const query = <T extends Element>(element: VerifyCaptureStep, selector: string) =>
  shadow(element).querySelector<T>(selector);

function buttonNamed(element: VerifyCaptureStep, text: string): HTMLButtonElement | undefined {
  return [...shadow(element).querySelectorAll('button')].find((button) => button.textContent!.trim() === text);
}

function allEnded(streams: MediaStream[]): boolean {
  return streams.length > 0 && streams.every((stream) => stream.getTracks().every((track) => track.readyState === 'ended'));
}

function neverCaptures(element: VerifyCaptureStep): () => boolean {
  let fired = false;
  element.addEventListener('vi-step-complete', () => (fired = true));
  return () => fired;
}

async function messageShown(element: VerifyCaptureStep, text: string): Promise<void> {
  await waitUntil(() => textOf(element, '[role=alert]') === text, `expected the message "${text}", got "${textOf(element, '[role=alert]')}"`);
}

describe('<verify-identity-capture-step>', () => {
  describe('with the camera', () => {
    it('shows a live preview with a card guide for a document, from the rear camera, accessibly', async () => {
      const camera = recordingCamera();
      const element = await render({ mediaDevices: camera.mediaDevices });
      await whenLive(element);
      const video = query<HTMLVideoElement>(element, 'video[part=camera-preview]')!;
      expect(video.srcObject).to.equal(camera.streams[0]);
      expect(video.muted).to.equal(true);
      expect(video.hasAttribute('playsinline')).to.equal(true);
      expect(query(element, '.guide--card')).to.not.equal(null);
      expect((camera.constraints[0]!.video as MediaTrackConstraints).facingMode).to.deep.equal({ ideal: 'environment' });
      expect(textOf(element, 'h2')).to.equal(en.capture.headings.front(en.documentTypeNames.id_card));
      await expect(element).to.be.accessible();
    });

    it('keeps the preview playing while the step re-renders: the video is loaded once', async () => {
      const camera = recordingCamera();
      const element = await render({ mediaDevices: camera.mediaDevices });
      await whenLive(element);
      const video = query<HTMLVideoElement>(element, 'video[part=camera-preview]')!;
      await waitUntil(() => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 'the preview never showed a frame', { timeout: 5000 * ENGINE_PACE });
      const reloads: string[] = [];
      for (const type of ['emptied', 'loadstart']) video.addEventListener(type, () => reloads.push(type));
      // Every auto-capture verdict and hint re-renders the step: each must leave a playing preview alone.
      for (let render = 0; render < 3; render++) {
        element.requestUpdate();
        await element.updateComplete;
      }
      // A reload's events are queued before the preview can show another frame: once one shows, they would be in.
      await new Promise((resolve) => video.requestVideoFrameCallback(resolve));
      expect(query(element, 'video[part=camera-preview]'), 'the same video element').to.equal(video);
      expect(reloads, 'the preview restarted (blank until its next first frame)').to.deep.equal([]);
      expect(video.readyState).to.be.at.least(HTMLMediaElement.HAVE_CURRENT_DATA);
    });

    it('uses the front camera and an oval guide for a selfie', async () => {
      const camera = recordingCamera();
      const element = await render({ side: 'selfie', mediaDevices: camera.mediaDevices });
      await whenLive(element);
      expect(query(element, '.guide--oval')).to.not.equal(null);
      expect((camera.constraints[0]!.video as MediaTrackConstraints).facingMode).to.deep.equal({ ideal: 'user' });
    });

    it('checks the photo, stops every track at once, and hands over a JPEG at the camera’s resolution', async () => {
      const camera = film(documentScene({ fill: 0.55 }));
      const element = await render({ side: 'back', mediaDevices: camera.mediaDevices });
      await whenLive(element);
      const { width, height } = camera.streams[0]!.getVideoTracks()[0]!.getSettings();
      query<HTMLButtonElement>(element, '[part=capture-button]')!.click();
      await waitUntil(() => buttonNamed(element, en.capture.check.use), 'the check never passed', { timeout: 8000 });
      expect(allEnded(camera.streams)).to.equal(true);
      const heard = oneEvent(element, 'vi-step-complete');
      buttonNamed(element, en.capture.check.use)!.click();
      const { detail } = (await heard) as CaptureEvent;
      expect(detail.side).to.equal('back');
      expect(detail.source).to.equal('camera');
      expect(detail.image.type).to.equal('image/jpeg');
      const bitmap = await createImageBitmap(detail.image);
      expect([bitmap.width, bitmap.height], 'the full camera resolution').to.deep.equal([width, height]);
    });

    it('checks one photo when Take photo is pressed twice quickly, and hands over one image for two presses of Use', async () => {
      const camera = film(documentScene({ fill: 0.55 }));
      const element = await render({ mediaDevices: camera.mediaDevices });
      await whenLive(element);
      let captures = 0;
      element.addEventListener('vi-step-complete', () => captures++);
      const button = query<HTMLButtonElement>(element, '[part=capture-button]')!;
      button.click();
      button.click();
      await waitUntil(() => buttonNamed(element, en.capture.check.use), 'the check never passed', { timeout: 8000 });
      const heard = oneEvent(element, 'vi-step-complete');
      const use = buttonNamed(element, en.capture.check.use)!;
      use.click();
      use.click();
      await heard;
      await element.updateComplete;
      expect(captures).to.equal(1);
    });

    it('shows the tips for a good photo of a document on the screen, not behind a button', async () => {
      const element = await render({ mediaDevices: recordingCamera().mediaDevices });
      const tips = query<HTMLElement>(element, '[part=tips]')!;
      expect(tips.getAttribute('aria-label')).to.equal(en.capture.tipsLabel);
      expect([...tips.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(en.capture.tips);
      expect(tips.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
      expect(query(element, 'verify-identity-help')).to.equal(null);
    });

    it('shows no document tips for the selfie', async () => {
      const element = await render({ side: 'selfie', mediaDevices: recordingCamera().mediaDevices });
      expect(query(element, '[part=tips]')).to.equal(null);
    });

    it('stops the camera when the element leaves the DOM mid-preview', async () => {
      const camera = recordingCamera();
      const element = await render({ mediaDevices: camera.mediaDevices });
      await whenLive(element);
      element.remove();
      expect(allEnded(camera.streams)).to.equal(true);
    });

    it('stops the camera when switching to upload, and starts it again when switching back', async () => {
      const camera = recordingCamera();
      const element = await render({ mediaDevices: camera.mediaDevices });
      await whenLive(element);
      buttonNamed(element, en.capture.useUpload)!.click();
      await element.updateComplete;
      expect(allEnded(camera.streams)).to.equal(true);
      expect(query(element, 'input[type=file]')).to.not.equal(null);
      await expect(element).to.be.accessible();
      buttonNamed(element, en.capture.useCamera)!.click();
      await whenLive(element);
      expect(camera.streams).to.have.length(2);
    });
  });

  describe('when the camera cannot be used', () => {
    it('explains a refusal and offers upload', async () => {
      const element = await render({ mediaDevices: refusingCamera('NotAllowedError') });
      await messageShown(element, en.camera.denied);
      expect(query(element, 'input[type=file]')).to.not.equal(null);
      expect(query(element, 'video')).to.equal(null);
      expect(buttonNamed(element, en.capture.useCamera)).to.not.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('says no camera was found and does not offer the camera again', async () => {
      const element = await render({ mediaDevices: refusingCamera('NotFoundError') });
      await messageShown(element, en.camera.notFound);
      expect(query(element, 'input[type=file]')).to.not.equal(null);
      expect(buttonNamed(element, en.capture.useCamera)).to.equal(undefined);
    });

    it('treats a browser without mediaDevices like a missing camera', async () => {
      const element = await render({ mediaDevices: {} as MediaDevices });
      await messageShown(element, en.camera.notFound);
      expect(query(element, 'input[type=file]')).to.not.equal(null);
    });

    it('says the camera is in use by another app', async () => {
      const element = await render({ mediaDevices: refusingCamera('NotReadableError') });
      await messageShown(element, en.camera.inUse);
    });

    it('explains that a camera is required when upload is not allowed, with a way to retry', async () => {
      let attempts = 0;
      const mediaDevices = {
        getUserMedia: () => {
          attempts++;
          return Promise.reject(new DOMException('refused', 'NotAllowedError'));
        },
      } as unknown as MediaDevices;
      const element = await render({ allowUpload: false, mediaDevices });
      await messageShown(element, en.camera.requiredDenied);
      expect(query(element, 'input[type=file]')).to.equal(null);
      expect(query(element, '[part=drop-zone]')).to.equal(null);
      expect(buttonNamed(element, en.capture.useUpload)).to.equal(undefined);
      await expect(element).to.be.accessible();
      buttonNamed(element, en.camera.retry)!.click();
      await waitUntil(() => attempts === 2, 'the camera was not retried');
    });
  });

  describe('document names from the service', () => {
    for (const documentType of ['<markup>', 'constructor', '__proto__', 'toString']) {
      it(`names an unknown document type ${documentType} "document", never a prototype member or undefined`, async () => {
        const element = await render({ preferCamera: false, documentType });
        expect(textOf(element, 'h2')).to.equal(en.capture.headings.front(en.capture.genericDocument));
      });
    }
  });

  describe('by upload', () => {
    it('opens on upload when the camera is not preferred, without touching the camera', async () => {
      const camera = recordingCamera();
      const element = await render({ preferCamera: false, mediaDevices: camera.mediaDevices });
      const input = query<HTMLInputElement>(element, 'input[type=file]')!;
      expect(input.accept, 'what core/image-type.ts accepts').to.equal(IMAGE_TYPES.join(','));
      expect(input.labels![0]!.textContent!.trim()).to.equal(en.capture.chooseFile);
      expect(camera.constraints).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('checks a photo chosen in the file input, then hands over the upload-ready JPEG', async () => {
      const element = await render({ preferCamera: false });
      chooseFile(element, await documentFile());
      const use = await passed(element);
      const heard = oneEvent(element, 'vi-step-complete');
      use.click();
      const { detail } = (await heard) as CaptureEvent;
      expect(detail.side).to.equal('front');
      expect(detail.source).to.equal('upload');
      expect(detail.image.type).to.equal('image/jpeg');
    });

    it('rejects a text file with a specific message', async () => {
      const element = await render({ preferCamera: false });
      const fired = neverCaptures(element);
      chooseFile(element, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      await messageShown(element, en.capture.fileTypeInvalid('notes.txt'));
      expect(fired()).to.equal(false);
    });

    it('rejects a file over 10 MB with its size', async () => {
      const element = await render({ preferCamera: false });
      const fired = neverCaptures(element);
      chooseFile(element, new File([new Uint8Array(10 * 1024 * 1024 + 200 * 1024)], 'huge.png', { type: 'image/png' }));
      await messageShown(element, en.capture.fileTooLarge('huge.png', '10.2'));
      expect(fired()).to.equal(false);
    });

    it('accepts a photo dropped on the drop zone', async () => {
      const element = await render({ preferCamera: false });
      const zone = query<HTMLElement>(element, '[part=drop-zone]')!;
      const file = await documentFile('dropped.png');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const dragOver = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
      zone.dispatchEvent(dragOver);
      expect(dragOver.defaultPrevented, 'dragover must be cancelled to allow a drop').to.equal(true);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      const heard = oneEvent(element, 'vi-step-complete');
      (await passed(element)).click();
      expect(((await heard) as CaptureEvent).detail.source).to.equal('upload');
    });

    /** The message the step shows for each problem the byte check names. */
    function messageFor(problem: string, file: File): string {
      const t = en.capture;
      const messages: Record<ImageProblem, string> = {
        empty: t.fileEmpty(file.name),
        too_large: t.fileTooLarge(file.name, (file.size / (1024 * 1024)).toFixed(1)),
        heic: t.fileHeic(file.name),
        unsupported: t.fileTypeInvalid(file.name),
        animated: t.fileAnimated(file.name),
        corrupt: t.fileCorrupt(file.name),
        too_many_pixels: t.fileTooManyPixels(file.name),
      };
      return messages[problem as ImageProblem];
    }

    for (const { what, file: make, problem } of HOSTILE_FILES) {
      it(`refuses ${what} before uploading, saying why (${problem})`, async () => {
        const element = await render({ preferCamera: false });
        const fired = neverCaptures(element);
        const file = make();
        chooseFile(element, file);
        await messageShown(element, messageFor(problem, file));
        expect(fired()).to.equal(false);
      });
    }

    it('reads the type from the bytes: a PNG named scan.txt is accepted and checked', async () => {
      const element = await render({ preferCamera: false });
      const file = new File([PNG], 'scan.txt', { type: 'text/plain' });
      chooseFile(element, file);
      // A 3 × 2 PNG: a real image, checked (and refused for its size), never refused for its name.
      await waitUntil(() => textOf(element, '[part=verdict]').includes(en.capture.check.fileProblems.low_resolution), 'the file was not checked', {
        timeout: 8000,
      });
      expect(textOf(element, '[role=alert]')).to.equal('');
    });

    it('drops the check of a file chosen before the latest one', async () => {
      const element = await render({ preferCamera: false });
      // A cut-off PNG whose bytes arrive only when the test lets them.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const reading: Promise<ArrayBuffer>[] = [];
      const slow = new File([PNG.subarray(0, 40)], 'slow.png', { type: 'image/png' });
      const original = slow.arrayBuffer.bind(slow);
      slow.arrayBuffer = () => {
        const read = gate.then(original);
        reading.push(read);
        return read;
      };
      const drop = new Event('drop', { cancelable: true });
      Object.defineProperty(drop, 'dataTransfer', { value: { files: [slow] } });
      query<HTMLElement>(element, '[part=drop-zone]')!.dispatchEvent(drop);
      await waitUntil(() => reading.length === 1, 'the first file was never read');

      chooseFile(element, await documentFile('latest.png'));
      await passed(element);
      release();
      await reading[0];
      // A task boundary: every continuation of the first check has run by then.
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(buttonNamed(element, en.capture.check.use), 'the latest photo is still the one on screen').to.not.equal(undefined);
      expect(textOf(element, '[role=alert]'), 'the first file’s problem is not shown').to.equal('');
    });

    it('rejects a dropped text file', async () => {
      const element = await render({ preferCamera: false });
      const fired = neverCaptures(element);
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'list.txt', { type: 'text/plain' }));
      query<HTMLElement>(element, '[part=drop-zone]')!.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      await messageShown(element, en.capture.fileTypeInvalid('list.txt'));
      expect(fired()).to.equal(false);
    });
  });
});
