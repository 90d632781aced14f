import { VerifyError, isVerifyError } from '../core/errors.js';
import type { ImageProblem } from '../core/image-type.js';

/**
 * Why a photo cannot be prepared: the sniffer's `ImageProblem` codes (`empty`, `heic`,
 * `unsupported`, `corrupt`, …: the same codes the capture step already has messages for), plus
 * `encode_failed` (the browser could not encode a JPEG: out of memory), `worker_failed`
 * (the Worker crashed or could not load), and `blank_frame`: a camera frame (never a file) with no
 * picture — a fully transparent copy of the video, or a draw that painted nothing (docs/engine-notes.md,
 * WebKit). A real camera frame is never transparent: it is "no picture yet", not a photo.
 */
export type ImageErrorCode = ImageProblem | 'encode_failed' | 'worker_failed' | 'blank_frame';

const MESSAGES: Record<ImageErrorCode, string> = {
  empty: 'The file is empty.',
  too_large: 'The file is too large.',
  heic: 'HEIC/HEIF photos cannot be read here; choose a JPEG, PNG or WebP.',
  unsupported: 'The file is not a JPEG, PNG or WebP image.',
  animated: 'Animated images are not accepted.',
  corrupt: 'The image is damaged and cannot be read.',
  too_many_pixels: 'The image has too many pixels.',
  encode_failed: 'The photo could not be prepared for upload.',
  worker_failed: 'The photo could not be checked.',
  blank_frame: 'The camera frame has no picture yet.',
};

/** The `VerifyError` of the image pipeline: type `invalid_request`, `code` an `ImageErrorCode`, `param` `image`. */
export function imageError(code: ImageErrorCode, cause?: unknown): VerifyError {
  return new VerifyError({ type: 'invalid_request', code, message: MESSAGES[code] ?? MESSAGES.corrupt, param: 'image', cause });
}

export function isImageErrorCode(code: string): code is ImageErrorCode {
  return Object.hasOwn(MESSAGES, code);
}

/** An error as it crosses from a Worker: its code (anything but our own, out of memory say, failed to produce the image) and message. */
export interface ErrorOnWire {
  code: string;
  message: string;
}

export function errorToWire(error: unknown): ErrorOnWire {
  return { code: isVerifyError(error) ? error.code : 'encode_failed', message: error instanceof Error ? error.message : String(error) };
}

export function errorFromWire({ code, message }: ErrorOnWire): VerifyError {
  return imageError(isImageErrorCode(code) ? code : 'encode_failed', message);
}
