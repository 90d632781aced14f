// Finding the document in the analysed region: a block of print, and straight edges around it on all four sides.
// No vision library: a print map on a coarse grid, then, per side, the straight line nearest to the print that runs
// along an edge of colour (an axis-aligned search within ±18°, enough for tilt and perspective). How it was tuned
// and what it cannot tell apart: docs/quality-corpus.md.

import { edgeMaps, edgeRuns, luminanceOf, shrink } from './detect-maps.js';

/**
 * - `whole`: print with an edge on every side, all within the region (three sides suffice when the fourth is far
 *   from the region's border: a faint edge, a pale page on a white desk).
 * - `cut_off`: print runs to the region's border, or a side's edge is missing near it, or a corner lies outside.
 * - `none`: no block of print, or print without straight edges around it (a face, a wall, a test pattern).
 */
export type DocumentState = 'whole' | 'cut_off' | 'none';

export interface DocumentFinding {
  state: DocumentState;
  /** The document's corners as shares of the region (top left, top right, bottom right, bottom left) when `whole` with four edges, else null. */
  corners: [number, number][] | null;
  /** Share of the region inside `corners`, 0 without them. */
  area: number;
}

/** The analysis image is scaled down to about this many pixels on its long side for the search. */
const DETECT_LONG_SIDE = 320;
const CELL = 8;
/** A cell is print when its rows and columns cross this many edges each on average (a straight line or a corner: at most about 1). */
const PRINT_RUNS = 1.05;
/** …and at least this many along rows, and along columns. */
const PRINT_RUNS_EACH = 0.5;
/**
 * Print cells this many cells apart across and down belong to one block: a document's lines of print lie further
 * apart down (title band, fields, MRZ) than its words across.
 */
const JOIN_X = 3;
const JOIN_Y = 5;
/** The print block must cover at least this share of the region's cells. */
const MIN_PRINT_SHARE = 0.02;
const MAX_ANGLE = 18;
const ANGLE_STEP = 1.5;
/** Share of a side's samples that must lie on an edge of colour. */
const MIN_COVERAGE = 0.55;
/** A missing edge means the document runs on past the border when print comes this close to it (share of the region). */
const NEAR_BORDER = 0.05;
/**
 * Identity documents are 1.42 (a passport page) to 1.59 (a card) times as wide as tall, whatever the perspective
 * (it narrows one side and shortens the others alike). Four edges further from that than `MAX_ASPECT` are not the
 * document's: one of them is print or the picture's border, and the document runs on past it. Three edges with less
 * room beyond them than `MIN_ASPECT` needs: the fourth lies past the border. (An upright card needs less than
 * `UPRIGHT_ASPECT` of its height: with that little room it may be whole.)
 */
const MAX_ASPECT = 1.85;
/** How far (pixels of the small image) a corner may lie beyond the region: half a side of 200 px off by ANGLE_STEP. */
const CORNER_SLACK = 3;
const MIN_ASPECT = 1.3;
const UPRIGHT_ASPECT = 0.8;

interface Side {
  /** The line, as y = offset + (x − centre) · slope for top and bottom, x = offset + (y − centre) · slope for left and right. */
  offset: number;
  slope: number;
}

/**
 * Finds the document in an RGBA image (the analysed region). `edgeToEdge`: the picture may be the document itself
 * (a scan, a cropped photo): print close to every border with no edge anywhere is then the whole document.
 * `measured`: the image's luminance and its histogram when already computed (`measure()`'s), else computed here.
 */
export function findDocument(rgba: Uint8ClampedArray, width: number, height: number, edgeToEdge = false, measured?: { grey: Uint8Array; histogram: Uint32Array }): DocumentFinding {
  const none: DocumentFinding = { state: 'none', corners: null, area: 0 };
  const factor = Math.max(1, Math.round(Math.max(width, height) / DETECT_LONG_SIDE));
  const { rgb, w, h } = shrink(rgba, width, height, factor);
  if (w < 3 * CELL || h < 3 * CELL) return none;
  const { across: edgeAcross, down: edgeDown } = edgeMaps(rgb, w, h, factor);

  // Print is judged at the analysis image's own resolution (small print blurs away when shrunk), against the
  // picture's own contrast.
  const { grey, histogram } = measured ?? luminanceOf(rgba, width * height);
  const level = (share: number) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) if ((seen += histogram[v]!) > share * width * height) return v;
    return 255;
  };
  const threshold = Math.max(12, 0.18 * (level(0.99) - level(0.01)));

  // Print map: cells whose rows and columns cross many edges (text), unlike a line, a corner or a smooth surface.
  const cw = Math.floor(w / CELL);
  const ch = Math.floor(h / CELL);
  const span = CELL * factor;
  const runs = edgeRuns(grey, width, height, span, cw, ch, threshold);
  const rawPrint = new Uint8Array(cw * ch);
  for (let cell = 0; cell < cw * ch; cell++) {
    const across = runs.across[cell]!;
    const down = runs.down[cell]!;
    // Letters have strokes both ways; a straight line, a corner or wood grain crosses about one edge per row or column.
    rawPrint[cell] = across + down >= PRINT_RUNS * 2 * span && Math.min(across, down) >= PRINT_RUNS_EACH * span ? 1 : 0;
  }

  // Lone cells are not print: a corner of a checked cloth, a knot in wood. Print comes in lines of cells.
  const print = new Uint8Array(cw * ch);
  for (let cy = 0; cy < ch; cy++)
    for (let cx = 0; cx < cw; cx++) {
      if (!rawPrint[cy * cw + cx]) continue;
      let neighbours = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if ((dx || dy) && nx >= 0 && ny >= 0 && nx < cw && ny < ch) neighbours += rawPrint[ny * cw + nx]!;
        }
      print[cy * cw + cx] = neighbours >= 2 ? 1 : 0;
    }

  // The largest block of print, words and lines joined into blocks (see JOIN_X, JOIN_Y).
  const label = new Int32Array(cw * ch).fill(-1);
  let best: number[] = [];
  for (let start = 0; start < print.length; start++) {
    if (!print[start] || label[start]! >= 0) continue;
    const members: number[] = [];
    const stack = [start];
    label[start] = start;
    while (stack.length) {
      const cell = stack.pop()!;
      members.push(cell);
      const x = cell % cw;
      const y = (cell - x) / cw;
      for (let dy = -JOIN_Y; dy <= JOIN_Y; dy++)
        for (let dx = -JOIN_X; dx <= JOIN_X; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= cw || ny >= ch) continue;
          const next = ny * cw + nx;
          if (print[next] && label[next]! < 0) {
            label[next] = start;
            stack.push(next);
          }
        }
    }
    if (members.length > best.length) best = members;
  }
  if (best.length < Math.max(6, MIN_PRINT_SHARE * cw * ch)) return none;

  // The block's extent per column and per row, in pixels of the small image.
  const top = new Float32Array(w).fill(Infinity);
  const bottom = new Float32Array(w).fill(-Infinity);
  const left = new Float32Array(h).fill(Infinity);
  const right = new Float32Array(h).fill(-Infinity);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const cell of best) {
    const x0 = (cell % cw) * CELL;
    const y0 = Math.floor(cell / cw) * CELL;
    for (let x = x0; x < x0 + CELL; x++) {
      top[x] = Math.min(top[x]!, y0);
      bottom[x] = Math.max(bottom[x]!, y0 + CELL - 1);
    }
    for (let y = y0; y < y0 + CELL; y++) {
      left[y] = Math.min(left[y]!, x0);
      right[y] = Math.max(right[y]!, x0 + CELL - 1);
    }
    minX = Math.min(minX, x0);
    maxX = Math.max(maxX, x0 + CELL - 1);
    minY = Math.min(minY, y0);
    maxY = Math.max(maxY, y0 + CELL - 1);
  }

  const names = ['top', 'bottom', 'left', 'right'] as const;
  const near = { top: minY <= NEAR_BORDER * h, bottom: maxY >= (1 - NEAR_BORDER) * h - 1, left: minX <= NEAR_BORDER * w, right: maxX >= (1 - NEAR_BORDER) * w - 1 };
  // Print in the outermost cells runs on past the border: a page has a margin. A scan's title may run to one edge
  // (a long title on a card); a document larger than the picture runs past two or more.
  const touches = { top: minY < CELL, bottom: maxY >= (ch - 1) * CELL, left: minX < CELL, right: maxX >= (cw - 1) * CELL };
  const touching = names.filter((name) => touches[name]).length;
  if (edgeToEdge && touching <= 1 && names.every((name) => near[name])) return { state: 'whole', corners: [[0, 0], [1, 0], [1, 1], [0, 1]], area: 1 };
  if (touching) return { state: 'cut_off', corners: null, area: 0 };

  /**
   * The edge line nearest to the print on one side, or null. `horizontal`: top or bottom (lines across x);
   * `outward`: −1 towards smaller coordinates (top, left), +1 towards larger.
   */
  const findSide = (horizontal: boolean, outward: -1 | 1): Side | null => {
    const along0 = horizontal ? minX : minY;
    const along1 = horizontal ? maxX : maxY;
    const across = horizontal ? h : w;
    const limit = horizontal ? (outward < 0 ? top : bottom) : outward < 0 ? left : right;
    const centre = (along0 + along1) / 2;
    const samples: number[] = [];
    for (let a = along0; a <= along1; a += 2) samples.push(a);
    const candidates: { side: Side; coverage: number; distance: number }[] = [];
    for (let angle = -MAX_ANGLE; angle <= MAX_ANGLE + 1e-9; angle += ANGLE_STEP) {
      const slope = Math.tan((angle * Math.PI) / 180);
      // The innermost offset that keeps the whole line outside the print.
      let start = outward < 0 ? Infinity : -Infinity;
      for (const a of samples) {
        const bound = limit[a]!;
        if (!Number.isFinite(bound)) continue;
        const offset = bound - (a - centre) * slope + outward * 2;
        start = outward < 0 ? Math.min(start, offset) : Math.max(start, offset);
      }
      if (!Number.isFinite(start)) continue;
      const n = samples.length;
      const needed = Math.ceil(MIN_COVERAGE * n);
      const first = samples[Math.floor(0.05 * n)]!;
      const last = samples[Math.max(0, Math.ceil(0.95 * n) - 1)]!;
      for (let offset = Math.round(start); offset >= 1 - across && offset <= 2 * across; offset += outward) {
        // The line has left the picture over a tenth of its length: nothing further out.
        const from = Math.round(offset + (first - centre) * slope);
        const to = Math.round(offset + (last - centre) * slope);
        if (from < 1 || from > across - 2 || to < 1 || to > across - 2) break;
        let hits = 0;
        for (let k = 0; k < n && hits + (n - k) >= needed; k++) {
          const a = samples[k]!;
          const c = Math.round(offset + (a - centre) * slope);
          if (c < 1 || c > across - 2) continue;
          if (horizontal ? edgeAcross[c * w + a] : edgeDown[a * w + c]) hits++;
        }
        if (hits >= needed) {
          candidates.push({ side: { offset, slope }, coverage: hits / n, distance: Math.abs(offset - start) });
          break;
        }
      }
    }
    if (!candidates.length) return null;
    const nearest = Math.min(...candidates.map((c) => c.distance));
    const close = candidates.filter((c) => c.distance <= nearest + 6);
    return close.reduce((a, b) => (b.coverage > a.coverage ? b : a)).side;
  };

  const sides = {
    top: findSide(true, -1),
    bottom: findSide(true, 1),
    left: findSide(false, -1),
    right: findSide(false, 1),
  };
  const found = names.filter((name) => sides[name]).length;
  // Without a guide the picture may be the page itself (a scan): its margin, not an edge, lies along a border there,
  // and lines found close to its borders are its own (a band of print, the page's edge): along two borders, or along
  // one with print over half the picture either way. Otherwise, with three or more edges found, the document is
  // smaller than the picture, and a missing edge, or one found along the border, lies beyond it.
  const atBorder = (name: (typeof names)[number]) => {
    const side = sides[name];
    if (!side) return false;
    const size = name === 'top' || name === 'bottom' ? h : w;
    return name === 'top' || name === 'left' ? side.offset <= NEAR_BORDER * size : side.offset >= (1 - NEAR_BORDER) * size - 1;
  };
  const spread = maxX - minX >= w / 2 && maxY - minY >= h / 2;
  const bordering = names.filter(atBorder).length;
  const page = edgeToEdge && (found < 3 || bordering >= 2 || (bordering === 1 && spread));
  const cut = page ? touches : near;
  if (names.some((name) => !sides[name] && cut[name])) return { state: 'cut_off', corners: null, area: 0 };
  // Without a guide, print with no edges cut and too few found is a page filling the picture (a scan), as long as
  // its print spreads over half of it either way.
  if (found < 3) return edgeToEdge && spread ? { state: 'whole', corners: null, area: 0 } : none;
  if (found === 3 && !page) {
    const { top, bottom, left, right } = sides;
    const missing = names.find((name) => !sides[name])!;
    if (missing === 'left' || missing === 'right') {
      const room = missing === 'left' ? right!.offset : w - 1 - left!.offset;
      const height = bottom!.offset - top!.offset;
      if (room > UPRIGHT_ASPECT * height && room < MIN_ASPECT * height) return { state: 'cut_off', corners: null, area: 0 };
    } else {
      const room = missing === 'top' ? bottom!.offset : h - 1 - top!.offset;
      if (room < (right!.offset - left!.offset) / MAX_ASPECT) return { state: 'cut_off', corners: null, area: 0 };
    }
  }
  if (found === 3) return { state: 'whole', corners: null, area: 0 };

  const hCentre = (minX + maxX) / 2;
  const vCentre = (minY + maxY) / 2;
  // Where a top/bottom line (y = o1 + (x − hCentre)·s1) meets a left/right one (x = o2 + (y − vCentre)·s2).
  const corner = (across: Side, down: Side): [number, number] => {
    const y = (across.offset + (down.offset - vCentre * down.slope - hCentre) * across.slope) / (1 - across.slope * down.slope);
    const x = down.offset + (y - vCentre) * down.slope;
    return [x, y];
  };
  const quad = [corner(sides.top!, sides.left!), corner(sides.top!, sides.right!), corner(sides.bottom!, sides.right!), corner(sides.bottom!, sides.left!)];
  // A corner beyond the region: the document's corner is out of view. Within `CORNER_SLACK` it may be the lines' slope
  // (found in steps of ANGLE_STEP) that puts it there, not the document.
  if (quad.some(([x, y]) => x < -CORNER_SLACK || y < -CORNER_SLACK || x > w - 1 + CORNER_SLACK || y > h - 1 + CORNER_SLACK)) return { state: 'cut_off', corners: null, area: 0 };
  const length = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  const across = (length(quad[0]!, quad[1]!) + length(quad[3]!, quad[2]!)) / 2;
  const down = (length(quad[0]!, quad[3]!) + length(quad[1]!, quad[2]!)) / 2;
  if (!page && Math.max(across, down) > MAX_ASPECT * Math.min(across, down)) return { state: 'cut_off', corners: null, area: 0 };
  let twice = 0;
  for (let i = 0; i < 4; i++) {
    const [x0, y0] = quad[i]!;
    const [x1, y1] = quad[(i + 1) % 4]!;
    twice += x0 * y1 - x1 * y0;
  }
  return { state: 'whole', corners: quad.map(([x, y]) => [x / w, y / h]), area: Math.min(1, Math.abs(twice) / 2 / (w * h)) };
}
