import type { Strings } from '../../locales/en.js';

/** What the service accepts (see the files endpoint in the README). */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Why a chosen file cannot be uploaded, worded for the person; `null` when it can. */
export function imageFileProblem(file: File, strings: Strings['capture']): string | null {
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) return strings.fileTypeInvalid(file.name);
  if (file.size === 0) return strings.fileEmpty(file.name);
  if (file.size > MAX_IMAGE_BYTES) return strings.fileTooLarge(file.name, (file.size / (1024 * 1024)).toFixed(1));
  return null;
}

/** The current frame of a playing video as a JPEG, at the camera's full resolution. */
export async function captureVideoFrame(video: HTMLVideoElement): Promise<Blob> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  }
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas is not available.');
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  if (!blob) throw new Error('The video frame could not be encoded.');
  return blob;
}
