// Taking frames of a playing camera `<video>`: the one grabber that auto-capture, the shutter and the unchecked
// fallback photo share. Small and free of the engine, so a step can import it without loading the engine's chunk.
import { isVerifyError } from '../core/errors.js';
import type { ImageErrorCode } from './errors.js';
import type { ImageSource } from './types.js';

export interface GrabFrameOptions {
  /**
   * `'frame'`: a `VideoFrame` where the browser gives one (it wraps the frame; the Worker converts it), else an
   * `ImageBitmap` copy. `'jpeg'`: the frame encoded as a JPEG at the camera's full resolution, for a photo offered
   * unchecked. @default 'frame'
   */
  as?: 'frame' | 'jpeg';
  /**
   * How many grabs to try, each after the next frame shown (at most a second apart, so a stalled camera still
   * ends). With more than one, a video with no frame yet is waited for first. @default 1
   */
  tries?: number;
}

/**
 * The frame `video` shows. Rejects when it shows none, or (`as: 'jpeg'`) when the copy has no picture: a fully
 * transparent copy or a draw that paints nothing (see docs/engine-notes.md, WebKit) would encode as a black JPEG.
 * A `'frame'` is transferred to the checker: the caller must not use it afterwards.
 */
export function grabFrame(video: HTMLVideoElement, options?: GrabFrameOptions & { as?: 'frame' }): Promise<ImageSource>;
export function grabFrame(video: HTMLVideoElement, options: GrabFrameOptions & { as: 'jpeg' }): Promise<Blob>;
export async function grabFrame(video: HTMLVideoElement, { as = 'frame', tries = 1 }: GrabFrameOptions = {}): Promise<ImageSource> {
  if (tries > 1 && video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  }
  for (let attempt = 1; ; attempt++) {
    try {
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) throw new Error('The video has no frame yet.');
      return await (as === 'jpeg' ? jpegOf(video) : frameOf(video));
    } catch (error) {
      if (attempt >= tries) throw error;
      await nextShownFrame(video, 1000);
    }
  }
}

function frameOf(video: HTMLVideoElement): ImageSource | Promise<ImageSource> {
  // A VideoFrame spares the main thread the RGBA conversion that createImageBitmap does (bench/RESULTS.md).
  if (typeof VideoFrame === 'function') {
    try {
      return new VideoFrame(video);
    } catch {
      // Some engines refuse a VideoFrame of a video that shows one (docs/engine-notes.md, WebKit): copy it instead.
    }
  }
  return createImageBitmap(video);
}

async function jpegOf(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas is not available.');
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  // One pixel tells: a camera frame is opaque all over, while a blank copy, or a draw that painted nothing on
  // this new canvas, leaves it transparent all over.
  if (context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data[3] === 0) throw new Error('The video shows no picture yet.');
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  if (!blob) throw new Error('The video frame could not be encoded.');
  return blob;
}

/** Resolves when the video shows its next frame, or after `ms` (a stalled camera, or no `requestVideoFrameCallback`). */
export function nextShownFrame(video: HTMLVideoElement, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    video.requestVideoFrameCallback?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Whether a check failed because the frame had no picture (`blank_frame`: a fully transparent copy of the video,
 * or a draw that painted nothing): not a photo to judge; take the next frame.
 */
export function isBlankFrame(error: unknown): boolean {
  return isVerifyError(error) && error.code === ('blank_frame' satisfies ImageErrorCode);
}
