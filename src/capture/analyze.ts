// The quality checks themselves: pure functions over RGBA pixels, no DOM, so the Worker and the
// main-thread fallback run exactly the same code and tests can feed them any pixels.
import { QUALITY_PROBLEMS, type ImageKind, type QualityMetrics, type QualityProblem, type QualityThresholds } from './types.js';

/** Photos are analysed at this many pixels on the long side (scaled up or down), so one set of thresholds fits camera frames and files of any size. */
export const ANALYSIS_LONG_SIDE = 960;
const TILE = 32;
/** Share of tiles (the sharpest) whose Laplacian variance makes `sharpness`. */
const SHARP_TILES = 0.1;
/** A pixel is an edge when its gradient (|dx| + |dy| after the contrast stretch) is at least this. */
const EDGE = 48;
/** Share of edge pixels trimmed on each side when bounding the subject (stray edges at the frame's border). */
const EDGE_TRIM = 0.03;
const SIGNATURE = 16;
const GLARE_BLOCK = 8;
/** A block is part of a glare patch when at least this share of its pixels is saturated. */
const GLARE_BLOCK_SHARE = 0.75;
/** Share of tiles (the flattest) whose Laplacian variance estimates sensor noise, subtracted from `sharpness`. */
const NOISE_TILES = 0.25;

/**
 * Limits per kind, tuned on generated photos (test/support/scenes.ts; what they measured is in
 * docs/engine-notes.md): a document needs crisp small print, a face has softer detail.
 */
export const THRESHOLDS = {
  document: {
    // A card blurred 2 px passes (noisy or low-contrast too), one blurred 3 px fails.
    minSharpness: 650,
    // Print measures 0.32–0.50 in every direction; a camera shaken by 16 px or more, 0.02–0.16.
    minBalance: 0.22,
    // A reflection of radius 3 % of the width measures 0.0017, 4.5 % 0.0042; white print none.
    maxGlare: 0.002,
    // The corpus's good photos have their 99th percentile at 134 or more (low light ×0.6), dark ones at 66 or less.
    minHighLevel: 100,
    // Good photos clip at most 3 % of the document's bounds (a white desk's glint), overexposed ones 3.5–80 %
    // (the lightly clipped ones show as glare).
    maxClipped: 0.1,
    minLongSide: 960,
    minShortSide: 540,
    // A card half the frame's width passes, 40 % fails (in a portrait frame: of the largest card that fits).
    minFill: 0.2,
    findDocument: true,
  },
  selfie: {
    // A face blurred 1.5 px passes, 2 px fails.
    minSharpness: 110,
    // Not checked: a face has too little fine detail to compare directions reliably.
    minBalance: 0,
    // A reflection of radius 3 % of the width passes, 6 % fails; eyes and teeth stay far below.
    maxGlare: 0.0035,
    minHighLevel: 100,
    maxClipped: 0.1,
    minLongSide: 480,
    minShortSide: 360,
    // Not checked: a face's edges are too soft to bound cheaply; the oval guide places it.
    minFill: 0,
    // Not looked for: the oval guide frames a face, and a face has no edges to find.
    findDocument: false,
  },
} as const satisfies Record<ImageKind, QualityThresholds>;

/** Width and height of the analysis image for a `width` × `height` photo. */
export function analysisSize(width: number, height: number): { width: number; height: number } {
  const scale = ANALYSIS_LONG_SIDE / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function percentile(histogram: Uint32Array, total: number, share: number): number {
  const target = total * share;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (seen > target) return level;
  }
  return 255;
}

/** Lowest and highest index that keep all but `trim` of `counts`' total on each side. */
export function span(counts: Uint32Array, total: number, trim: number): [low: number, high: number] {
  const cut = total * trim;
  let low = 0;
  for (let seen = 0; low < counts.length - 1 && (seen += counts[low]!) <= cut; ) low++;
  let high = counts.length - 1;
  for (let seen = 0; high > low && (seen += counts[high]!) <= cut; ) high--;
  return [low, high];
}

/**
 * Measures an RGBA image (the analysis image, `analysisSize` of the photo). `width`/`height` in the
 * result are `original`'s: the size of the photo before it was scaled for analysis. `blank`: every
 * pixel is fully transparent (a copy of a video taken before it had a picture; see `blank_frame`). `grey`: the
 * luminance of each pixel, for the selfie checks; `histogram`: of `grey`, for the document search.
 */
export function measure(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  original = { width, height },
): { metrics: QualityMetrics; signature: Uint8Array; blank: boolean; grey: Uint8Array; histogram: Uint32Array } {
  const pixels = width * height;
  const grey = new Uint8Array(pixels);
  const histogram = new Uint32Array(256);
  // Saturated pixels counted per 8 × 8 block: glare is a blown-out patch, not thin white print.
  const blocksX = Math.ceil(width / GLARE_BLOCK);
  const blockSaturated = new Uint16Array(blocksX * Math.ceil(height / GLARE_BLOCK));
  let saturated = 0;
  let sum = 0;
  // Every alpha OR-ed together: 0 only when the whole image is transparent, at one operation a pixel.
  let alpha = 0;
  for (let i = 0, p = 0; p < pixels; i += 4, p++) {
    alpha |= rgba[i + 3]!;
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    const y = (77 * r + 150 * g + 29 * b) >> 8;
    grey[p] = y;
    histogram[y]!++;
    sum += y;
    if (r >= 250 && g >= 250 && b >= 250) {
      saturated++;
      const x = p % width;
      blockSaturated[((p - x) / width / GLARE_BLOCK | 0) * blocksX + ((x / GLARE_BLOCK) | 0)]!++;
    }
  }
  let glare = 0;
  for (const count of blockSaturated) if (count >= GLARE_BLOCK_SHARE * GLARE_BLOCK * GLARE_BLOCK) glare += count;
  const low = percentile(histogram, pixels, 0.01);
  const high = percentile(histogram, pixels, 0.99);
  // The contrast stretch makes sharpness and edges independent of exposure and contrast, capped so
  // a flat image's noise is not blown up into detail.
  const gain = Math.min(4, 255 / Math.max(1, high - low));

  const tilesX = Math.max(1, Math.floor((width - 2) / TILE));
  const tilesY = Math.max(1, Math.floor((height - 2) / TILE));
  const tileSum = new Float64Array(tilesX * tilesY);
  const tileSquares = new Float64Array(tilesX * tilesY);
  // Second derivatives along x, y and both diagonals, apart: a shaken camera smears one direction.
  const tileDirections = new Float64Array(tilesX * tilesY * 4);
  const tileCount = new Uint32Array(tilesX * tilesY);
  const columns = new Uint32Array(width);
  const rows = new Uint32Array(height);
  const edgeLimit = EDGE / gain;
  let edges = 0;
  for (let y = 1; y < height - 1; y++) {
    const tileRow = Math.min(tilesY - 1, Math.floor((y - 1) / TILE)) * tilesX;
    let rowEdges = 0;
    // One run of pixels per tile, its sums kept in locals and added to the tile's once: a typed-array update per
    // pixel and sum cost as much again as the arithmetic.
    for (let tx = 0; tx < tilesX; tx++) {
      const x0 = 1 + tx * TILE;
      const x1 = tx === tilesX - 1 ? width - 1 : x0 + TILE;
      let sum = 0;
      let squares = 0;
      let xx = 0;
      let yy = 0;
      let d1 = 0;
      let d2 = 0;
      // The 3 × 3 neighbourhood slides along the row: three new pixels read per pixel, not eight.
      let at = y * width + x0;
      let upLeft = grey[at - width - 1]!;
      let up = grey[at - width]!;
      let left = grey[at - 1]!;
      let c = grey[at]!;
      let downLeft = grey[at + width - 1]!;
      let down = grey[at + width]!;
      for (let x = x0; x < x1; x++, at++) {
        const upRight = grey[at - width + 1]!;
        const right = grey[at + 1]!;
        const downRight = grey[at + width + 1]!;
        const dxx = 2 * c - left - right;
        const dyy = 2 * c - up - down;
        const dd1 = 2 * c - upLeft - downRight;
        const dd2 = 2 * c - upRight - downLeft;
        const laplacian = dxx + dyy;
        sum += laplacian;
        squares += laplacian * laplacian;
        xx += dxx * dxx;
        yy += dyy * dyy;
        d1 += dd1 * dd1;
        d2 += dd2 * dd2;
        if (Math.abs(right - left) + Math.abs(down - up) >= edgeLimit) {
          columns[x]!++;
          rowEdges++;
        }
        upLeft = up;
        up = upRight;
        left = c;
        c = right;
        downLeft = down;
        down = downRight;
      }
      const tile = tileRow + tx;
      tileSum[tile]! += sum;
      tileSquares[tile]! += squares;
      tileDirections[tile * 4]! += xx;
      tileDirections[tile * 4 + 1]! += yy;
      tileDirections[tile * 4 + 2]! += d1;
      tileDirections[tile * 4 + 3]! += d2;
      tileCount[tile]! += Math.max(0, x1 - x0);
    }
    rows[y] = rowEdges;
    edges += rowEdges;
  }
  const variances: { tile: number; variance: number }[] = [];
  for (let t = 0; t < tileCount.length; t++) {
    const n = tileCount[t]!;
    if (!n) continue;
    const mean = tileSum[t]! / n;
    variances.push({ tile: t, variance: tileSquares[t]! / n - mean * mean });
  }
  variances.sort((a, b) => b.variance - a.variance);
  const top = Math.max(1, Math.round(variances.length * SHARP_TILES));
  const flat = Math.max(1, Math.round(variances.length * NOISE_TILES));
  let topSum = 0;
  const along = [0, 0, 0, 0];
  for (let t = 0; t < top && t < variances.length; t++) {
    const { tile, variance } = variances[t]!;
    topSum += variance;
    for (let d = 0; d < 4; d++) along[d]! += tileDirections[tile * 4 + d]!;
  }
  let flatSum = 0;
  for (let t = Math.max(0, variances.length - flat); t < variances.length; t++) flatSum += variances[t]!.variance;
  // Sensor noise looks like fine detail to a Laplacian: what the flattest tiles (card background,
  // table, wall) show of it is taken off, so a blurred photo from a noisy camera stays blurred.
  const sharpness = Math.max(0, topSum / top - flatSum / flat) * gain * gain;

  // Fewer edges than a thin outline: nothing in the frame to bound.
  const found = edges >= pixels * 0.002;
  const [first, last] = found ? span(columns, edges, EDGE_TRIM) : [0, width - 1];
  const [upper, lower] = found ? span(rows, edges, EDGE_TRIM) : [0, height - 1];
  const fill = found ? ((last - first + 1) * (lower - upper + 1)) / pixels : 0;
  // Clipped white within the subject's bounds (whole blocks inside it): a light page keeps its print and
  // texture below white; an overexposed one loses them. A white desk around the document does not count.
  let clippedInside = 0;
  let blocksInside = 0;
  for (let by = Math.ceil(upper / GLARE_BLOCK); (by + 1) * GLARE_BLOCK - 1 <= lower; by++)
    for (let bx = Math.ceil(first / GLARE_BLOCK); (bx + 1) * GLARE_BLOCK - 1 <= last; bx++) {
      clippedInside += blockSaturated[by * blocksX + bx]!;
      blocksInside++;
    }
  const clipped = blocksInside ? clippedInside / (blocksInside * GLARE_BLOCK * GLARE_BLOCK) : saturated / pixels;

  const signature = new Uint8Array(SIGNATURE * SIGNATURE);
  for (let sy = 0; sy < SIGNATURE; sy++) {
    const y0 = Math.floor((sy * height) / SIGNATURE);
    const y1 = Math.max(y0 + 1, Math.floor(((sy + 1) * height) / SIGNATURE));
    for (let sx = 0; sx < SIGNATURE; sx++) {
      const x0 = Math.floor((sx * width) / SIGNATURE);
      const x1 = Math.max(x0 + 1, Math.floor(((sx + 1) * width) / SIGNATURE));
      let total = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) total += grey[y * width + x]!;
      signature[sy * SIGNATURE + sx] = Math.round(total / ((y1 - y0) * (x1 - x0)));
    }
  }

  return {
    metrics: {
      width: original.width,
      height: original.height,
      sharpness: Math.round(sharpness * 10) / 10,
      brightness: Math.round((sum / pixels) * 10) / 10,
      darkLevel: percentile(histogram, pixels, 0.05),
      lightLevel: percentile(histogram, pixels, 0.95),
      glare: Math.round((glare / pixels) * 1e5) / 1e5,
      saturation: Math.round((saturated / pixels) * 1e5) / 1e5,
      clipped: Math.round(clipped * 1e5) / 1e5,
      highLevel: high,
      balance: Math.round((Math.min(...along) / Math.max(1, ...along)) * 1000) / 1000,
      fill: Math.round(fill * 1000) / 1000,
    },
    signature,
    blank: alpha === 0,
    grey,
    histogram,
  };
}

/**
 * The problems of `metrics` for a photo of `kind`, most urgent first. `analysed`: the shape of the region measured
 * (the guide's, for a camera frame), when not the whole photo.
 */
export function judge(metrics: QualityMetrics, thresholds: QualityThresholds, analysed: { width: number; height: number } = metrics): QualityProblem[] {
  const found = new Set<QualityProblem>();
  const bright = metrics.clipped > thresholds.maxClipped;
  if (metrics.highLevel < thresholds.minHighLevel) found.add('dark');
  if (bright) found.add('bright');
  const blurry = metrics.sharpness < thresholds.minSharpness || metrics.balance < thresholds.minBalance;
  // A landscape document cannot fill a portrait frame: fill is judged against the largest one that fits.
  const room = analysed.height > analysed.width ? Math.min(1, analysed.width / (1.5 * analysed.height)) : 1;
  // Blur wipes out the edges `fill` counts: a blurred close-up is blurred, not far ("move closer" would make it worse).
  const tooFar = !blurry && metrics.fill < thresholds.minFill * room;
  if (tooFar) found.add('too_far');
  // Blur, darkness and overexposure wipe out the print and edges the search needs: those are named instead.
  const state = thresholds.findDocument && !blurry && !bright && !found.has('dark') ? metrics.document?.state : undefined;
  if (state === 'none' && !tooFar) found.add('no_document');
  if (state === 'cut_off') found.add('cut_off');
  // An overexposed photo is clipped all over: that is 'bright', not a reflection to tilt away.
  if (!bright && metrics.glare > thresholds.maxGlare) found.add('glare');
  if (blurry) found.add('blurry');
  const long = Math.max(metrics.width, metrics.height);
  const short = Math.min(metrics.width, metrics.height);
  if (long < thresholds.minLongSide || short < thresholds.minShortSide) found.add('low_resolution');
  return QUALITY_PROBLEMS.filter((problem) => found.has(problem));
}

/** Mean absolute difference of two signatures, 0 (same) to 1 (black to white): how much moved between two frames. */
export function frameDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length || !a.length) return 1;
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i]! - b[i]!);
  return total / (a.length * 255);
}
