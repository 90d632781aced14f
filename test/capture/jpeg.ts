// JPEG byte helpers for the tests: list a file's segments, and add an EXIF block (orientation and a
// GPS position) the way a phone camera does.

/** The markers of a JPEG's segments up to the scan, each with the first bytes of its payload. */
export function segments(bytes: Uint8Array): { marker: number; payload: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: { marker: number; payload: Uint8Array }[] = [];
  if (view.getUint16(0) !== 0xffd8) throw new Error('not a JPEG');
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) throw new Error(`no marker at ${at}`);
    const marker = bytes[at + 1]!;
    const length = view.getUint16(at + 2);
    found.push({ marker, payload: bytes.subarray(at + 4, at + 2 + length) });
    if (marker === 0xda) break;
    at += 2 + length;
  }
  return found;
}

export function hasExif(bytes: Uint8Array): boolean {
  return segments(bytes).some(({ marker, payload }) => marker === 0xe1 && String.fromCharCode(...payload.subarray(0, 4)) === 'Exif');
}

/** Whether `text` occurs anywhere in `bytes`. */
export function contains(bytes: Uint8Array, text: string): boolean {
  const codes = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + codes.length <= bytes.length; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * `jpeg` with an APP1 Exif segment right after SOI: Orientation (1–8) and a GPS IFD with latitude
 * 48° 51′ 29.6″ N, longitude 2° 17′ 40.2″ E, and a camera make 'GPSCAM'.
 */
export async function withExif(jpeg: Blob, orientation = 1): Promise<Blob> {
  const tiff = new Uint8Array(160);
  const v = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0x00, 0x2a], 0); // big endian TIFF
  v.setUint32(4, 8);
  // IFD0 at 8: Make, Orientation, GPSInfo pointer.
  const entry = (at: number, tag: number, type: number, count: number, value: number, short = false) => {
    v.setUint16(at, tag);
    v.setUint16(at + 2, type);
    v.setUint32(at + 4, count);
    if (short) v.setUint16(at + 8, value);
    else v.setUint32(at + 8, value);
  };
  v.setUint16(8, 3);
  entry(10, 0x010f, 2, 7, 152); // Make → 'GPSCAM\0' at 152
  entry(22, 0x0112, 3, 1, orientation, true);
  entry(34, 0x8825, 4, 1, 50); // GPS IFD at 50
  v.setUint32(46, 0);
  // GPS IFD at 50: four entries.
  v.setUint16(50, 4);
  entry(52, 0x0001, 2, 2, 0);
  tiff.set([0x4e, 0], 60); // 'N'
  entry(64, 0x0002, 5, 3, 104);
  entry(76, 0x0003, 2, 2, 0);
  tiff.set([0x45, 0], 84); // 'E'
  entry(88, 0x0004, 5, 3, 128);
  v.setUint32(100, 0);
  // Rationals: latitude at 104, longitude at 128 (degrees/1, minutes/1, seconds×10/10).
  [48, 1, 51, 1, 296, 10].forEach((n, i) => v.setUint32(104 + i * 4, n));
  [2, 1, 17, 1, 402, 10].forEach((n, i) => v.setUint32(128 + i * 4, n));
  tiff.set([...'GPSCAM\0'].map((c) => c.charCodeAt(0)), 152);
  const header = new Uint8Array([0xff, 0xe1, 0, 0, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  new DataView(header.buffer).setUint16(2, 2 + 6 + tiff.length);
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  // After a JFIF APP0 if the encoder wrote one (Firefox's does), as the JFIF rules want and cameras do:
  // Firefox cannot decode a file whose APP1 comes first.
  const at = bytes[2] === 0xff && bytes[3] === 0xe0 ? 4 + new DataView(bytes.buffer, bytes.byteOffset).getUint16(4) : 2;
  return new Blob([bytes.subarray(0, at), header, tiff, bytes.subarray(at)], { type: 'image/jpeg' });
}
