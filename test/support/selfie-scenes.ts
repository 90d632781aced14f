// Generated selfie scenes for the selfie checks (issue 22, item 7): a synthetic face-like figure (head, hair, eyes,
// brows, nose, mouth, neck and shoulders) of six skin tones, on plain walls, in rooms and outdoors, in even, side
// and dim light, in landscape and portrait frames; and what must not pass as a selfie: camera test patterns, a
// blank wall, a ceiling, a dark room, a figure too far away, a blurred face. As in corpus.ts, a case comes from
// its seed alone and the seed decides its set (tuning or held back), chosen before any selfie limit was tuned.
// The figure is a drawing, not a face: these scenes prove what the checks refuse and that such a figure passes,
// not that a real face does (docs/quality-corpus.md). The later ranges (from seed 200 000) are filmed through a
// preview (selfie-preview.ts): the figure fills the oval the person sees, and the case carries the region the capture
// step would send with the frame.
import { tally, type KindScore, type SetScore } from './corpus-score.js';
import { drawBlurred, random as mulberry32 } from './scenes.js';
import { describePreview, previewFor, regionOf, type PreviewSpec } from './selfie-preview.js';
import type { CheckRegion } from '../../src/capture/types.js';

export const SELFIE_GOOD_KINDS = ['face on a plain wall', 'face in a room', 'face outdoors', 'face in side light', 'face in dim light, grain and JPEG', 'face in a portrait frame'] as const;
export const SELFIE_BAD_KINDS = ['camera test pattern', 'blank wall', 'ceiling', 'dark room', 'face too far', 'face blurred 3–6 px'] as const;
export type SelfieKind = (typeof SELFIE_GOOD_KINDS)[number] | (typeof SELFIE_BAD_KINDS)[number];
const KINDS: readonly SelfieKind[] = [...SELFIE_GOOD_KINDS, ...SELFIE_BAD_KINDS];

/** Cases per kind in the first range: seeds 0 … KINDS × SEEDS_PER_KIND − 1. */
export const SELFIE_SEEDS_PER_KIND = 15;
/**
 * `tuning` and `seen`: the first range (whole frames, no preview), split by seed, every third round of kinds held back;
 * that held-back third was run once after the first tuning and is now `seen`. `held-back` and `extra tuning`: filmed
 * through a preview (the region the person sees), seeds from 200 000 and 300 000, chosen before the checks moved to
 * that region and before any limit was tuned on it; `held-back` is run once, after tuning (docs/quality-corpus.md).
 */
export type SelfieSet = 'tuning' | 'seen' | 'extra tuning' | 'held-back';

/** The preview ranges: first seed and cases per kind. */
const PREVIEW_RANGES = { 'held-back': { from: 200_000, perKind: 10 }, 'extra tuning': { from: 300_000, perKind: 8 } } as const;

function previewRange(seed: number): keyof typeof PREVIEW_RANGES | null {
  for (const [set, { from, perKind }] of Object.entries(PREVIEW_RANGES))
    if (seed >= from && seed < from + perKind * KINDS.length) return set as keyof typeof PREVIEW_RANGES;
  return null;
}

/** Which set a seed belongs to. */
export function selfieSetOf(seed: number): SelfieSet {
  const range = previewRange(seed);
  if (range) return range;
  return Math.floor(seed / KINDS.length) % 3 === 2 ? 'seen' : 'tuning';
}

export interface SelfieCase {
  seed: number;
  set: SelfieSet;
  kind: SelfieKind;
  description: string;
  expect: 'good' | 'bad';
  /** The region the capture step sends with the frame (the preview's ranges); none: judged whole. */
  region?: CheckRegion;
  render(): Promise<ImageBitmap>;
}

/** The selfie scenes' own seed mixing, over the same PRNG as the document scenes. */
const random = (seed: number): (() => number) => mulberry32((seed * 2246822519 + 7) >>> 0);

type Ctx = OffscreenCanvasRenderingContext2D;
type Background = 'plain wall' | 'room' | 'outdoors' | 'office';

const between = (next: () => number, low: number, high: number) => low + next() * (high - low);
const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)]!;

/** Six skin tones, light to deep (as HSL: hue, saturation, lightness). */
const SKIN: [number, number, number][] = [
  [25, 55, 82],
  [28, 52, 72],
  [26, 45, 60],
  [24, 42, 47],
  [22, 40, 35],
  [20, 35, 24],
];
const HAIR = ['#1d1510', '#3b2a1e', '#6b4a2b', '#a8834f', '#8d8d8d', '#2a1a12'];
const CLOTHES = ['#2b3a4f', '#7a1f2b', '#e8e4dc', '#3d5a3a', '#111418', '#c47b2a', '#5a6f8c'];
const FRAMES: [number, number][] = [
  [1280, 720],
  [1920, 1080],
  [640, 480],
  [960, 720],
];
const PORTRAIT_FRAMES: [number, number][] = [
  [720, 1280],
  [1080, 1920],
  [480, 640],
];

interface Spec {
  width: number;
  height: number;
  background: Background;
  wallHue: number;
  wallLight: number;
  /** No figure at all (the empty scenes). */
  figure: boolean;
  /** Head height (chin to top of hair) as a share of the oval's height. */
  size: number;
  dx: number;
  dy: number;
  skin: number;
  hair: string;
  bald: boolean;
  glasses: boolean;
  clothes: string;
  /** Light falling from one side: the far side darkened to this share, 1: even light. */
  side: number;
  exposure: number;
  contrast: number;
  noise: number;
  blur: number;
  jpeg: number;
  /** The empty and synthetic scenes. */
  special: 'none' | 'chromium pattern' | 'flat colour' | 'colour bars' | 'ceiling';
  /** Filmed through this preview: the figure fills the oval the person sees. */
  preview?: PreviewSpec;
}

/** The oval guide in frame pixels, as src/capture/selfie-checks.ts places it. */
function ovalHeight(width: number, height: number): number {
  return 2 * Math.min(0.39 * height, (0.48 * width) / 0.75);
}

function hsl([h, s, l]: [number, number, number], dl = 0): string {
  return `hsl(${h} ${s}% ${Math.max(0, Math.min(100, l + dl))}%)`;
}

function drawBackground(ctx: Ctx, spec: Spec, next: () => number): void {
  const { width, height } = spec;
  const wall = ctx.createLinearGradient(0, 0, width * 0.3, height);
  wall.addColorStop(0, `hsl(${spec.wallHue} 18% ${spec.wallLight}%)`);
  wall.addColorStop(1, `hsl(${spec.wallHue} 18% ${spec.wallLight - 10}%)`);
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, width, height);
  const u = Math.min(width, height) / 100;
  if (spec.background === 'room') {
    // A door frame, a shelf of books and a lamp, partly behind the figure.
    ctx.fillStyle = `hsl(${spec.wallHue + 30} 25% ${spec.wallLight - 25}%)`;
    ctx.fillRect(width * between(next, 0.02, 0.15), height * 0.1, 28 * u, height);
    const shelfX = width * between(next, 0.55, 0.7);
    ctx.fillStyle = '#6b4a2b';
    ctx.fillRect(shelfX, height * 0.3, 45 * u, 3 * u);
    for (let x = shelfX; x < shelfX + 43 * u; x += between(next, 2.5, 5) * u) {
      ctx.fillStyle = `hsl(${Math.round(next() * 360)} 45% ${between(next, 25, 60)}%)`;
      const h = between(next, 10, 16) * u;
      ctx.fillRect(x, height * 0.3 - h, between(next, 2, 4) * u, h);
    }
    ctx.fillStyle = '#f4e9c8';
    ctx.beginPath();
    ctx.arc(width * between(next, 0.8, 0.95), height * 0.2, 6 * u, 0, Math.PI * 2);
    ctx.fill();
  } else if (spec.background === 'outdoors') {
    const sky = ctx.createLinearGradient(0, 0, 0, height * 0.6);
    sky.addColorStop(0, '#6fa3d8');
    sky.addColorStop(1, '#cfe2f3');
    ctx.fillStyle = sky;
    ctx.fillRect(0, 0, width, height * 0.6);
    for (let i = 0; i < 40; i++) {
      ctx.fillStyle = `hsl(${between(next, 80, 140)} 40% ${between(next, 20, 45)}%)`;
      ctx.beginPath();
      ctx.arc(next() * width, height * between(next, 0.35, 0.75), between(next, 3, 12) * u, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#8a8f86';
    ctx.fillRect(0, height * 0.75, width, height * 0.25);
  } else if (spec.background === 'office') {
    // A framed picture and a whiteboard edge.
    ctx.strokeStyle = '#30343a';
    ctx.lineWidth = 1.5 * u;
    ctx.strokeRect(width * 0.05, height * 0.15, 22 * u, 16 * u);
    ctx.fillStyle = `hsl(${Math.round(next() * 360)} 35% 55%)`;
    ctx.fillRect(width * 0.05 + 2 * u, height * 0.15 + 2 * u, 18 * u, 12 * u);
    ctx.fillStyle = '#f2f3f4';
    ctx.fillRect(width * 0.78, height * 0.12, width * 0.3, height * 0.5);
  }
}

/** The figure: shoulders, neck, hair, face with eyes, brows, nose and mouth, `h` px from chin to the top of the hair. */
function drawFigure(ctx: Ctx, spec: Spec, cx: number, cy: number, h: number, next: () => number): void {
  const u = h / 100;
  const skin = SKIN[spec.skin]!;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = spec.clothes;
  ctx.beginPath();
  ctx.ellipse(0, 95 * u, 80 * u, 45 * u, 0, Math.PI, 0);
  ctx.lineTo(80 * u, 200 * u);
  ctx.lineTo(-80 * u, 200 * u);
  ctx.fill();
  ctx.fillStyle = hsl(skin, -8);
  ctx.fillRect(-12 * u, 35 * u, 24 * u, 30 * u);
  if (!spec.bald) {
    ctx.fillStyle = spec.hair;
    ctx.beginPath();
    ctx.ellipse(0, -6 * u, 38 * u, 46 * u, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const side of [-1, 1]) {
    ctx.fillStyle = hsl(skin, -4);
    ctx.beginPath();
    ctx.ellipse(side * 32 * u, 4 * u, 5 * u, 9 * u, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  // The face, lit from the front: lighter in the middle.
  const face = ctx.createRadialGradient(-4 * u, -4 * u, 4 * u, 0, 4 * u, 44 * u);
  face.addColorStop(0, hsl(skin, 5));
  face.addColorStop(1, hsl(skin, -7));
  ctx.fillStyle = face;
  ctx.beginPath();
  ctx.ellipse(0, 6 * u, 31 * u, 40 * u, 0, 0, Math.PI * 2);
  ctx.fill();
  if (!spec.bald) {
    // A fringe over the forehead.
    ctx.fillStyle = spec.hair;
    ctx.beginPath();
    ctx.ellipse(between(next, -6, 6) * u, -30 * u, 30 * u, between(next, 9, 15) * u, between(next, -0.2, 0.2), 0, Math.PI * 2);
    ctx.fill();
  }
  const iris = pick(next, ['#3b2414', '#4a6a8a', '#5a6b3a', '#2a1a10']);
  for (const side of [-1, 1]) {
    ctx.fillStyle = '#f3efe9';
    ctx.beginPath();
    ctx.ellipse(side * 12 * u, -3 * u, 6 * u, 2.8 * u, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = iris;
    ctx.beginPath();
    ctx.arc(side * 12 * u, -3 * u, 2.6 * u, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#0d0a08';
    ctx.beginPath();
    ctx.arc(side * 12 * u, -3 * u, 1.1 * u, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = spec.bald ? '#3b2a1e' : spec.hair;
    ctx.lineWidth = 2 * u;
    ctx.beginPath();
    ctx.moveTo(side * 5 * u, -10 * u);
    ctx.quadraticCurveTo(side * 12 * u, -13 * u, side * 19 * u, -10 * u);
    ctx.stroke();
    if (spec.glasses) {
      ctx.strokeStyle = '#1a1a1a';
      ctx.lineWidth = 1.2 * u;
      ctx.beginPath();
      ctx.ellipse(side * 12 * u, -3 * u, 9 * u, 6.5 * u, 0, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  ctx.strokeStyle = hsl(skin, -18);
  ctx.lineWidth = 1.3 * u;
  ctx.beginPath();
  ctx.moveTo(-1 * u, 0);
  ctx.quadraticCurveTo(-5 * u, 12 * u, -3 * u, 15 * u);
  ctx.stroke();
  ctx.fillStyle = hsl(skin, -22);
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(side * 3.5 * u, 16 * u, 2 * u, 1.1 * u, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = `hsl(${skin[0] - 15} ${skin[1] + 10}% ${skin[2] - 20}%)`;
  ctx.beginPath();
  ctx.ellipse(0, 26 * u, 9 * u, 2.6 * u, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = hsl(skin, -35);
  ctx.lineWidth = 0.8 * u;
  ctx.beginPath();
  ctx.moveTo(-9 * u, 26 * u);
  ctx.lineTo(9 * u, 26 * u);
  ctx.stroke();
  ctx.restore();
}

/** Chromium's fake camera (`--use-fake-device-for-media-stream`): a flat green field, a turning light-green disc cut like a pie, corner squares and a timestamp. */
function drawChromiumPattern(ctx: Ctx, width: number, height: number, next: () => number): void {
  ctx.fillStyle = '#008700';
  ctx.fillRect(0, 0, width, height);
  const s = height / 9;
  ctx.fillStyle = '#00ff00';
  ctx.fillRect(width - s, 0, s, s);
  ctx.fillRect(0, height - s, s, s);
  ctx.fillStyle = '#00a000';
  ctx.fillRect(0, 0, s, s);
  ctx.fillStyle = '#44ff14';
  const start = next() * Math.PI * 2;
  ctx.beginPath();
  ctx.moveTo(width / 2, height / 2);
  ctx.arc(width / 2, height / 2, height / 4, start, start + between(next, 0.5, 1.9) * Math.PI);
  ctx.fill();
  ctx.font = `${height / 20}px sans-serif`;
  ctx.fillText(`0:00:0${Math.floor(next() * 10)}:${Math.floor(next() * 1000)} ${Math.floor(next() * 300)}`, s + 10, s / 2 + height / 40);
}

function drawColourBars(ctx: Ctx, width: number, height: number): void {
  const bars = ['#c0c0c0', '#c0c000', '#00c0c0', '#00c000', '#c000c0', '#c00000', '#0000c0'];
  bars.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect((i * width) / 7, 0, width / 7 + 1, height * 0.7);
  });
  const low = ['#0000c0', '#131313', '#c000c0', '#131313', '#00c0c0', '#131313', '#c0c0c0'];
  low.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect((i * width) / 7, height * 0.7, width / 7 + 1, height * 0.08);
  });
  ctx.fillStyle = '#101010';
  ctx.fillRect(0, height * 0.78, width, height * 0.22);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(width * 0.15, height * 0.78, width * 0.15, height * 0.22);
}

function drawCeiling(ctx: Ctx, spec: Spec, next: () => number): void {
  const { width, height } = spec;
  const g = ctx.createRadialGradient(width * 0.5, height * 0.4, 0, width * 0.5, height * 0.4, width * 0.8);
  g.addColorStop(0, `hsl(${spec.wallHue} 8% 90%)`);
  g.addColorStop(1, `hsl(${spec.wallHue} 8% 66%)`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  const u = Math.min(width, height) / 100;
  // A lamp fitting somewhere, and sometimes the edge where the ceiling meets a wall.
  ctx.fillStyle = '#fbfaf5';
  ctx.strokeStyle = '#b8b6ae';
  ctx.lineWidth = u;
  ctx.beginPath();
  ctx.arc(width * between(next, 0.2, 0.8), height * between(next, 0.2, 0.8), between(next, 4, 10) * u, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  if (next() < 0.5) {
    ctx.fillStyle = `hsl(${spec.wallHue} 10% 58%)`;
    ctx.fillRect(0, height * between(next, 0.8, 0.92), width, height);
  }
}

function spoil(scene: OffscreenCanvas, spec: Spec, seed: number): OffscreenCanvas {
  const { width, height } = scene;
  const out = new OffscreenCanvas(width, height);
  const ctx = out.getContext('2d', { willReadFrequently: true })!;
  drawBlurred(ctx, scene, spec.blur);
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  const next = random(seed + 11);
  const { noise, exposure, contrast, side } = spec;
  for (let y = 0, i = 0; y < height; y++)
    for (let x = 0; x < width; x++, i += 4) {
      // Side light: the exposure falls off across the frame.
      const light = side === 1 ? exposure : exposure * (side + (1 - side) * (1 - x / width));
      const n = noise ? (next() + next() - 1) * 2.45 * noise : 0;
      for (let c = 0; c < 3; c++) data[i + c] = ((data[i + c]! * light + n - 127.5) * contrast + 127.5);
    }
  ctx.putImageData(image, 0, 0);
  return out;
}

function specOf(seed: number): { kind: SelfieKind; spec: Spec } {
  const range = previewRange(seed);
  const kind = KINDS[(range ? seed - PREVIEW_RANGES[range].from : seed) % KINDS.length]!;
  const next = random(seed + 1);
  // The preview's choices come from a draw of their own, so the first range's cases are what they were.
  const geometry = range ? random(seed + 5) : null;
  const [width, height] = geometry && geometry() < 0.5 ? pick(geometry, PORTRAIT_FRAMES) : pick(next, FRAMES);
  const spec: Spec = {
    width,
    height,
    background: pick(next, ['plain wall', 'room', 'office'] as const),
    wallHue: Math.round(next() * 360),
    wallLight: between(next, 55, 85),
    figure: true,
    size: between(next, 0.72, 0.95),
    dx: between(next, -0.04, 0.04),
    dy: between(next, -0.04, 0.04),
    skin: Math.floor(next() * SKIN.length),
    hair: pick(next, HAIR),
    bald: next() < 0.15,
    glasses: next() < 0.3,
    clothes: pick(next, CLOTHES),
    side: 1,
    exposure: between(next, 0.9, 1.1),
    contrast: 1,
    noise: between(next, 1.5, 4),
    blur: 0,
    jpeg: next() < 0.5 ? between(next, 0.7, 0.92) : 0,
    special: 'none',
  };
  const scale = Math.max(width, height) / 1280;
  switch (kind) {
    case 'face on a plain wall':
      spec.background = 'plain wall';
      break;
    case 'face in a room':
      spec.background = 'room';
      break;
    case 'face outdoors':
      spec.background = 'outdoors';
      break;
    case 'face in side light':
      spec.side = between(next, 0.3, 0.55);
      spec.exposure = between(next, 1.0, 1.25);
      break;
    case 'face in dim light, grain and JPEG':
      spec.exposure = between(next, 0.55, 0.75);
      spec.noise = between(next, 5, 9);
      spec.jpeg = between(next, 0.5, 0.7);
      break;
    case 'face in a portrait frame': {
      const [w, h] = pick(next, PORTRAIT_FRAMES);
      if (spec.height < spec.width) {
        spec.width = w;
        spec.height = h;
      }
      break;
    }
    case 'camera test pattern':
      spec.figure = false;
      spec.special = pick(next, ['chromium pattern', 'chromium pattern', 'flat colour', 'colour bars'] as const);
      [spec.width, spec.height] = pick(next, [[640, 480], [1280, 720]] as const);
      spec.noise = 0;
      spec.jpeg = 0;
      spec.exposure = 1;
      break;
    case 'blank wall':
      spec.figure = false;
      spec.background = 'plain wall';
      break;
    case 'ceiling':
      spec.figure = false;
      spec.special = 'ceiling';
      break;
    case 'dark room':
      spec.figure = false;
      spec.background = pick(next, ['room', 'plain wall', 'office'] as const);
      if (next() < 0.5) {
        // Underexposed.
        spec.exposure = between(next, 0.08, 0.25);
        spec.noise = between(next, 2, 6);
      } else {
        // The camera's gain turned up: dim shapes, grey and grainy.
        spec.exposure = between(next, 0.5, 0.8);
        spec.contrast = between(next, 0.25, 0.45);
        spec.noise = between(next, 10, 18);
      }
      break;
    case 'face too far':
      spec.size = between(next, 0.25, 0.45);
      spec.background = pick(next, ['plain wall', 'room', 'office', 'outdoors'] as const);
      break;
    case 'face blurred 3–6 px':
      spec.blur = between(next, 3, 6) * scale;
      break;
  }
  if (geometry) spec.preview = previewFor(spec.width, spec.height, geometry);
  return { kind, spec };
}

async function render(seed: number, spec: Spec): Promise<ImageBitmap> {
  const next = random(seed + 3);
  const { width, height } = spec;
  const scene = new OffscreenCanvas(width, height);
  const ctx = scene.getContext('2d', { willReadFrequently: true })!;
  if (spec.special === 'chromium pattern') drawChromiumPattern(ctx, width, height, next);
  else if (spec.special === 'colour bars') drawColourBars(ctx, width, height);
  else if (spec.special === 'flat colour') {
    // Firefox's fake camera: one colour, changing from frame to frame.
    ctx.fillStyle = `hsl(${Math.round(next() * 360)} 70% 45%)`;
    ctx.fillRect(0, 0, width, height);
  } else if (spec.special === 'ceiling') drawCeiling(ctx, spec, next);
  else drawBackground(ctx, spec, next);
  if (spec.figure) {
    // The oval the person sees: the preview's guide in the frame's pixels, or the checks' oval on the whole frame.
    const region = spec.preview && regionOf(spec.preview, { width: spec.width, height: spec.height });
    const target = region?.target ?? { x: width / 2, y: height / 2 - ovalHeight(width, height) / 2, width: 0, height: ovalHeight(width, height) };
    const shown = region?.visible ?? { width, height };
    const oval = target.height;
    const h = spec.size * oval;
    // The head in the oval's upper part, its chin a little below the oval's middle.
    drawFigure(ctx, spec, target.x + target.width / 2 + shown.width * spec.dx, target.y + oval / 2 - oval * 0.12 + shown.height * spec.dy, h, next);
  }
  const out = spec.special === 'none' || spec.special === 'ceiling' ? spoil(scene, spec, seed) : scene;
  if (spec.jpeg) return createImageBitmap(await out.convertToBlob({ type: 'image/jpeg', quality: spec.jpeg }));
  return createImageBitmap(out);
}

function describe(kind: SelfieKind, spec: Spec): string {
  const parts = [
    spec.special !== 'none' ? spec.special : spec.background,
    `${spec.width}×${spec.height}`,
    spec.figure ? `head ${spec.size.toFixed(2)} of the oval, skin ${spec.skin + 1}${spec.bald ? ', bald' : ''}${spec.glasses ? ', glasses' : ''}` : 'no figure',
    spec.side !== 1 ? `side light ${spec.side.toFixed(2)}` : '',
    spec.blur ? `blur ${spec.blur.toFixed(1)} px` : '',
    spec.exposure !== 1 ? `exposure ×${spec.exposure.toFixed(2)}` : '',
    spec.contrast !== 1 ? `contrast ×${spec.contrast.toFixed(2)}` : '',
    `noise ${spec.noise.toFixed(1)}`,
    spec.jpeg ? `JPEG q${spec.jpeg.toFixed(2)}` : '',
    spec.preview ? describePreview(spec.preview) : '',
  ];
  return `${kind}: ${parts.filter(Boolean).join(', ')}`;
}

export function selfieCase(seed: number): SelfieCase {
  const { kind, spec } = specOf(seed);
  return caseOf(seed, kind, spec);
}

/** What a test may change of a scene: the frame's size, the preview it is filmed through, the figure's size and place. */
export type SelfieChange = Partial<Pick<Spec, 'width' | 'height' | 'preview' | 'size' | 'dx' | 'dy'>>;

/** The scene of `seed` with `change` made (for a test that needs one geometry); its description says what it is. */
export function selfieVariant(seed: number, change: SelfieChange): SelfieCase {
  const { kind, spec } = specOf(seed);
  return caseOf(seed, kind, { ...spec, ...change });
}

function caseOf(seed: number, kind: SelfieKind, spec: Spec): SelfieCase {
  const expect = (SELFIE_GOOD_KINDS as readonly string[]).includes(kind) ? 'good' : 'bad';
  const region = spec.preview && regionOf(spec.preview, { width: spec.width, height: spec.height });
  return { seed, set: selfieSetOf(seed), kind, expect, description: describe(kind, spec), ...(region && { region }), render: () => render(seed, spec) };
}

export function selfieCorpus(set?: SelfieSet): SelfieCase[] {
  const seeds: number[] = [];
  for (let seed = 0; seed < KINDS.length * SELFIE_SEEDS_PER_KIND; seed++) seeds.push(seed);
  for (const { from, perKind } of Object.values(PREVIEW_RANGES)) for (let seed = from; seed < from + perKind * KINDS.length; seed++) seeds.push(seed);
  return seeds.filter((seed) => !set || selfieSetOf(seed) === set).map(selfieCase);
}

export type SelfieKindScore = KindScore<SelfieKind>;
export type SelfieSetScore = SetScore<SelfieKind, SelfieSet>;

/** A check of one scene: true when accepted as a selfie, plus what to show of the verdict. */
export type SelfieCheck = (photo: ImageBitmap, region?: CheckRegion) => Promise<{ ok: boolean; detail: string }>;

/** Runs `check` on every scene of `set`, each with the region it was filmed for (if any). */
export function scoreSelfies(set: SelfieSet, check: SelfieCheck): Promise<SelfieSetScore> {
  const kinds = KINDS.map((kind) => ({ kind, expect: (SELFIE_GOOD_KINDS as readonly string[]).includes(kind) ? ('good' as const) : ('bad' as const) }));
  // tally renders a case and checks it before the next: the region of the case just rendered goes with its photo.
  let region: CheckRegion | undefined;
  const cases = selfieCorpus(set).map((item) => ({ ...item, render: () => ((region = item.region), item.render()) }));
  return tally(set, kinds, cases, (photo) => check(photo, region));
}
