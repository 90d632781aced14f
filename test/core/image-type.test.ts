import { expect } from '@open-wc/testing';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, checkImage, sniffImage } from '../../src/core/image-type.js';
import { type Bytes, HOSTILE_FILES, JPEG, PNG, pngOfSize, pngWith, WEBP } from '../support/images.js';

const base64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
// Well-known 1 × 1 WebP samples (lossy VP8 and lossless VP8L), as feature tests use them.
const WEBP_LOSSY = base64('UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA');
const WEBP_LOSSLESS = base64('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==');

describe('image type from the bytes (src/core/image-type.ts)', () => {
  const real: [string, Bytes, string][] = [
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a PNG', PNG, 'image/png'],
    ['an extended WebP (VP8X)', WEBP, 'image/webp'],
    ['a lossy WebP (VP8)', WEBP_LOSSY, 'image/webp'],
    ['a lossless WebP (VP8L)', WEBP_LOSSLESS, 'image/webp'],
  ];
  for (const [what, bytes, type] of real) {
    it(`reads ${what} (which Chromium decodes)`, async () => {
      await createImageBitmap(new Blob([bytes]));
      expect(sniffImage(bytes)).to.equal(type);
    });
  }

  it('reads the camera’s JPEG (canvas.toBlob)', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/jpeg', 0.92));
    expect(await checkImage(blob)).to.equal('image/jpeg');
  });

  it('takes FF fill bytes before a marker, as JPEG allows', () => {
    const padded = new Uint8Array([...JPEG.subarray(0, 2), 0xff, 0xff, ...JPEG.subarray(2)]);
    expect(sniffImage(padded)).to.equal('image/jpeg');
  });

  it('ignores the name and the declared type', async () => {
    expect(await checkImage(new File([PNG], 'notes.txt', { type: 'text/plain' }))).to.equal('image/png');
  });

  for (const { what, file, problem } of HOSTILE_FILES) {
    it(`refuses ${what}: ${problem}`, async () => {
      expect(await checkImage(file())).to.equal(problem);
    });
  }

  it('takes 10 MB and 50 megapixels, not a byte or a pixel more', () => {
    expect(sniffImage(pngOfSize(MAX_IMAGE_BYTES))).to.equal('image/png');
    expect(sniffImage(pngOfSize(MAX_IMAGE_BYTES + 1))).to.equal('too_large');
    expect(sniffImage(pngWith({ width: 10_000, height: MAX_IMAGE_PIXELS / 10_000 }))).to.equal('image/png');
    expect(sniffImage(pngWith({ width: 10_000, height: MAX_IMAGE_PIXELS / 10_000 + 1 }))).to.equal('too_many_pixels');
    expect(sniffImage(pngWith({ width: 0, height: 2 }))).to.equal('corrupt');
  });

  it('never throws on random bytes after a signature', () => {
    const signatures = [JPEG.subarray(0, 3), PNG.subarray(0, 16), WEBP.subarray(0, 16)];
    let tried = 0;
    for (const signature of signatures) {
      for (let length = 0; length < 64; length++) {
        const bytes = new Uint8Array(signature.length + length);
        bytes.set(signature);
        crypto.getRandomValues(bytes.subarray(signature.length));
        expect(() => sniffImage(bytes)).not.to.throw();
        tried++;
      }
    }
    expect(tried).to.equal(192);
  });
});
