// The capture engine: quality checks, image pipeline and auto-capture. Load it on demand
// (`await import('…/capture/index.js')`): it and its Worker are chunks of their own, never part of
// what the element loads first.
export { ImageChecker, type ImageCheckerOptions } from './client.js';
export { ANALYSIS_LONG_SIDE, THRESHOLDS, frameDifference, judge, measure } from './analyze.js';
export { findDocument } from './detect.js';
export { frameRegion, GUIDE_MARGIN, scaleRect } from './guide-region.js';
export { DEFAULT_MAX_BYTES, DEFAULT_QUALITY, MAX_LONG_SIDE } from './pipeline.js';
export { imageError, isImageErrorCode, type ImageErrorCode } from './errors.js';
export * from './types.js';
export {
  AUTO_CAPTURE_DEFAULTS,
  autoCaptureReducer,
  initialAutoCapture,
  type AutoCaptureEvent,
  type AutoCaptureHint,
  type AutoCaptureOptions,
  type AutoCapturePhase,
  type AutoCaptureState,
} from './auto-capture.js';
