// The pixel maps the document search reads (detect.ts): the image shrunk to the search's size as integer box
// sums, its colour edges, the luminance and its histogram, and the print map's runs of edges per cell.

/** A colour step of at least this much (per channel, over two pixels) is an edge. */
const EDGE_STEP = 10;

/** Box sums of `rgba`'s R, G and B over `factor` × `factor` blocks (the image at 1/`factor` of its size), as integers. */
export function shrink(rgba: Uint8ClampedArray, width: number, height: number, factor: number): { rgb: Int32Array; w: number; h: number } {
  const w = Math.max(1, Math.floor(width / factor));
  const h = Math.max(1, Math.floor(height / factor));
  const rgb = new Int32Array(w * h * 3);
  const stride = width * 4;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0, row = y * factor * stride + x * factor * 4; dy < factor; dy++, row += stride)
        for (let dx = 0, at = row; dx < factor; dx++, at += 4) {
          r += rgba[at]!;
          g += rgba[at + 1]!;
          b += rgba[at + 2]!;
        }
      const o = (y * w + x) * 3;
      rgb[o] = r;
      rgb[o + 1] = g;
      rgb[o + 2] = b;
    }
  return { rgb, w, h };
}

/**
 * Edge maps of the small image (`rgb`: box sums of `factor` × `factor` pixels): `across[p]` when the colour steps
 * along y at p or a pixel above or below it (lines running across x meet it within a pixel), `down[p]` likewise along
 * x. A step is judged between the boxes' averages as float32 values, as when the small image was stored that way: two
 * sums `lower` ≤ `upper` are an edge when `upper` ≥ `edgeFrom[lower]`, a table over every possible sum.
 */
export function edgeMaps(rgb: Int32Array, w: number, h: number, factor: number): { across: Uint8Array; down: Uint8Array } {
  const largest = 255 * factor * factor;
  const average = new Float32Array(largest + 1);
  for (let sum = 0; sum <= largest; sum++) average[sum] = sum * (1 / (factor * factor));
  const edgeFrom = new Int32Array(largest + 1);
  for (let lower = 0, upper = 0; lower <= largest; lower++) {
    upper = Math.max(upper, lower);
    while (upper <= largest && average[upper]! - average[lower]! < EDGE_STEP) upper++;
    edgeFrom[lower] = upper;
  }
  const step = (a: number, b: number) => {
    const x = rgb[a]!;
    const y = rgb[b]!;
    return x < y ? y >= edgeFrom[x]! : x >= edgeFrom[y]!;
  };
  const stepY = new Uint8Array(w * h);
  const stepX = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      const up = (p - w) * 3;
      const down = (p + w) * 3;
      const left = (p - 1) * 3;
      const right = (p + 1) * 3;
      stepY[p] = step(up, down) || step(up + 1, down + 1) || step(up + 2, down + 2) ? 1 : 0;
      stepX[p] = step(left, right) || step(left + 1, right + 1) || step(left + 2, right + 2) ? 1 : 0;
    }
  const across = new Uint8Array(w * h);
  const down = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      across[p] = stepY[p - w]! | stepY[p]! | stepY[p + w]!;
      down[p] = stepX[p - 1]! | stepX[p]! | stepX[p + 1]!;
    }
  return { across, down };
}

/** The luminance of each pixel of `rgba` and its histogram, as `measure()` computes them (analyze.ts). */
export function luminanceOf(rgba: Uint8ClampedArray, pixels: number): { grey: Uint8Array; histogram: Uint32Array } {
  const grey = new Uint8Array(pixels);
  const histogram = new Uint32Array(256);
  for (let p = 0, i = 0; p < pixels; p++, i += 4) {
    const y = (77 * rgba[i]! + 150 * rgba[i + 1]! + 29 * rgba[i + 2]!) >> 8;
    grey[p] = y;
    histogram[y]!++;
  }
  return { grey, histogram };
}

/**
 * Edge runs of each `span` × `span` cell of `grey` (`cw` × `ch` cells from the top left): `across[cell]` counts, over
 * the cell's rows, the runs of pixels whose neighbours left and right differ by `threshold` or more; `down[cell]`
 * likewise over its columns (neighbours above and below). A run starts anew at the cell's border. Row by row in
 * memory order: a column's run is carried from one row to the next in `above`. Pixels on the image's border are never
 * edges (they lack a neighbour).
 */
export function edgeRuns(grey: Uint8Array, width: number, height: number, span: number, cw: number, ch: number, threshold: number): { across: Int32Array; down: Int32Array } {
  const across = new Int32Array(cw * ch);
  const down = new Int32Array(cw * ch);
  // The levels are integers: `≥ threshold` is `≥ its ceiling`.
  const step = Math.ceil(threshold);
  const above = new Uint8Array(cw * span);
  const lastX = Math.min(cw * span, width - 1);
  for (let y = 0; y < ch * span; y++) {
    const cellRow = Math.floor(y / span) * cw;
    const at0 = y * width;
    for (let cx = 0; cx < cw; cx++) {
      let runs = 0;
      let inRow = 0;
      for (let x = Math.max(1, cx * span), at = at0 + x, end = Math.min(cx * span + span, lastX); x < end; x++, at++) {
        const d = grey[at + 1]! - grey[at - 1]!;
        const edge = d >= step || -d >= step ? 1 : 0;
        runs += edge & (inRow ^ 1);
        inRow = edge;
      }
      across[cellRow + cx]! += runs;
    }
    if (y === 0 || y >= height - 1) continue;
    if (y % span === 0) above.fill(0);
    for (let cx = 0; cx < cw; cx++) {
      let runs = 0;
      for (let x = cx * span, at = at0 + x, end = x + span; x < end; x++, at++) {
        const d = grey[at + width]! - grey[at - width]!;
        const edge = d >= step || -d >= step ? 1 : 0;
        runs += edge & (above[x]! ^ 1);
        above[x] = edge;
      }
      down[cellRow + cx]! += runs;
    }
  }
  return { across, down };
}
