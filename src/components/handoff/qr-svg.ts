import { encode } from 'uqr';

/**
 * The dark modules of a QR code of `text` as one SVG path (one rectangle per run of dark modules in a row), in a
 * square of `size` modules including a 4-module quiet zone, the margin scanners need.
 */
export function qrPath(text: string): { path: string; size: number } {
  // Medium error correction: a phone screen or a printout with some glare still scans.
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    // One rectangle per run of dark modules in a row: a few hundred instead of a thousand.
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x + 1 - start}v1h${start - x - 1}z`;
    }
  });
  return { path, size };
}
