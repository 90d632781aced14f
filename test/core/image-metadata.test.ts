import { expect } from '@open-wc/testing';
import { sniffImage } from '../../src/core/image-type.js';
import { concatBytes as concat, stripImageMetadata, withoutMetadata } from '../../src/core/image-metadata.js';
import { JPEG, PNG, WEBP, type Bytes } from '../support/images.js';

const ascii = (value: string): Bytes => Uint8Array.from(value, (char) => char.charCodeAt(0));
/** What must not leave the device: each fixture hides one of these. */
const PRIVATE = ['GPS 48.8584N 2.2945E', 'Jenny-Rosen-phone', 'taken 2026-11-30', 'trailer-video'];
const leaks = (bytes: Uint8Array): string[] => {
  const decoded = String.fromCharCode(...bytes);
  return PRIVATE.filter((secret) => decoded.includes(secret));
};

/** A JPEG segment: marker, 16-bit big-endian length, payload. */
function segment(marker: number, payload: Uint8Array): Uint8Array {
  const header = new Uint8Array([0xff, marker, 0, 0]);
  new DataView(header.buffer).setUint16(2, payload.length + 2);
  return concat(header, payload);
}
/** A PNG chunk (the CRC left at zero: decoders skip ancillary chunks' CRC errors, and this one is dropped anyway). */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const header = new Uint8Array(8);
  new DataView(header.buffer).setUint32(0, data.length);
  header.set(ascii(type), 4);
  return concat(header, data, new Uint8Array(4));
}
function webpChunk(type: string, data: Uint8Array): Uint8Array {
  const header = new Uint8Array(8);
  header.set(ascii(type));
  new DataView(header.buffer).setUint32(4, data.length, true);
  return concat(header, data, new Uint8Array(data.length % 2));
}

// The JPEG of test/support with EXIF (APP1), XMP (APP1), IPTC (APP13) and a comment before its frame, and a trailer after EOI.
const JPEG_WITH_METADATA = concat(
  JPEG.subarray(0, 2),
  segment(0xe1, concat(ascii('Exif\0\0'), ascii(PRIVATE[0]!))),
  segment(0xe1, ascii(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${PRIVATE[1]}</x:xmpmeta>`)),
  segment(0xed, ascii(`Photoshop 3.0\0${PRIVATE[2]}`)),
  JPEG.subarray(2, -2),
  segment(0xfe, ascii(PRIVATE[1]!)),
  JPEG.subarray(-2),
  ascii(PRIVATE[3]!),
);
const PNG_WITH_METADATA = concat(
  PNG.subarray(0, 33),
  pngChunk('tEXt', ascii(`Comment\0${PRIVATE[0]}`)),
  pngChunk('iTXt', ascii(`Author\0\0\0\0\0${PRIVATE[1]}`)),
  pngChunk('eXIf', ascii(`MM\0*${PRIVATE[2]}`)),
  PNG.subarray(33),
  ascii(PRIVATE[3]!),
);
function webpWithMetadata(): Bytes {
  const chunks = concat(WEBP.subarray(12), webpChunk('EXIF', ascii(`MM\0*${PRIVATE[0]}`)), webpChunk('XMP ', ascii(PRIVATE[1]!)));
  const bytes = concat(WEBP.subarray(0, 12), chunks);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, bytes.length - 8, true);
  bytes[20] = bytes[20]! | 0x0c;
  return bytes;
}

async function sizeOf(bytes: Uint8Array, type: string): Promise<[number, number]> {
  const bitmap = await createImageBitmap(new Blob([bytes as Bytes], { type }));
  return [bitmap.width, bitmap.height];
}

describe('image metadata removed without decoding (src/core/image-metadata.ts)', () => {
  const cases: [string, Bytes, string][] = [
    ['a JPEG: EXIF, XMP, IPTC, a comment and a trailer', JPEG_WITH_METADATA, 'image/jpeg'],
    ['a PNG: tEXt, iTXt, eXIf and bytes after IEND', PNG_WITH_METADATA, 'image/png'],
    ['a WebP: EXIF and XMP chunks, and their VP8X flags', webpWithMetadata(), 'image/webp'],
  ];
  for (const [what, bytes, type] of cases) {
    it(`strips ${what}; the picture stays the same`, async () => {
      expect(leaks(bytes), 'the fixture holds metadata').to.have.length.above(0);
      expect(sniffImage(bytes)).to.equal(type);
      const stripped = stripImageMetadata(bytes)!;
      expect(stripped).to.not.equal(null);
      expect(leaks(stripped)).to.deep.equal([]);
      expect(sniffImage(stripped)).to.equal(type);
      expect(await sizeOf(stripped, type)).to.deep.equal(await sizeOf(bytes, type));
      const blob = (await withoutMetadata(new Blob([bytes])))!;
      expect(blob.type).to.equal(type);
      expect(new Uint8Array(await blob.arrayBuffer())).to.deep.equal(stripped);
    });
  }

  it('clears the WebP flags of what it removed and keeps the RIFF size right', () => {
    const stripped = stripImageMetadata(webpWithMetadata())!;
    expect(stripped[20]! & 0x0c).to.equal(0);
    expect(new DataView(stripped.buffer).getUint32(4, true)).to.equal(stripped.length - 8);
  });

  it('keeps a JPEG’s JFIF header and its scan whole', () => {
    const stripped = stripImageMetadata(JPEG_WITH_METADATA)!;
    expect(String.fromCharCode(...stripped.subarray(6, 10))).to.equal('JFIF');
    expect([...stripped.subarray(-2)]).to.deep.equal([0xff, 0xd9]);
  });

  it('refuses what it cannot walk to the end: it is then not sent as it is', async () => {
    const webpPastTheEnd = concat(WEBP, webpChunk('EXIF', ascii(PRIVATE[0]!)));
    const view = new DataView(webpPastTheEnd.buffer);
    view.setUint32(4, webpPastTheEnd.length - 8, true);
    view.setUint32(WEBP.length + 4, 1_000_000, true);
    expect(sniffImage(webpPastTheEnd), 'the sniffer takes it').to.equal('image/webp');
    for (const bytes of [JPEG_WITH_METADATA.subarray(0, 200), PNG_WITH_METADATA.subarray(0, 60), webpPastTheEnd, ascii('GIF89a not an image'), new Uint8Array()]) {
      expect(stripImageMetadata(bytes), String.fromCharCode(...bytes.subarray(0, 12))).to.equal(null);
    }
    expect(await withoutMetadata(new Blob([ascii('plain text')]))).to.equal(null);
  });
});
