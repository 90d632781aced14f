/** The kit's test files: a real 3 × 2 PNG, and variants of it built with valid CRCs so a decoder takes them whole. */
import { concatBytes as concat } from '../core/image-metadata.js';

type Bytes = Uint8Array<ArrayBuffer>;

const base64 = (text: string): Bytes => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
const ascii = (text: string): Bytes => Uint8Array.from(text, (char) => char.charCodeAt(0));

export const PNG = base64('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWI6Y2z8H4aZGJAAAAAA///qnsSoAAAABklEQVQDAH+1BpjuJVuvAAAAAElFTkSuQmCC');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Bytes {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The PNG padded to exactly `size` bytes with a private ancillary chunk (which decoders skip). */
export function pngOfSize(size: number): Bytes {
  return concat(PNG.subarray(0, 33), chunk('paDd', new Uint8Array(size - PNG.length - 12)), PNG.subarray(33));
}

/** The PNG with its header saying `width` × `height` (the pixel data stays 3 × 2: a size check must come first). */
export function pngSaying(width: number, height: number): Bytes {
  const header = PNG.slice(8, 33);
  const view = new DataView(header.buffer);
  view.setUint32(8, width);
  view.setUint32(12, height);
  view.setUint32(21, crc32(header.subarray(4, 21)));
  return concat(PNG.subarray(0, 8), header, PNG.subarray(33));
}

export const TEXT_AS_JPEG = ascii('This is a text file with a .jpg name, not a photo of a document.\n');
