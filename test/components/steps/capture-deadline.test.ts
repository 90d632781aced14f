import { expect, waitUntil } from '@open-wc/testing';
import { shadow, textOf } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import { WORKER_READY } from '../../../src/capture/protocol.js';
import { en } from '../../../src/locales/en.js';
import { documentScene, jpeg } from '../../support/scenes.js';
import { showsPicture, type SceneCamera } from '../../capture/scene-camera.js';
import { chooseFile, filmingStep, renderCaptureStep, sceneCameras, usePhoto } from '../../support/capture-step.js';

const t = en.capture.check;

/**
 * A Worker that loads and then never answers (a decode that hangs, a crashed GPU process): the checks'
 * Worker in this file, which holds the one checker shared by every capture step of the page.
 */
class SilentWorker extends EventTarget {
  constructor() {
    super();
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: WORKER_READY })));
  }

  postMessage(request: { source: unknown }): void {
    // Received and dropped; a frame is released as the real Worker would once done with it.
    if (request.source instanceof ImageBitmap || (typeof VideoFrame === 'function' && request.source instanceof VideoFrame)) request.source.close();
  }

  terminate(): void {}
}

describe('<verify-identity-capture-step>: a check that never ends', () => {
  const RealWorker = globalThis.Worker;
  before(() => (globalThis.Worker = SilentWorker as unknown as typeof Worker));
  after(() => (globalThis.Worker = RealWorker));
  const film = sceneCameras();
  /** The step on upload, or filming `camera` once its shutter can be pressed; a check may take 300 ms. */
  const render = (): Promise<VerifyCaptureStep> => renderCaptureStep({ preferCamera: false, checkTimeout: 300 });
  const filming = (camera: SceneCamera): Promise<VerifyCaptureStep> => filmingStep(camera, { checkTimeout: 300 });

  const part = (element: VerifyCaptureStep, name: string) => shadow(element).querySelector<HTMLButtonElement>(`[part=${name}]`);

  /** Waits for the check screen: with the Worker silent, only the deadline can bring it. */
  async function checkScreen(element: VerifyCaptureStep): Promise<void> {
    const said = () => `“${textOf(element, '.viewfinder-status')}”, “${textOf(element, '[part=message]')}”`;
    await waitUntil(() => part(element, 'verdict'), `no check screen (${said()}): the check never ended`, { timeout: 5000 });
  }

  it('a photo taken with the camera is offered unchecked, and can be used', async () => {
    const element = await filming(film(documentScene({ width: 1280, height: 720 })));
    // The subject is a check that never answers, not a camera without pictures: the deadline must not pass while
    // the preview still waits for its first frame, and the unchecked photo, one copy of the video, must not be a
    // blank WebKit copy (either way that path rightly says the camera failed).
    const video = shadow(element).querySelector('video')!;
    await waitUntil(() => showsPicture(video), 'the preview never showed a picture', { timeout: 5000 });
    part(element, 'capture-button')!.click();
    await checkScreen(element);
    expect(textOf(element, '[part=verdict]')).to.equal(t.unchecked);
    const detail = await usePhoto(element);
    expect(detail.source).to.equal('camera');
    expect(detail.image.type).to.equal('image/jpeg');
    const photo = await createImageBitmap(detail.image);
    expect([photo.width, photo.height], 'the frame the person saw, at the camera’s size').to.deep.equal([1280, 720]);
  });

  it('a camera with no picture yet (blank WebKit copies) says the camera failed instead: never a blank unchecked photo', async () => {
    const element = await filming(film(documentScene({ width: 1280, height: 720 }), { blank: true }));
    const heard: Event[] = [];
    element.addEventListener('vi-step-complete', (event) => heard.push(event));
    part(element, 'capture-button')!.click();
    await waitUntil(() => textOf(element, '[part=message]') || part(element, 'verdict'), 'the shot never ended', { timeout: 5000 });
    expect(textOf(element, '[part=verdict]'), 'no photo on the check screen').to.equal('');
    expect(textOf(element, '[part=message]')).to.equal(en.camera.failed);
    expect(heard).to.have.length(0);
  });

  it('a chosen file is offered unchecked, without its metadata, and can be used', async () => {
    const element = await render();
    const photo = new Uint8Array(await (await jpeg(documentScene({ width: 1280, height: 720 }))).arrayBuffer());
    // EXIF with a place (APP1) and a comment (COM) right after SOI, as a phone's photo carries them.
    const exif = new TextEncoder().encode('Exif\0\0GPS 48.8584N 2.2945E');
    const comment = new TextEncoder().encode('Jenny Rosen’s phone');
    const segment = (marker: number, payload: Uint8Array) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
    const withMetadata = new Uint8Array([...photo.subarray(0, 2), ...segment(0xe1, exif), ...segment(0xfe, comment), ...photo.subarray(2)]);
    const file = new File([withMetadata], 'card.jpg', { type: 'image/jpeg' });
    chooseFile(element, file);
    await checkScreen(element);
    expect(textOf(element, '[part=verdict]')).to.equal(t.unchecked);
    const detail = await usePhoto(element);
    expect(detail.source).to.equal('upload');
    const sent = await detail.image.arrayBuffer();
    const text = new TextDecoder('latin1').decode(sent);
    expect(text).not.to.include('GPS');
    expect(text).not.to.include('Jenny');
    expect(detail.image.type).to.equal('image/jpeg');
    // Only headers went (its APP segments: Chromium's JPEG also carries an sRGB profile); the scan is all there.
    expect(sent.byteLength).to.be.within(photo.length - 1024, photo.length);
    const bitmap = await createImageBitmap(detail.image);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1280, 720]);
  });

  it('a chosen file whose metadata cannot be removed is not sent unchecked: the person is told, and may choose again', async () => {
    const element = await render();
    const photo = await jpeg(documentScene({ width: 640, height: 480 }));
    // A WebP the type check takes (its first chunk is whole), with a second chunk that runs past the end.
    const riff = (type: string, size: number, body: number[]) => [...new TextEncoder().encode(type), size & 0xff, (size >> 8) & 0xff, (size >> 16) & 0xff, size >>> 24, ...body];
    const lossless = [0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0];
    const chunks = [...riff('VP8L', 13, lossless), ...riff('EXIF', 1_000_000, [...new TextEncoder().encode('GPS 48.8584N')])];
    const bytes = new Uint8Array([...riff('RIFF', chunks.length + 4, []), ...new TextEncoder().encode('WEBP'), ...chunks]);
    const heard: Event[] = [];
    element.addEventListener('vi-capture', (event) => heard.push(event));
    chooseFile(element, new File([bytes], 'scan.webp', { type: 'image/webp' }));
    await waitUntil(() => textOf(element, '[part=message]'), 'a message shows', { timeout: 5000 });
    expect(textOf(element, '[part=message]')).to.equal(en.capture.fileNotPrepared('scan.webp'));
    expect(part(element, 'verdict'), 'no check screen').to.equal(null);
    chooseFile(element, new File([photo], 'card.jpg', { type: 'image/jpeg' }));
    await checkScreen(element);
    expect(heard).to.have.length(0);
  });
});
