// What the service accepts as an image, read from the file's bytes — never from its name or its
// declared type. One rule, used by the capture step (before uploading) and by the mock backend.

/** The image types the service accepts. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** At most 10 MB per file. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** At most 50 megapixels (a 48 MP phone photo passes; a 100 MP or 20000 × 20000 image does not). */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * Why a file cannot be used: `empty` (0 bytes), `too_large` (over `MAX_IMAGE_BYTES`), `heic` (an
 * HEIC/HEIF photo, as iPhones save them), `unsupported` (anything but JPEG, PNG or WebP: text, SVG,
 * PDF, GIF…), `animated` (an animated PNG or WebP), `corrupt` (the right signature, but cut off or
 * broken inside), `too_many_pixels` (over `MAX_IMAGE_PIXELS`).
 */
export type ImageProblem = 'empty' | 'too_large' | 'heic' | 'unsupported' | 'animated' | 'corrupt' | 'too_many_pixels';

/** The accepted type of an image, or why it is refused. */
export type ImageCheck = ImageType | ImageProblem;

export function isImageType(check: ImageCheck): check is ImageType {
  return check.startsWith('image/');
}

const text = (bytes: Uint8Array, at: number, expected: string): boolean =>
  [...expected].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** The type if `width` × `height` is a size the service takes. */
const sized = (type: ImageType, width: number, height: number): ImageCheck =>
  !width || !height ? 'corrupt' : width * height > MAX_IMAGE_PIXELS ? 'too_many_pixels' : type;

/** A JPEG whose segments lead to a frame size and a complete scan. */
function jpeg(bytes: Uint8Array, view: DataView): ImageCheck {
  let check: ImageCheck = 'corrupt';
  let at = 2;
  for (let marker = 0; marker !== 0xda; at += 2 + view.getUint16(at + 2)) {
    if (view.getUint8(at) !== 0xff) return 'corrupt';
    // Any number of FF fill bytes may come before a marker (ITU T.81, B.1.1.2).
    while (view.getUint8(at + 1) === 0xff) at += 1;
    marker = view.getUint8(at + 1);
    // SOF0–SOF15 (not DHT C4, JPG C8, DAC CC) carry the frame's height then width.
    if (marker >> 4 === 0xc && (marker % 4 || marker === 0xc0)) check = sized('image/jpeg', view.getUint16(at + 7), view.getUint16(at + 5));
  }
  // A whole scan ends with EOI (FF D9); in entropy-coded data an FF is always followed by 00 or D0–D7.
  for (; at < bytes.length - 1; at++) if (bytes[at] === 0xff && bytes[at + 1] === 0xd9) return check;
  return 'corrupt';
}

/** A PNG: its size from IHDR, then its chunks up to IEND (cut off: corrupt; acTL: animated). */
function png(bytes: Uint8Array, view: DataView): ImageCheck {
  const check = text(bytes, 12, 'IHDR') ? sized('image/png', view.getUint32(16), view.getUint32(20)) : 'corrupt';
  for (let at = 8; isImageType(check) && !text(bytes, at + 4, 'IEND'); at += 12 + view.getUint32(at)) {
    if (text(bytes, at + 4, 'acTL')) return 'animated';
    if (at + 12 > bytes.length) return 'corrupt';
  }
  return check;
}

/** A WebP: its canvas size from its first chunk, VP8X (extended), VP8L (lossless) or `VP8 ` (lossy). */
function webp(bytes: Uint8Array, view: DataView): ImageCheck {
  const bits = view.getUint32(21, true);
  return view.getUint32(4, true) + 8 > bytes.length
    ? 'corrupt'
    : text(bytes, 12, 'VP8X')
      ? view.getUint8(20) & 2
        ? 'animated'
        : sized('image/webp', (view.getUint32(24, true) & 0xffffff) + 1, (view.getUint32(27, true) & 0xffffff) + 1)
      : text(bytes, 12, 'VP8L')
        ? sized('image/webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1)
        : text(bytes, 12, 'VP8 ')
          ? sized('image/webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff)
          : 'corrupt';
}

/** What `bytes` are: an accepted image type, or why not. Reads only the bytes. */
export function sniffImage(bytes: Uint8Array): ImageCheck {
  if (!bytes.length) return 'empty';
  if (bytes.length > MAX_IMAGE_BYTES) return 'too_large';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (text(bytes, 0, '\xff\xd8\xff')) return jpeg(bytes, view);
    if (text(bytes, 0, '\x89PNG\r\n\x1a\n')) return png(bytes, view);
    if (text(bytes, 0, 'RIFF') && text(bytes, 8, 'WEBP')) return webp(bytes, view);
    // ISO media (HEIF): an `ftyp` box whose brand names HEIC or HEIF.
    if (text(bytes, 4, 'ftyp') && /^(he[ivx]|mif1|msf1)/.test(String.fromCharCode(...bytes.subarray(8, 12)))) return 'heic';
  } catch {
    // A length or offset that points past the end: a file cut off, or not what its signature says.
    return 'corrupt';
  }
  return 'unsupported';
}

/** `sniffImage` for a Blob or File; refuses an empty or too large one without reading it. */
export async function checkImage(blob: Blob): Promise<ImageCheck> {
  return !blob.size ? 'empty' : blob.size > MAX_IMAGE_BYTES ? 'too_large' : sniffImage(new Uint8Array(await blob.arrayBuffer()));
}
