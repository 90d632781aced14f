// Generated photos for the quality checks and the benchmarks: a synthetic ID card on a table, or a
// synthetic face, rendered on a canvas and then spoiled the way cameras spoil them.

export interface SceneOptions {
  /** Frame size in pixels. @default 1920 × 1080 */
  width?: number;
  height?: number;
  /** Share of the frame's width the card (or the face's head) takes. @default 0.7 (card), 0.38 (face) */
  fill?: number;
  /** Gaussian blur radius in frame pixels (a defocused or shaken camera). @default 0 */
  blur?: number;
  /** Brightness multiplier (0.25: dark, 2.5: overexposed). @default 1 */
  exposure?: number;
  /** Contrast multiplier (0.35: washed-out, flat light). @default 1 */
  contrast?: number;
  /** Radius of a blown-out reflection on the subject, as a share of the frame's width. @default 0 */
  glare?: number;
  /** Standard deviation of sensor noise, in grey levels. @default 3 */
  noise?: number;
  /** Seed of the noise. @default 1 */
  seed?: number;
}

/** A seeded PRNG (mulberry32), so a fixture is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ctx = OffscreenCanvasRenderingContext2D;

function context(canvas: OffscreenCanvas): Ctx {
  return canvas.getContext('2d', { willReadFrequently: true })!;
}

function card(ctx: Ctx, x: number, y: number, w: number): void {
  const h = w / 1.586;
  const u = w / 100;
  ctx.save();
  ctx.translate(x, y);
  ctx.fillStyle = '#dde7f0';
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, 4 * u);
  ctx.fill();
  ctx.fillStyle = '#2c5d8f';
  ctx.fillRect(0, 6 * u, w, 8 * u);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${5 * u}px sans-serif`;
  ctx.fillText('IDENTITY CARD · CARTE D’IDENTITÉ', 4 * u, 12 * u);
  // Photo with a face outline.
  ctx.fillStyle = '#b9c2cc';
  ctx.fillRect(4 * u, 18 * u, 26 * u, 33 * u);
  ctx.fillStyle = '#6d5848';
  ctx.beginPath();
  ctx.ellipse(17 * u, 31 * u, 7 * u, 9 * u, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(8 * u, 42 * u, 18 * u, 9 * u);
  // Fields: small labels, larger values.
  const fields = [
    ['SURNAME / NOM', 'MARTIN-LEFÈVRE'],
    ['GIVEN NAMES / PRÉNOMS', 'CAMILLE ANNE'],
    ['DATE OF BIRTH', '14 03 1991'],
    ['DOCUMENT NO.', 'X4RT72P19'],
  ];
  fields.forEach(([label, value], i) => {
    ctx.fillStyle = '#51606f';
    ctx.font = `${2.4 * u}px sans-serif`;
    ctx.fillText(label!, 34 * u, (20 + i * 8.5) * u);
    ctx.fillStyle = '#111820';
    ctx.font = `bold ${3.8 * u}px sans-serif`;
    ctx.fillText(value!, 34 * u, (24 + i * 8.5) * u);
  });
  ctx.strokeStyle = '#7d93a8';
  ctx.lineWidth = 0.3 * u;
  for (let i = 0; i < 6; i++) {
    ctx.beginPath();
    ctx.arc(80 * u, 36 * u, (4 + i * 1.6) * u, 0, Math.PI * 2);
    ctx.stroke();
  }
  // Machine-readable zone.
  ctx.fillStyle = '#111820';
  ctx.font = `${3.6 * u}px monospace`;
  ctx.fillText('IDFRAX4RT72P19<<<<<<<<<<<<<<<', 4 * u, 56 * u);
  ctx.fillText('9103146F3203144FRA<<<<<<<<<<6', 4 * u, 60.5 * u);
  ctx.restore();
}

function face(ctx: Ctx, cx: number, cy: number, w: number): void {
  const u = w / 100;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = '#2b3a4f';
  ctx.beginPath();
  ctx.ellipse(0, 120 * u, 110 * u, 60 * u, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = '#d6a27c';
  ctx.fillRect(-14 * u, 40 * u, 28 * u, 30 * u);
  ctx.fillStyle = '#3b2a1e';
  ctx.beginPath();
  ctx.ellipse(0, -10 * u, 50 * u, 62 * u, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#e2b08a';
  ctx.beginPath();
  ctx.ellipse(0, 5 * u, 40 * u, 52 * u, 0, 0, Math.PI * 2);
  ctx.fill();
  for (const side of [-1, 1]) {
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.ellipse(side * 16 * u, -5 * u, 8 * u, 4 * u, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#4a3322';
    ctx.beginPath();
    ctx.arc(side * 16 * u, -5 * u, 3.2 * u, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#3b2a1e';
    ctx.lineWidth = 2 * u;
    ctx.beginPath();
    ctx.moveTo(side * 8 * u, -15 * u);
    ctx.lineTo(side * 24 * u, -16 * u);
    ctx.stroke();
  }
  ctx.strokeStyle = '#a8765a';
  ctx.lineWidth = 1.5 * u;
  ctx.beginPath();
  ctx.moveTo(0, -2 * u);
  ctx.lineTo(-4 * u, 16 * u);
  ctx.lineTo(3 * u, 17 * u);
  ctx.stroke();
  ctx.strokeStyle = '#9c4a45';
  ctx.lineWidth = 2.5 * u;
  ctx.beginPath();
  ctx.arc(0, 22 * u, 12 * u, 0.15 * Math.PI, 0.85 * Math.PI);
  ctx.stroke();
  ctx.restore();
}

let filtersWork: boolean | undefined;

/** Whether this engine applies a 2D context's `filter` (WebKitGTK 2.50 ignores it: the photos came out unspoiled). */
export function canvasFilters(): boolean {
  if (filtersWork === undefined) {
    const ctx = context(new OffscreenCanvas(1, 1));
    ctx.filter = 'brightness(0)';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 1, 1);
    filtersWork = ctx.getImageData(0, 0, 1, 1).data[0] === 0;
  }
  return filtersWork;
}


/**
 * `scene` drawn on `ctx` blurred by `blur` px (by hand where the context ignores filters: WebKitGTK), its border
 * backed by the sharp scene, since a blur fades the border into transparency.
 */
export function drawBlurred(ctx: Ctx, scene: OffscreenCanvas, blur: number): void {
  if (blur && canvasFilters()) {
    ctx.filter = `blur(${blur}px)`;
    ctx.drawImage(scene, 0, 0);
    ctx.filter = 'none';
  } else {
    ctx.drawImage(scene, 0, 0);
    if (blur) filterByHand(ctx, { blur });
  }
  if (blur) {
    ctx.globalCompositeOperation = 'destination-over';
    ctx.drawImage(scene, 0, 0);
    ctx.globalCompositeOperation = 'source-over';
  }
}

/**
 * The same spoiling as the CSS filters, in that order: blur, contrast, brightness, each clamped like a filter
 * primitive. The blur is the one the Filter Effects spec describes and Chromium implements (measured: the
 * same spread): three box blurs of a width derived from the radius, taking in the transparent surroundings, so
 * that the frame's border fades out as on a canvas; the thresholds were tuned on those images.
 */
export function filterByHand(ctx: Ctx, options: SceneOptions): void {
  const { width, height } = ctx.canvas;
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  if (options.blur) {
    // Colours are blurred premultiplied by alpha, as compositing does.
    const channels = [0, 1, 2, 3].map(() => new Float32Array(width * height));
    for (let i = 0; i < width * height; i++) {
      const alpha = data[i * 4 + 3]! / 255;
      for (let c = 0; c < 3; c++) channels[c]![i] = data[i * 4 + c]! * alpha;
      channels[3]![i] = data[i * 4 + 3]!;
    }
    const scratch = new Float32Array(width * height);
    for (const channel of channels) {
      for (const [left, right] of boxes(options.blur)) {
        boxBlur(channel, scratch, height, width, left, right, width, 1);
        boxBlur(scratch, channel, width, height, left, right, 1, width);
      }
    }
    for (let i = 0; i < width * height; i++) {
      const alpha = channels[3]![i]!;
      data[i * 4 + 3] = alpha;
      for (let c = 0; c < 3; c++) data[i * 4 + c] = alpha > 0 ? (channels[c]![i]! * 255) / alpha : 0;
    }
  }
  const contrast = options.contrast ?? 1;
  const exposure = options.exposure ?? 1;
  if (contrast !== 1 || exposure !== 1) {
    for (let i = 0; i < data.length; i++) {
      if (i % 4 === 3) continue;
      const contrasted = Math.min(255, Math.max(0, (data[i]! - 127.5) * contrast + 127.5));
      data[i] = contrasted * exposure;
    }
  }
  ctx.putImageData(image, 0, 0);
}

/**
 * The three boxes of a Gaussian blur of standard deviation `sigma` (Filter Effects, feGaussianBlur), as the
 * samples each takes [left, right] of the output pixel: width d = ⌊σ · 3√(2π)/4 + 0.5⌋; an odd d gives three
 * centred boxes, an even d two boxes of d offset half a pixel either way and one of d + 1.
 */
function boxes(sigma: number): [number, number][] {
  const d = Math.floor((sigma * 3 * Math.sqrt(2 * Math.PI)) / 4 + 0.5);
  if (d % 2 === 1) return Array.from({ length: 3 }, () => [(d - 1) / 2, (d - 1) / 2]);
  return [
    [d / 2, d / 2 - 1],
    [d / 2 - 1, d / 2],
    [d / 2, d / 2],
  ];
}

/**
 * A box blur along one axis, as a running sum: `lines` lines of `length` samples, `step` apart within a line
 * and `stride` apart between lines; each output is the mean of the samples `left` before to `right` after it,
 * zero (transparent) beyond the edges.
 */
function boxBlur(from: Float32Array, to: Float32Array, lines: number, length: number, left: number, right: number, stride: number, step: number): void {
  const size = left + right + 1;
  for (let line = 0; line < lines; line++) {
    const start = line * stride;
    const at = (i: number) => (i < 0 || i >= length ? 0 : from[start + i * step]!);
    let sum = 0;
    for (let i = -left; i <= right; i++) sum += at(i);
    for (let i = 0; i < length; i++) {
      to[start + i * step] = sum / size;
      sum += at(i + right + 1) - at(i - left);
    }
  }
}

function finish(scene: OffscreenCanvas, options: SceneOptions): OffscreenCanvas {
  const { width, height } = scene;
  const out = new OffscreenCanvas(width, height);
  const ctx = context(out);
  const filters = [
    options.blur ? `blur(${options.blur}px)` : '',
    options.contrast !== undefined && options.contrast !== 1 ? `contrast(${options.contrast})` : '',
    options.exposure !== undefined && options.exposure !== 1 ? `brightness(${options.exposure})` : '',
  ].filter(Boolean);
  if (canvasFilters()) {
    ctx.filter = filters.length ? filters.join(' ') : 'none';
    ctx.drawImage(scene, 0, 0);
    ctx.filter = 'none';
  } else {
    ctx.drawImage(scene, 0, 0);
    if (filters.length) filterByHand(ctx, options);
  }
  const noise = options.noise ?? 3;
  if (noise > 0) {
    const image = ctx.getImageData(0, 0, width, height);
    const data = image.data;
    const next = random(options.seed ?? 1);
    // Sum of three uniforms: close enough to Gaussian, σ = noise.
    for (let i = 0; i < data.length; i += 4) {
      const n = (next() + next() + next() - 1.5) * 2 * noise;
      data[i] = data[i]! + n;
      data[i + 1] = data[i + 1]! + n;
      data[i + 2] = data[i + 2]! + n;
    }
    ctx.putImageData(image, 0, 0);
  }
  return out;
}

function glare(ctx: Ctx, x: number, y: number, radius: number): void {
  const gradient = ctx.createRadialGradient(x, y, 0, x, y, radius);
  gradient.addColorStop(0, 'rgba(255,255,255,1)');
  gradient.addColorStop(0.6, 'rgba(255,255,255,1)');
  gradient.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = gradient;
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fill();
}

/** A photo of an ID card on a wooden table. */
export function documentScene(options: SceneOptions = {}): OffscreenCanvas {
  const width = options.width ?? 1920;
  const height = options.height ?? 1080;
  const scene = new OffscreenCanvas(width, height);
  const ctx = context(scene);
  const table = ctx.createLinearGradient(0, 0, width, height);
  table.addColorStop(0, '#6b5038');
  table.addColorStop(1, '#4f3a28');
  ctx.fillStyle = table;
  ctx.fillRect(0, 0, width, height);
  const w = width * (options.fill ?? 0.7);
  const x = (width - w) / 2;
  const y = (height - w / 1.586) / 2;
  card(ctx, x, y, w);
  if (options.glare) glare(ctx, x + w * 0.62, y + w * 0.22, options.glare * width);
  return finish(scene, options);
}

/** A head-and-shoulders selfie against a wall. */
export function selfieScene(options: SceneOptions = {}): OffscreenCanvas {
  const width = options.width ?? 1280;
  const height = options.height ?? 720;
  const scene = new OffscreenCanvas(width, height);
  const ctx = context(scene);
  const wall = ctx.createLinearGradient(0, 0, 0, height);
  wall.addColorStop(0, '#cfc8bd');
  wall.addColorStop(1, '#b4ada2');
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, width, height);
  const w = width * (options.fill ?? 0.38);
  face(ctx, width / 2, height * 0.45, w * 0.8);
  if (options.glare) glare(ctx, width / 2 - w * 0.15, height * 0.4, options.glare * width);
  return finish(scene, options);
}

export async function jpeg(canvas: OffscreenCanvas, quality = 0.92): Promise<Blob> {
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}

export async function png(canvas: OffscreenCanvas): Promise<Blob> {
  return canvas.convertToBlob({ type: 'image/png' });
}

export function bitmap(canvas: OffscreenCanvas): Promise<ImageBitmap> {
  return createImageBitmap(canvas);
}
