// When to take the photo by itself: a pure reducer over the stream of frame verdicts, with time
// passed in (no clock, no timers), so the UI can drive it and tests can replay any timing.
import { frameDifference } from './analyze.js';
import type { QualityProblem, QualityVerdict } from './types.js';

export interface AutoCaptureOptions {
  /** How long frames must stay good and steady before the shot, in ms. @default 600 */
  holdMs?: number;
  /** Largest `frameDifference` between consecutive frames still counted as steady. @default 0.02 */
  maxMotion?: number;
  /**
   * A longer gap between frames (tab hidden, camera stalled) starts the countdown again, in ms; the time a frame's
   * own check took (`checkMs`) is allowed on top, so that a slow device, whose checks take longer, still gets there.
   * @default 1000
   */
  maxGapMs?: number;
}

/**
 * - `waiting`: no frame yet.
 * - `adjusting`: the last frame has a problem (`hint`), or moved (`hint` is `hold_still`).
 * - `steadying`: good and steady; the countdown runs (`progress` 0 → 1, `remainingMs`).
 * - `capture`: good and steady for `holdMs`: take the photo now. Stays there until `reset`.
 */
export type AutoCapturePhase = 'waiting' | 'adjusting' | 'steadying' | 'capture';

/** What to tell the person: the most urgent problem, `hold_still` while the picture moves, or nothing. */
export type AutoCaptureHint = QualityProblem | 'hold_still' | null;

export interface AutoCaptureState {
  readonly phase: AutoCapturePhase;
  readonly hint: AutoCaptureHint;
  /** Share of the countdown done, 0–1 (1 in `capture`): for a ring or a bar. */
  readonly progress: number;
  /** Ms left before the shot while `steadying`; `holdMs` before, 0 in `capture`. */
  readonly remainingMs: number;
  /** Difference between the last two frames (0 for the first). */
  readonly motion: number;
  /** When the current good, steady run began (the frame's `at`), or null. */
  readonly goodSince: number | null;
  readonly lastAt: number | null;
  readonly lastSignature: Uint8Array | null;
}

export type AutoCaptureEvent =
  /** `at`: when the verdict came; `checkMs`: how long its check took (taking the frame included), and how much the sampler slowed its pace before it. */
  | { type: 'frame'; at: number; verdict: QualityVerdict; checkMs?: number }
  | { type: 'reset' };

export const AUTO_CAPTURE_DEFAULTS: Required<AutoCaptureOptions> = { holdMs: 600, maxMotion: 0.02, maxGapMs: 1000 };

export function initialAutoCapture(options: AutoCaptureOptions = {}): AutoCaptureState {
  const { holdMs } = { ...AUTO_CAPTURE_DEFAULTS, ...options };
  return { phase: 'waiting', hint: null, progress: 0, remainingMs: holdMs, motion: 0, goodSince: null, lastAt: null, lastSignature: null };
}

/** The next state after `event`. `at` is any monotonic clock in ms (`performance.now()`, a frame's timestamp). */
export function autoCaptureReducer(state: AutoCaptureState, event: AutoCaptureEvent, options: AutoCaptureOptions = {}): AutoCaptureState {
  const { holdMs, maxMotion, maxGapMs } = { ...AUTO_CAPTURE_DEFAULTS, ...options };
  if (event.type === 'reset') return initialAutoCapture(options);

  const { at, verdict } = event;
  const motion = state.lastSignature ? frameDifference(state.lastSignature, verdict.signature) : 0;
  // A frame after a long gap, or from the past (another clock), does not continue a run.
  const continuous = state.lastAt !== null && at >= state.lastAt && at - state.lastAt <= maxGapMs + (event.checkMs ?? 0);
  const seen = { motion, lastAt: at, lastSignature: verdict.signature };
  if (state.phase === 'capture') return { ...state, ...seen };

  const hint: AutoCaptureHint = verdict.problems[0] ?? (motion > maxMotion ? 'hold_still' : null);
  if (hint) return { ...seen, phase: 'adjusting', hint, progress: 0, remainingMs: holdMs, goodSince: null };

  const goodSince = continuous && state.goodSince !== null ? state.goodSince : at;
  const elapsed = at - goodSince;
  if (elapsed >= holdMs) return { ...seen, phase: 'capture', hint: null, progress: 1, remainingMs: 0, goodSince };
  return { ...seen, phase: 'steadying', hint: null, progress: elapsed / holdMs, remainingMs: holdMs - elapsed, goodSince };
}
