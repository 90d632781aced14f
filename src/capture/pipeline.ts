// The image pipeline and the checks on a decoded image: runs inside the Worker (quality.worker.ts)
// and, where Workers or OffscreenCanvas are missing, on the main thread with the same code.
import { THRESHOLDS, analysisSize, judge, measure } from './analyze.js';
import { imageError } from './errors.js';
import { isSynthetic, judgeSelfie, measureSelfie, ovalBox, type OvalPlacement } from './selfie-checks.js';
import { findDocument } from './detect.js';
import { scaleRect, type Rect } from './guide-region.js';
import { checkImage } from '../core/image-type.js';
import { QUALITY_PROBLEMS, type CheckRegion, type ImageKind, type ImageSource, type PreparedImage, type PrepareOptions, type QualityThresholds, type QualityVerdict } from './types.js';

/** Long side of the upload-ready JPEG per kind, in pixels. */
export const MAX_LONG_SIDE: Record<ImageKind, number> = { document: 2000, selfie: 1000 };
export const DEFAULT_MAX_BYTES = 1_000_000;
export const DEFAULT_QUALITY = 0.85;
/** JPEG quality is lowered by this step while over budget, down to `MIN_QUALITY`; then the image is scaled down. */
const QUALITY_STEP = 0.1;
const MIN_QUALITY = 0.45;
/**
 * How photos are scaled, for the checks and for upload: 'medium' is the same smoothing resampler in every engine,
 * 'high' is not (WebKit's sharpens enough to pass a blurred photo: docs/engine-notes.md). What is uploaded is what
 * was checked.
 */
const RESAMPLING: ImageSmoothingQuality = 'medium';

type Canvas = OffscreenCanvas | HTMLCanvasElement;
type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
type Drawable = ImageBitmap | VideoFrame | Canvas;

function createCanvas(width: number, height: number): Canvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function context(canvas: Canvas, willReadFrequently: boolean): Context2D {
  const ctx = canvas.getContext('2d', { willReadFrequently }) as Context2D | null;
  if (!ctx) throw imageError('encode_failed');
  return ctx;
}

async function encodeJpeg(canvas: Canvas, quality: number): Promise<Blob> {
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: 'image/jpeg', quality })
      : await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw imageError('encode_failed');
  return blob;
}

function sizeOf(image: Drawable): { width: number; height: number } {
  return 'displayWidth' in image ? { width: image.displayWidth, height: image.displayHeight } : { width: image.width, height: image.height };
}

function release(image: ImageBitmap | VideoFrame): void {
  image.close();
}

/** Decodes a file (EXIF orientation applied) after checking its bytes; a frame is used as it is. */
async function decode(source: ImageSource): Promise<ImageBitmap | VideoFrame> {
  if (!(source instanceof Blob)) return source;
  const type = await checkImage(source);
  if (!type.startsWith('image/')) throw imageError(type as Exclude<typeof type, `image/${string}`>);
  try {
    return await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch (cause) {
    throw imageError('corrupt', cause);
  }
}

// One analysis canvas per thread, reused from frame to frame (a camera stream sends several a second).
let analysisCanvas: Canvas | undefined;
let copyCanvas: Canvas | undefined;

/** `image` drawn whole on a reused canvas of its size. */
function wholeCopy(image: ImageBitmap | VideoFrame, size: { width: number; height: number }): Canvas {
  copyCanvas ??= createCanvas(size.width, size.height);
  if (copyCanvas.width !== size.width || copyCanvas.height !== size.height) {
    copyCanvas.width = size.width;
    copyCanvas.height = size.height;
  }
  const ctx = context(copyCanvas, false);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.drawImage(image, 0, 0, size.width, size.height);
  return copyCanvas;
}

/** The part of `image` to judge (`region`, else all of it) drawn at the analysis size, on the reused analysis canvas. */
interface Drawn {
  ctx: Context2D;
  width: number;
  height: number;
  /** Whether a part was judged (the guide's), rather than the whole picture. */
  framed: boolean;
  /** A selfie's oval guide, placed in the drawn picture (else the oval is placed on the whole of it). */
  oval?: OvalPlacement;
}

/** `oval`: a selfie's oval guide in `image`'s pixels. */
function drawForAnalysis(image: Drawable, region?: Rect, oval?: Rect): Drawn {
  const size = sizeOf(image);
  const from = region ?? { x: 0, y: 0, ...size };
  // A selfie's region is analysed at the scale of its whole frame, so a face measures the same with or without a guide.
  const scale = oval && analysisSize(size.width, size.height).width / size.width;
  const { width, height } = scale ? scaledSize({ original: from, scale }) : analysisSize(from.width, from.height);
  analysisCanvas ??= createCanvas(width, height);
  if (analysisCanvas.width !== width || analysisCanvas.height !== height) {
    analysisCanvas.width = width;
    analysisCanvas.height = height;
  }
  const ctx = context(analysisCanvas, true);
  ctx.imageSmoothingQuality = RESAMPLING;
  // Cleared first: the canvas is reused, and a draw that paints nothing (WebKit, now and then: docs/engine-notes.md)
  // must read as no picture, not as the frame before.
  ctx.clearRect(0, 0, width, height);
  // A part of a frame is cut from a copy of the whole: WebKit draws part of a VideoFrame stretched one way (read as shake).
  const source = region && typeof VideoFrame !== 'undefined' && image instanceof VideoFrame ? wholeCopy(image, size) : image;
  ctx.drawImage(source, from.x, from.y, from.width, from.height, 0, 0, width, height);
  const sx = width / from.width;
  const sy = height / from.height;
  const placed = oval && { x: (oval.x - from.x) * sx, y: (oval.y - from.y) * sy, width: oval.width * sx, height: oval.height * sy };
  return { ctx, width, height, framed: !!region, oval: placed && { oval: placed, frameArea: (width * height * size.width * size.height) / (from.width * from.height) } };
}

/**
 * The verdict on a drawn picture: measured, judged against `thresholds`. A camera frame (`fromCamera`) with no
 * picture — a fully transparent copy, or a draw that painted nothing — throws `blank_frame`: no picture yet, not a
 * dark photo. A file keeps its verdict (a transparent PNG is judged as what it would upload as).
 */
function judgeDrawn({ ctx, width, height, framed, oval }: Drawn, original: { width: number; height: number }, kind: ImageKind, thresholds: QualityThresholds, fromCamera: boolean): QualityVerdict {
  const pixels = ctx.getImageData(0, 0, width, height).data;
  const measured = measure(pixels, width, height, original);
  const { metrics, signature, blank, grey } = measured;
  if (blank && fromCamera) throw imageError('blank_frame');
  if (kind === 'selfie') {
    metrics.selfie = measureSelfie(grey, width, height, oval);
    metrics.glare = metrics.selfie.glare;
  }
  if (thresholds.findDocument) {
    // Without a guide the whole picture may be the page (a scan); with one, the person was asked to frame it whole.
    metrics.document = findDocument(pixels, width, height, !framed, measured);
    // The document's own outline measures it better than the edges' bounds (a textured surface has edges everywhere).
    if (metrics.document.corners) metrics.fill = Math.round(metrics.document.area * 1000) / 1000;
  }
  let problems = judge(metrics, thresholds, { width, height });
  if (metrics.selfie) {
    // Nothing a face could be: the other problems (blurry, glare) would only send the person after the wrong fix.
    // A test pattern is not dark or overexposed: it is not a camera's picture at all.
    const found = new Set([...(isSynthetic(metrics.selfie) ? [] : problems), ...judgeSelfie(metrics.selfie)]);
    if (found.has('no_face')) for (const problem of ['blurry', 'too_far', 'glare'] as const) found.delete(problem);
    problems = QUALITY_PROBLEMS.filter((problem) => found.has(problem));
  }
  return { ok: problems.length === 0, problems, metrics, signature };
}

/** The verdict on `image` (any size), on its `region` (the guide's) or the whole of it: see `drawForAnalysis`, `judgeDrawn`. */
function verdictFor(image: Drawable, original: { width: number; height: number }, kind: ImageKind, thresholds: QualityThresholds, fromCamera: boolean, region?: Rect, oval?: Rect): QualityVerdict {
  return judgeDrawn(drawForAnalysis(image, region, oval), original, kind, thresholds, fromCamera);
}

export function thresholdsFor(kind: ImageKind, overrides?: Partial<QualityThresholds>): QualityThresholds {
  return { ...THRESHOLDS[kind], ...overrides };
}

/** Checks one camera frame or file. Takes ownership of a frame (closes it). A blank frame throws `blank_frame`. */
export async function checkSource(source: ImageSource, kind: ImageKind, overrides?: Partial<QualityThresholds>, region?: CheckRegion): Promise<QualityVerdict> {
  const image = await decode(source);
  try {
    const size = sizeOf(image);
    // A region measured on another size of the same picture (a frame scaled on its way) is scaled to this one.
    const guide = region && scaleRect(region.guide, region.frame, size);
    const oval = kind === 'selfie' && region ? ovalBox(region, size) : undefined;
    return verdictFor(image, size, kind, thresholdsFor(kind, overrides), !(source instanceof Blob), guide, oval);
  } finally {
    release(image);
  }
}

/**
 * Decode (orientation applied), downscale to the kind's long side, check, re-encode as JPEG within
 * the byte budget. The output is drawn pixels re-encoded by the browser: no EXIF, GPS or other
 * metadata of the input survives. Takes ownership of a frame (closes it). A blank frame throws `blank_frame`.
 * `encoder`: encode elsewhere (a second Worker) while the checks run here.
 */
export async function prepareSource(
  source: ImageSource,
  kind: ImageKind,
  options: PrepareOptions = {},
  overrides?: Partial<QualityThresholds>,
  region?: CheckRegion,
  encoder?: Encoder,
): Promise<PreparedImage> {
  const maxLongSide = options.maxLongSide ?? MAX_LONG_SIDE[kind];
  const image = await decode(source);
  const original = sizeOf(image);
  const scale = Math.min(1, maxLongSide / Math.max(original.width, original.height));
  const job: EncodeJob = { quality: options.quality ?? DEFAULT_QUALITY, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, original, scale };
  // A camera's VideoFrame is read once, into the upload's canvas, and checked there: WebKit may copy one blank
  // (docs/engine-notes.md), and what goes up must be what was checked. A decoded bitmap reads the same every time: the
  // checks draw it as check() does, and it goes to be encoded as it is.
  let canvas: Canvas | undefined;
  if (typeof VideoFrame !== 'undefined' && image instanceof VideoFrame) {
    try {
      canvas = drawScaled(image, job);
    } finally {
      release(image);
    }
  }
  const checked = canvas ?? image;
  const size = sizeOf(checked);
  // The whole picture goes up (the check screen shows it before it is used); the checks judge the guide's part of it.
  let drawn: Drawn;
  let encoding: Promise<Encoded>;
  try {
    drawn = drawForAnalysis(checked, region && scaleRect(region.guide, region.frame, size), kind === 'selfie' && region ? ovalBox(region, size) : undefined);
    // The encode starts before the checks, elsewhere when it can: a second Worker encodes on another core (the two take
    // about as long: docs/quality-corpus.md, "Cost"); here, Firefox encodes on a thread of its own, Chromium in turn.
    if (encoder?.ready && (!canvas || 'transferToImageBitmap' in canvas)) encoding = encoder.encode(canvas ? canvas.transferToImageBitmap() : (image as ImageBitmap), job);
    else encoding = encodeWithin(canvas ?? drawScaled(image, job), job);
  } finally {
    // Sent to be encoded, it is already detached here; closing it again does nothing.
    if (!canvas) release(image);
  }
  let verdict: QualityVerdict;
  try {
    verdict = judgeDrawn(drawn, original, kind, thresholdsFor(kind, overrides), !(source instanceof Blob));
  } catch (error) {
    // A blank camera frame: its JPEG is not wanted, but its failure must not go unhandled.
    await encoding.catch(() => undefined);
    throw error;
  }
  return { ...(await encoding), verdict };
}

/** The size of a picture drawn at `scale` of `original`. */
export const scaledSize = ({ original, scale }: Pick<EncodeJob, 'original' | 'scale'>) => ({
  width: Math.max(1, Math.round(original.width * scale)),
  height: Math.max(1, Math.round(original.height * scale)),
});

/** `image` drawn at the job's scale on a canvas of its own, to be encoded. */
export function drawScaled(image: Drawable, job: Pick<EncodeJob, 'original' | 'scale'>): Canvas {
  const { width, height } = scaledSize(job);
  const canvas = createCanvas(width, height);
  const ctx = context(canvas, false);
  ctx.imageSmoothingQuality = RESAMPLING;
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** What encoding a drawn picture needs: the first quality, the byte budget, and the scale it was drawn at. */
export interface EncodeJob {
  quality: number;
  maxBytes: number;
  /** The decoded picture's size, and the scale `canvas` was drawn at from it (a smaller try is drawn at 0.75 × that). */
  original: { width: number; height: number };
  scale: number;
}

export type Encoded = Omit<PreparedImage, 'verdict'>;

/** Encodes a picture elsewhere, drawn at the job's scale there: it is transferred (the caller must not use it again). */
export interface Encoder {
  /** False once it cannot encode any more (the other Worker is gone): encode here. */
  readonly ready: boolean;
  encode(image: ImageBitmap, job: EncodeJob): Promise<Encoded>;
}

/** A drawn picture as a JPEG within the byte budget: the quality lowered stepwise, then the picture scaled down. */
export async function encodeWithin(canvas: Canvas, { quality: first, maxBytes, original, scale }: EncodeJob): Promise<Encoded> {
  let quality = first;
  let blob = await encodeJpeg(canvas, quality);
  // A noisy 2000 px photo may not fit at 0.85.
  while (blob.size > maxBytes) {
    if (quality - QUALITY_STEP >= MIN_QUALITY - 1e-9) {
      quality = Math.round((quality - QUALITY_STEP) * 100) / 100;
    } else {
      if (canvas.width <= 64 || canvas.height <= 64) throw imageError('encode_failed');
      scale *= 0.75;
      canvas = drawScaled(canvas, { original, scale });
      quality = first;
    }
    blob = await encodeJpeg(canvas, quality);
  }
  return { blob, width: canvas.width, height: canvas.height, quality };
}
