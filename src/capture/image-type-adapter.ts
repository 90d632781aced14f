// TEMPORARY ADAPTER — delete after branch `mock` is merged, and import `checkImage` / `ImageProblem`
// from '../core/image-type.js' in pipeline.ts instead (same names, same shapes). It only reads
// signatures; the real module also finds cut-off files, animated images and sizes over 50 MP.
// Kept here so this branch's tests run before the merge.

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';
export type ImageProblem = 'empty' | 'too_large' | 'heic' | 'unsupported' | 'animated' | 'corrupt' | 'too_many_pixels';
export type ImageCheck = ImageType | ImageProblem;

const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

export async function checkImage(blob: Blob): Promise<ImageCheck> {
  if (!blob.size) return 'empty';
  if (blob.size > MAX_IMAGE_BYTES) return 'too_large';
  const bytes = new Uint8Array(await blob.slice(0, 16).arrayBuffer());
  if (ascii(bytes, 0, '\xff\xd8\xff')) return 'image/jpeg';
  if (ascii(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (ascii(bytes, 4, 'ftyp') && /^(he[ivx]|mif1|msf1)/.test(String.fromCharCode(...bytes.subarray(8, 12)))) return 'heic';
  return 'unsupported';
}
