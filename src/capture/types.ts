// Types shared by the quality checks, the image pipeline, its Worker and auto-capture.
import type { DocumentFinding } from './detect.js';
import type { FrameRegion } from './guide-region.js';

export type { DocumentFinding, DocumentState } from './detect.js';
export type { FrameRegion, PreviewLayout, Rect } from './guide-region.js';

/** What is being photographed: an identity document (any side or page) or the person's face. */
export type ImageKind = 'document' | 'selfie';

/**
 * The problems a photo can have, each with its own guidance in the UI. `no_face`: a selfie shows nothing a face
 * could be in the oval (a test pattern, an empty scene); see `SelfieMetrics`. `no_document`, `cut_off`: no document
 * found in the guide, or one running past it.
 */
export const QUALITY_PROBLEMS = ['dark', 'bright', 'no_face', 'blurry', 'too_far', 'no_document', 'cut_off', 'glare', 'low_resolution'] as const;
export type QualityProblem = (typeof QUALITY_PROBLEMS)[number];

/** What the checks measured, on the analysis image (the photo scaled to `ANALYSIS_LONG_SIDE` px on its long side). */
export interface QualityMetrics {
  /** Width and height of the image as given (before any downscaling), in pixels. */
  width: number;
  height: number;
  /**
   * Variance of the Laplacian after a contrast stretch (1st–99th percentile to 0–255), averaged over
   * the sharpest tenth of 32 px tiles: high for crisp text and edges, low when blurred.
   */
  sharpness: number;
  /** Mean luminance, 0–255. */
  brightness: number;
  /** 5th and 95th percentiles of luminance, 0–255. */
  darkLevel: number;
  lightLevel: number;
  /**
   * Share of the frame in blown-out patches (8 × 8 blocks ≥ 75 % saturated: red, green and blue ≥ 250), 0–1. For a
   * selfie, only those within the oval (`selfie.glare`).
   */
  glare: number;
  /**
   * Detail along the least detailed direction over detail along the most (second derivatives along x, y and
   * both diagonals, in the same tiles as `sharpness`), 0–1: near 1 for print, low when a shaken camera smeared the photo one way.
   */
  balance: number;
  /** Share of saturated pixels anywhere, 0–1. */
  saturation: number;
  /** Share of saturated pixels within the subject's bounds (those of `fill`; the whole frame when none are found), 0–1. */
  clipped: number;
  /** 99th percentile of luminance, 0–255: the page's lightest parts, low when the whole photo is underexposed. */
  highLevel: number;
  /**
   * Estimated share of the analysed region taken by the subject, 0–1: inside the document's corners when they were
   * found, else the bounding box of strong edges.
   */
  fill: number;
  /** Where the document was found in the analysed region; absent when none is looked for (selfies). */
  document?: DocumentFinding;
  /** For a selfie only: what the oval holds (src/capture/selfie-checks.ts). */
  selfie?: SelfieMetrics;
}

/**
 * What a selfie's oval (centred, 78 % of the picture's height, 3 : 4) holds, measured on 8 × 8 px cells of the
 * analysis image. Not face detection: enough to tell a figure from a test pattern or an empty scene.
 */
export interface SelfieMetrics {
  /**
   * Share of pixels at grey levels that hold at least 128 times as many as either neighbouring level, 0–1:
   * fields of one exact colour, high only for pictures no camera took.
   */
  painted: number;
  /** Share of the oval's cells with structure (a change across two cells above noise and 8 % of the oval's level), 0–1. */
  detail: number;
  /** How many of the oval's nine sectors (3 × 3) have structure in at least 8 % of their cells, 0–9. */
  spread: number;
  /** Width of the structure in the oval's upper half (trimmed 5 % each side) over the oval's width, 0–1. */
  extent: number;
  /** `glare` within the oval only (as a share of the whole picture): a white wall behind the person is not a reflection on the face. */
  glare: number;
}

/** The checks' answer for one image. */
export interface QualityVerdict {
  ok: boolean;
  /** Every problem found, most urgent to fix first (see `QUALITY_PROBLEMS`). */
  problems: QualityProblem[];
  metrics: QualityMetrics;
  /**
   * A 16 × 16 grey thumbnail (row-major, 0–255) for frame-to-frame motion (`frameDifference`).
   */
  signature: Uint8Array;
}

/** The limits a photo of one kind must meet. */
export interface QualityThresholds {
  /** Below this `sharpness`: blurry. */
  minSharpness: number;
  /** Above this `glare`: glare (not reported when the whole photo is too bright). */
  maxGlare: number;
  /**
   * Below this `highLevel`: dark (even the lightest parts are dim). A dark card on a dark table is dark on
   * average and still well exposed; what an underexposed photo loses is its light parts.
   */
  minHighLevel: number;
  /** Above this `clipped`: bright (the subject's texture and print lost to white). A light page is not clipped. */
  maxClipped: number;
  /** Below this `balance`: blurry (shaken: smeared along one direction). 0 turns the check off. */
  minBalance: number;
  /** Below this many pixels on the long side (or `minShortSide` on the short one): low resolution. */
  minLongSide: number;
  minShortSide: number;
  /** Below this `fill`: too far. 0 turns the check off. */
  minFill: number;
  /** Look for a document (`findDocument`): none is `no_document`, one running past the region `cut_off`. */
  findDocument: boolean;
}

/** Something a camera or a file gives: a decoded frame, or the file's bytes. */
export type ImageSource = Blob | ImageBitmap | VideoFrame;

/**
 * Which part of a camera frame to judge, in the frame's pixels (`frameRegion` of the preview's layout): the checks run
 * on `guide`. The photo itself stays the whole frame (docs/quality-corpus.md, "What goes up"). Without it the whole
 * frame is judged (a file, or a frame of unknown layout).
 */
export type CheckRegion = FrameRegion;

export interface PrepareOptions {
  /** Long side of the upload-ready JPEG, at most (never upscaled). @default 2000 for documents, 1000 for selfies */
  maxLongSide?: number;
  /** Byte budget of the JPEG. @default 1_000_000 */
  maxBytes?: number;
  /** First JPEG quality tried; lowered stepwise while over budget. @default 0.85 */
  quality?: number;
}

/** An upload-ready photo: re-encoded JPEG without any metadata, and the checks' verdict on it. */
export interface PreparedImage {
  blob: Blob;
  width: number;
  height: number;
  /** The JPEG quality that met the byte budget. */
  quality: number;
  verdict: QualityVerdict;
}
