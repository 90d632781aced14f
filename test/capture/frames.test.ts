import { expect, waitUntil } from '@open-wc/testing';
import { grabFrame, isBlankFrame } from '../../src/capture/frames.js';
import { imageError } from '../../src/capture/errors.js';
import { VerifyError } from '../../src/core/errors.js';
import { documentScene } from '../support/scenes.js';
import { sceneCamera, showsPicture, type SceneCamera } from './scene-camera.js';
import { ENGINE_PACE } from '../engine-pace.js';

// The one frame grabber of auto-capture, the shutter and the unchecked photo, on a camera that films a scene.

describe('grabFrame', () => {
  let camera: SceneCamera | undefined;
  let video: HTMLVideoElement;
  beforeEach(() => {
    video = document.createElement('video');
    video.muted = true;
    document.body.append(video);
  });
  afterEach(() => {
    camera?.stop();
    camera = undefined;
    video.remove();
  });

  /** Plays the scene camera (blank until revealed, with `blank`) in the test's video. */
  async function film(blank = false): Promise<void> {
    camera = sceneCamera(documentScene({ width: 1280, height: 720 }), { blank });
    video.srcObject = await camera.mediaDevices.getUserMedia({ video: true });
    await video.play();
  }

  const sizeOf = (frame: unknown) =>
    frame instanceof VideoFrame ? [frame.displayWidth, frame.displayHeight] : frame instanceof ImageBitmap ? [frame.width, frame.height] : frame;

  it('gives the frame shown, at the camera’s size, for the checker', async () => {
    await film();
    await waitUntil(() => showsPicture(video), 'the video never showed a picture', { timeout: 5000 * ENGINE_PACE });
    const frame = await grabFrame(video);
    expect(sizeOf(frame)).to.deep.equal([1280, 720]);
    if (!(frame instanceof Blob)) frame.close();
  });

  it('as a JPEG: the camera’s full size, and a picture, not a black frame', async () => {
    await film();
    await waitUntil(() => showsPicture(video), 'the video never showed a picture', { timeout: 5000 * ENGINE_PACE });
    const jpeg = await grabFrame(video, { as: 'jpeg' });
    expect(jpeg.type).to.equal('image/jpeg');
    const photo = await createImageBitmap(jpeg);
    expect([photo.width, photo.height]).to.deep.equal([1280, 720]);
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.drawImage(photo, 640, 360, 1, 1, 0, 0, 1, 1);
    expect([...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].some((level) => level > 40), 'the card’s centre is not black').to.equal(true);
  });

  it('as a JPEG refuses a copy with no picture: never a black photo', async () => {
    await film(true);
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) await new Promise((done) => video.addEventListener('loadeddata', done, { once: true }));
    const error = await grabFrame(video, { as: 'jpeg' }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(String(error)).to.contain('no picture');
  });

  it('rejects at once when the video has no frame yet, and with more tries waits for the first one', async () => {
    const now = await grabFrame(video).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(String(now)).to.contain('no frame yet');
    const waited = grabFrame(video, { tries: 2 });
    await film();
    const frame = await waited;
    expect(sizeOf(frame)).to.deep.equal([1280, 720]);
    if (!(frame instanceof Blob)) frame.close();
  });

  it('isBlankFrame() tells the checks’ blank_frame from any other failure', () => {
    expect(isBlankFrame(imageError('blank_frame'))).to.equal(true);
    expect(isBlankFrame(imageError('corrupt'))).to.equal(false);
    expect(isBlankFrame(new VerifyError({ type: 'invalid_request', code: 'blank_frames', message: 'other' }))).to.equal(false);
    expect(isBlankFrame(new Error('blank_frame'))).to.equal(false);
  });
});
