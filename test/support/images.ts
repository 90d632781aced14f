// Image files for the tests, real and hostile, in the browser and in Node (all but `pngFile`, which draws on a canvas).
import { concatBytes as concat } from '../../src/core/image-metadata.js';
// Photos of a document or a face are in `scenes.ts`.
// The three real ones are 3 × 2 images encoded by Chromium (OffscreenCanvas.convertToBlob).

/** Bytes on a plain ArrayBuffer, as `File` and `Blob` take them. */
export type Bytes = Uint8Array<ArrayBuffer>;

const base64 = (text: string): Bytes => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export const JPEG = base64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCWAAqu/9k=',
);
export const WEBP = base64(
  'UklGRhwCAABXRUJQVlA4WAoAAAAgAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggLgAAAJABAJ0BKgMAAgABQCYloAJ0ugADmAD+7v+f/AXT3Ri3/7g4/7Bx/2Dj90wAAAA=',
);
export const PNG = base64(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWI6Y2z8H4aZGJAAAAAA///qnsSoAAAABklEQVQDAH+1BpjuJVuvAAAAAElFTkSuQmCC',
);

const ascii = (text: string): Bytes => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** A PNG chunk (the CRC is left at zero: nothing here checks it). */
function chunk(type: string, data: Uint8Array): Bytes {
  const header = new Uint8Array(8);
  new DataView(header.buffer).setUint32(0, data.length);
  header.set(ascii(type), 4);
  return concat(header, data, new Uint8Array(4));
}

/** The PNG above, with its IHDR saying `width` × `height`, and `chunks` inserted after IHDR. */
export function pngWith({ width = 3, height = 2, chunks = [] as Uint8Array[] } = {}): Bytes {
  const bytes = concat(PNG.subarray(0, 33), ...chunks, PNG.subarray(33));
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A real PNG of exactly `size` bytes (a private ancillary chunk pads it). */
export function pngOfSize(size: number): Bytes {
  return pngWith({ chunks: [chunk('paDd', new Uint8Array(size - PNG.length - 12))] });
}

export type ImageKind = 'image/jpeg' | 'image/png' | 'image/webp';

const REAL: Record<ImageKind, Bytes> = { 'image/jpeg': JPEG, 'image/png': PNG, 'image/webp': WEBP };

/** A real image file of that type. */
export function imageFile(type: ImageKind = 'image/png', name = 'capture'): File {
  return new File([REAL[type]], name, { type });
}

/** Files that must be refused, each with the problem `sniffImage` names and the mock's error code. */
export interface HostileFile {
  what: string;
  file: () => File;
  problem: string;
  code: 'file_type_unsupported' | 'file_too_large';
  /**
   * Too big to send through MSW's service worker in a test: an upload costs about 0.5 s per MB there
   * on a loaded 2-core machine (10 MB took 5.3 s), so these go to the mock's upload rule directly.
   */
  big?: true;
}

export const HOSTILE_FILES: HostileFile[] = [
  { what: 'a text file named x.jpg', file: () => new File(['Just some notes, not a photo.'], 'x.jpg', { type: 'image/jpeg' }), problem: 'unsupported', code: 'file_type_unsupported' },
  {
    what: 'an SVG with a script',
    file: () => new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>'], 'photo.jpg', { type: 'image/svg+xml' }),
    problem: 'unsupported',
    code: 'file_type_unsupported',
  },
  { what: 'a PDF renamed .jpg', file: () => new File(['%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'], 'scan.jpg', { type: 'image/jpeg' }), problem: 'unsupported', code: 'file_type_unsupported' },
  { what: 'a 0-byte file', file: () => new File([], 'empty.png', { type: 'image/png' }), problem: 'empty', code: 'file_type_unsupported' },
  { what: 'a JPEG cut off in its scan', file: () => new File([JPEG.subarray(0, JPEG.length - 8)], 'cut.jpg', { type: 'image/jpeg' }), problem: 'corrupt', code: 'file_type_unsupported' },
  { what: 'a JPEG signature followed by garbage', file: () => new File([concat(JPEG.subarray(0, 3), ascii('\xe0garbage, not segments'))], 'bad.jpg', { type: 'image/jpeg' }), problem: 'corrupt', code: 'file_type_unsupported' },
  { what: 'a PNG cut off after its header', file: () => new File([PNG.subarray(0, 40)], 'cut.png', { type: 'image/png' }), problem: 'corrupt', code: 'file_type_unsupported' },
  { what: 'an animated GIF', file: () => new File([concat(ascii('GIF89a\x03\x00\x02\x00\x80\x00\x00'), ascii('!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00;'))], 'anim.gif', { type: 'image/gif' }), problem: 'unsupported', code: 'file_type_unsupported' },
  { what: 'an animated PNG (acTL)', file: () => new File([pngWith({ chunks: [chunk('acTL', new Uint8Array(8))] })], 'anim.png', { type: 'image/png' }), problem: 'animated', code: 'file_type_unsupported' },
  {
    what: 'an animated WebP (VP8X animation flag)',
    file: () => {
      const bytes = WEBP.slice();
      bytes[20]! |= 0x02;
      return new File([bytes], 'anim.webp', { type: 'image/webp' });
    },
    problem: 'animated',
    code: 'file_type_unsupported',
  },
  { what: 'a HEIC photo', file: () => new File([concat(new Uint8Array([0, 0, 0, 0x18]), ascii('ftypheic\0\0\0\0mif1heic'), new Uint8Array(64))], 'IMG_0001.HEIC', { type: '' }), problem: 'heic', code: 'file_type_unsupported' },
  { what: 'a 100-megapixel PNG header', file: () => new File([pngWith({ width: 10_000, height: 10_000 })], 'huge.png', { type: 'image/png' }), problem: 'too_many_pixels', code: 'file_too_large' },
  { what: 'a 20000 × 20000 PNG header', file: () => new File([pngWith({ width: 20_000, height: 20_000 })], 'huger.png', { type: 'image/png' }), problem: 'too_many_pixels', code: 'file_too_large' },
  { what: 'a 50 MB PNG', file: () => new File([pngOfSize(50 * 1024 * 1024)], 'big.png', { type: 'image/png' }), problem: 'too_large', code: 'file_too_large', big: true },
];

/** An 8 × 8 PNG drawn on a canvas (browser only), as a picked photo. */
export async function pngFile(name = 'capture.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 8;
  canvas.height = 8;
  canvas.getContext('2d')!.fillRect(0, 0, 4, 4);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}
