import type { ImageCheck, ImageProblem } from '../../core/image-type.js';
import type { Strings } from '../../locales/en.js';

/** What the file input offers: the types core/image-type.ts accepts (a test keeps the two in step). */
export const ACCEPT = 'image/jpeg,image/png,image/webp';

/**
 * Why a chosen file cannot be uploaded, worded for the person; `null` when it can. The type is read
 * from the file's bytes by core/image-type.ts — the rule the service applies — never from its name.
 * That check is a chunk of its own, fetched the first time a file is chosen (the camera path never
 * needs it, and it stays out of the first load); if it cannot be fetched, the file goes to the
 * service, which refuses a bad one with `file_type_unsupported`.
 */
export async function imageFileProblem(file: File, strings: Strings['capture']): Promise<string | null> {
  let check: ImageCheck;
  try {
    check = await (await import('../../core/image-type.js')).checkImage(file);
  } catch {
    return null;
  }
  return check.startsWith('image/') ? null : fileProblemMessage(check as ImageProblem, file, strings);
}

/**
 * `file` without its metadata (EXIF with GPS, comments, text), for when the image pipeline, which
 * re-encodes every photo, cannot run; `null` when that cannot be done here (the small core chunk that
 * does it did not load, or the file cannot be walked to its end): such a file is not sent.
 */
export async function withoutMetadata(file: File): Promise<Blob | null> {
  try {
    return await (await import('../../core/image-metadata.js')).withoutMetadata(file);
  } catch {
    return null;
  }
}

/** The message for a file refused with `problem` (the sniffer's code, also the image pipeline's). */
export function fileProblemMessage(problem: ImageProblem, file: File, strings: Strings['capture']): string {
  const messages: Record<ImageProblem, (fileName: string) => string> = {
    empty: strings.fileEmpty,
    too_large: (name) => strings.fileTooLarge(name, (file.size / (1024 * 1024)).toFixed(1)),
    heic: strings.fileHeic,
    unsupported: strings.fileTypeInvalid,
    animated: strings.fileAnimated,
    corrupt: strings.fileCorrupt,
    too_many_pixels: strings.fileTooManyPixels,
  };
  return messages[problem](file.name);
}

/**
 * The frame a video shows as a JPEG, at the camera's full resolution; throws when it shows none (never waits for
 * one), or when the copy has no picture (fully transparent, as WebKitGTK 2.50 copies a video at times): a black JPEG
 * is no photo.
 */
export async function captureVideoFrame(video: HTMLVideoElement): Promise<Blob> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) throw new Error('The video has no frame yet.');
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas is not available.');
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  // One pixel tells: a camera frame is opaque all over, a blank copy transparent all over.
  if (context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data[3] === 0) throw new Error('The video shows no picture yet.');
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  if (!blob) throw new Error('The video frame could not be encoded.');
  return blob;
}
