// Checks that a selfie shows something a face could be, in the oval the person is asked to fill. This is not
// face detection (docs/quality-corpus.md says why none is shipped): it refuses what is certainly not a face — a
// synthetic picture (a camera's test pattern), an empty scene (a blank wall, a ceiling, a dark room) and a
// figure too small for the oval — and proves it on the generated selfie corpus, nothing more.
import { span } from './analyze.js';
import { GUIDE_MARGIN, type Rect } from './guide-region.js';
import type { CheckRegion, SelfieMetrics } from './types.js';

/** Side of the cells the oval's structure is measured on, in analysis pixels: averaging 64 pixels takes sensor noise down 8×. */
const CELL = 8;
/** The oval guide as the step draws it (capture-step.styles.ts: 78 % of the height, 3 : 4, centred): placed on the whole picture when no region says where it is. */
const OVAL_HEIGHT = 0.78;
const OVAL_ASPECT = 3 / 4;
/**
 * A grey level is a field of paint when it holds this many times as many pixels as either neighbouring level: a
 * noiseless drawing of a face compressed at JPEG quality 0.3 has 21 % of its pixels in such levels, the test patterns
 * 86–100 % (at 8 times, that JPEG measured 95 %: docs/quality-corpus.md).
 */
const PAINTED_RATIO = 128;

/** Limits of the selfie checks, tuned on the selfie corpus's tuning set (test/support/selfie-scenes.ts). */
export const SELFIE_LIMITS = {
  /** Above this share of the picture in fields of paint (`PAINTED_RATIO`): not photographed (a test pattern). */
  maxPainted: 0.5,
  /** Below this share of the oval's cells with structure: nothing in the oval (tuning sets: ceilings up to 0.077, faces from 0.15). */
  minDetail: 0.1,
  /** Fewer of the oval's nine sectors with structure: detail in one place only (a lamp, a switch), not a face. */
  minSpread: 4,
  /** Narrower structure in the oval's upper half (share of its width): the figure is too far. */
  minExtent: 0.45,
} as const;

/**
 * The oval guide's box in the pixels of an image of `size` (the frame `region` was measured on, scaled): the guide's
 * own box, or, in a region made without it, the guide's region less its margin.
 */
export function ovalBox(region: CheckRegion, size: { width: number; height: number }): Rect {
  const inset = GUIDE_MARGIN / (1 + 2 * GUIDE_MARGIN);
  const { guide } = region;
  const box = region.target ?? { x: guide.x + guide.width * inset, y: guide.y + guide.height * inset, width: guide.width * (1 - 2 * inset), height: guide.height * (1 - 2 * inset) };
  const sx = size.width / region.frame.width;
  const sy = size.height / region.frame.height;
  return { x: box.x * sx, y: box.y * sy, width: box.width * sx, height: box.height * sy };
}

/** Where the oval is, when the image is the guide's region rather than the whole picture. */
export interface OvalPlacement {
  /** The oval's box, in the image's pixels; it may reach past the image (a letterboxed preview): those parts are not counted. */
  oval: Rect;
  /** The whole frame's area at the image's scale: glare is a share of it, as without a guide. */
  frameArea: number;
}

/**
 * Measures the selfie-only properties of a grey analysis image (`width` × `height`, 0–255 per pixel), in the oval the
 * person is asked to fill: `placement`'s, else one placed on the whole picture as the step draws it on the preview.
 */
export function measureSelfie(grey: Uint8Array, width: number, height: number, placement?: OvalPlacement): SelfieMetrics {
  // Noise: the median difference of horizontal neighbours (most of any photo is smooth), ≈ σ · 0.95 for Gaussian
  // noise; every fourth row is plenty for a median.
  let diffs = 0;
  const diffHistogram = new Uint32Array(256);
  for (let y = 0; y < height; y += 4)
    for (let x = 0, at = y * width; x < width - 1; x++, at++) {
      diffHistogram[Math.abs(grey[at]! - grey[at + 1]!)]!++;
      diffs++;
    }
  let median = 0;
  for (let seen = 0; median < 255 && (seen += diffHistogram[median]!) <= diffs / 2; ) median++;
  const noise = median / 0.95;

  const cw = Math.floor(width / CELL);
  const ch = Math.floor(height / CELL);
  const cells = new Float32Array(cw * ch);
  const blown = new Uint8Array(cw * ch);
  const levels = new Uint32Array(256);
  for (let cy = 0; cy < ch; cy++)
    for (let cx = 0; cx < cw; cx++) {
      let total = 0;
      let white = 0;
      for (let y = cy * CELL; y < (cy + 1) * CELL; y++)
        for (let x = cx * CELL, at = y * width + x; x < (cx + 1) * CELL; x++, at++) {
          const value = grey[at]!;
          total += value;
          levels[value]!++;
          if (value >= 250) white++;
        }
      cells[cy * cw + cx] = total / (CELL * CELL);
      // A blown-out patch as `glare` counts them (8 × 8 blocks ≥ 75 % white), here by luminance.
      if (white >= 0.75 * CELL * CELL) blown[cy * cw + cx] = white;
    }
  // Synthetic: most of the picture in a few exact grey levels with their neighbouring levels all but empty (fields
  // of paint). A camera's noise and light falloff, and JPEG's block steps, spread a field over neighbouring levels;
  // exactly flat 8 × 8 blocks alone prove nothing, a hard-compressed JPEG of a smooth wall has many.
  let painted = 0;
  // Black and white count too (WebKit's fake camera is a black field): a camera's noise reaches the levels beside them.
  for (let level = 0; level < 256; level++)
    if (levels[level]! >= PAINTED_RATIO * Math.max(levels[level - 1] ?? 0, levels[level + 1] ?? 0, 1)) painted += levels[level]!;

  const oval = placement?.oval;
  const ry = oval ? oval.height / 2 / CELL : (OVAL_HEIGHT * ch) / 2;
  const rx = oval ? oval.width / 2 / CELL : Math.min(ry * OVAL_ASPECT, 0.48 * cw);
  const ox = oval ? (oval.x + oval.width / 2) / CELL : cw / 2;
  const oy = oval ? (oval.y + oval.height / 2) / CELL : ch / 2;
  const inOval = (cx: number, cy: number) => ((cx + 0.5 - ox) / rx) ** 2 + ((cy + 0.5 - oy) / ry) ** 2 <= 1;
  let level = 0;
  let count = 0;
  let glare = 0;
  for (let cy = 0; cy < ch; cy++)
    for (let cx = 0; cx < cw; cx++) {
      if (!inOval(cx, cy)) continue;
      glare += blown[cy * cw + cx]!;
      if (cx === 0 || cy === 0 || cx === cw - 1 || cy === ch - 1) continue;
      level += cells[cy * cw + cx]!;
      count++;
    }
  level = count ? level / count : 0;
  // Structure: a change across two cells (16 px) clearly above what the noise left after averaging, and a few
  // per cent of the oval's level, so a dim face counts as a bright one does.
  const limit = Math.max(0.08 * (level + 16), (6 * noise) / CELL + 2);
  const sectors = new Uint32Array(9);
  const sectorCells = new Uint32Array(9);
  const columns = new Uint32Array(cw);
  let structured = 0;
  let upper = 0;
  for (let cy = 1; cy < ch - 1; cy++)
    for (let cx = 1; cx < cw - 1; cx++) {
      if (!inOval(cx, cy)) continue;
      const at = cy * cw + cx;
      const sector = Math.min(2, Math.floor(((cy + 0.5 - (oy - ry)) / (2 * ry)) * 3)) * 3 + Math.min(2, Math.floor(((cx + 0.5 - (ox - rx)) / (2 * rx)) * 3));
      sectorCells[sector]!++;
      const gradient = Math.abs(cells[at + 1]! - cells[at - 1]!) + Math.abs(cells[at + cw]! - cells[at - cw]!);
      if (gradient < limit) continue;
      structured++;
      sectors[sector]!++;
      // The upper half holds the head of a figure that fills the oval; a far one's shoulders, wide whatever the
      // distance, stay below it.
      if (cy + 0.5 < oy) {
        columns[cx]!++;
        upper++;
      }
    }
  let spread = 0;
  for (let s = 0; s < 9; s++) if (sectorCells[s]! && sectors[s]! >= 0.08 * sectorCells[s]!) spread++;
  const [low, high] = span(columns, upper, 0.05);
  return {
    painted: Math.round((painted / Math.max(1, cw * ch * CELL * CELL)) * 1000) / 1000,
    detail: Math.round((count ? structured / count : 0) * 1000) / 1000,
    spread,
    extent: upper ? Math.round(((1 - low + high) / (2 * rx)) * 1000) / 1000 : 0,
    glare: Math.round((glare / (placement?.frameArea ?? width * height)) * 1e5) / 1e5,
  };
}

/** A picture no camera took (a test pattern, a flat colour): nothing else about it is worth saying. */
export function isSynthetic(metrics: SelfieMetrics): boolean {
  return metrics.painted > SELFIE_LIMITS.maxPainted;
}

/** The selfie-only problems of `metrics`: `no_face` or `too_far`, or none. */
export function judgeSelfie(metrics: SelfieMetrics): ('no_face' | 'too_far')[] {
  const { minDetail, minSpread, minExtent } = SELFIE_LIMITS;
  if (isSynthetic(metrics) || metrics.detail < minDetail || metrics.spread < minSpread) return ['no_face'];
  if (metrics.extent < minExtent) return ['too_far'];
  return [];
}
