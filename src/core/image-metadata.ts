// Metadata out of an image file without decoding it: what goes up when the image pipeline (which
// re-encodes every photo) cannot run. Walks the same structures as image-type.ts and keeps only what
// drawing the picture needs; anything it cannot walk to the end is refused rather than sent as it is.

const text = (bytes: Uint8Array, at: number, expected: string): boolean =>
  [...expected].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** The bytes of `parts`, one after another. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * JPEG segments kept: tables, frames, scans, restart intervals, JFIF's APP0 and Adobe's APP14 (its colour
 * transform changes the picture). Dropped: EXIF and XMP (APP1, with GPS, device and time), ICC and every other
 * APPn, comments (COM), and anything after EOI (a phone's trailer, a motion photo's video).
 */
function keepsJpegSegment(marker: number, bytes: Uint8Array, at: number): boolean {
  if (marker === 0xe0) return text(bytes, at + 4, 'JFIF\0');
  if (marker === 0xee) return text(bytes, at + 4, 'Adobe');
  return marker < 0xe0 || (marker >= 0xf0 && marker <= 0xfd);
}

function jpeg(bytes: Uint8Array, view: DataView): Uint8Array<ArrayBuffer> | null {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (bytes[at] !== 0xff) return null;
    while (bytes[at + 1] === 0xff) at += 1;
    const marker = bytes[at + 1]!;
    if (marker === 0xd9) {
      kept.push(bytes.subarray(at, at + 2));
      return concatBytes(...kept);
    }
    const end = at + 2 + view.getUint16(at + 2);
    if (end > bytes.length) return null;
    if (keepsJpegSegment(marker, bytes, at)) kept.push(bytes.subarray(at, end));
    at = end;
    if (marker !== 0xda) continue;
    // Entropy-coded data up to the next marker (an FF not followed by 00, a fill FF or RST0–RST7).
    const start = at;
    while (at < bytes.length - 1 && !(bytes[at] === 0xff && bytes[at + 1] !== 0 && bytes[at + 1] !== 0xff && (bytes[at + 1]! & 0xf8) !== 0xd0)) at++;
    if (at >= bytes.length - 1) return null;
    kept.push(bytes.subarray(start, at));
  }
}

/** PNG chunks kept: the critical ones and those that change how the picture looks. Text (tEXt, zTXt, iTXt), eXIf, tIME and private chunks go. */
const PNG_KEPT = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs']);

function png(bytes: Uint8Array, view: DataView): Uint8Array<ArrayBuffer> | null {
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  for (let at = 8; ; ) {
    const end = at + 12 + view.getUint32(at);
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (PNG_KEPT.has(type)) kept.push(bytes.subarray(at, end));
    if (type === 'IEND') return concatBytes(...kept);
    at = end;
  }
}

/** WebP chunks dropped: EXIF and XMP (their VP8X flags cleared), and any chunk WebP does not define. */
const WEBP_KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

function webp(bytes: Uint8Array, view: DataView): Uint8Array<ArrayBuffer> | null {
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > bytes.length) return null;
  const kept: Uint8Array[] = [];
  for (let at = 12; at < riffEnd; ) {
    // Chunks are padded to an even size.
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2);
    if (end > riffEnd) return null;
    const type = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (WEBP_KEPT.has(type)) kept.push(bytes.slice(at, end));
    at = end;
  }
  const vp8x = kept.find((chunk) => text(chunk, 0, 'VP8X'));
  // The EXIF (0x08) and XMP (0x04) flags.
  if (vp8x) vp8x[8] = vp8x[8]! & ~0x0c;
  const body = concatBytes(...kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concatBytes(header, body);
}

/**
 * The image in `bytes` (JPEG, PNG or WebP) with its metadata removed: the same picture, without EXIF (GPS, device,
 * time), XMP, comments or text. `null` when the bytes are not one of those types or cannot be walked to their end:
 * then the file must not be sent as it is.
 */
export function stripImageMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (text(bytes, 0, '\xff\xd8\xff')) return jpeg(bytes, view);
    if (text(bytes, 0, '\x89PNG\r\n\x1a\n')) return png(bytes, view);
    if (text(bytes, 0, 'RIFF') && text(bytes, 8, 'WEBP')) return webp(bytes, view);
  } catch {
    // A length that points past the end.
  }
  return null;
}

/** `stripImageMetadata` for a Blob: a new Blob typed by its bytes, or `null`. */
export async function withoutMetadata(blob: Blob): Promise<Blob | null> {
  const stripped = stripImageMetadata(new Uint8Array(await blob.arrayBuffer()));
  if (!stripped) return null;
  const type = stripped[0] === 0xff ? 'image/jpeg' : stripped[0] === 0x89 ? 'image/png' : 'image/webp';
  return new Blob([stripped], { type });
}
