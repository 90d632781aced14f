import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { grabFrame, isBlankFrame } from '../capture/frames.js';
import { previewRegion } from '../capture/guide-layout.js';
import type { AutoCaptureOptions, AutoCaptureState, CheckRegion, ImageKind, ImageSource, QualityVerdict } from '../capture/index.js';

/** What the controller needs of `ImageChecker` (tests pass a fake). */
export interface FrameChecker {
  check(source: ImageSource, kind: ImageKind, region?: CheckRegion): Promise<QualityVerdict>;
  close(): void;
}

export interface AutoCaptureControllerOptions extends AutoCaptureOptions {
  /**
   * Ms from the start of one check to the start of the next (one check in flight at most); a check that takes
   * longer is followed by a pause as long as itself, so checks never take more than half the time. @default 250
   */
  intervalMs?: number;
  /** Called once each time the frames have been good and steady for `holdMs`: take the photo. */
  onCapture?: () => void;
  /** Creates the checker. @default a new `ImageChecker` from the capture chunk, loaded on first start */
  createChecker?: () => Promise<FrameChecker>;
  /** Takes the current frame of the video. @default `grabFrame` of capture/frames.ts: a `VideoFrame`, else a bitmap copy */
  grabFrame?: (video: HTMLVideoElement) => ImageSource | Promise<ImageSource>;
  /**
   * The part of the video's frames to judge: the framing guide's, as the preview shows it. @default `previewRegion`:
   * read off the page (the viewfinder's `framing-guide`); null judges the whole frame
   */
  region?: (video: HTMLVideoElement) => CheckRegion | null;
  /** The clock. @default performance.now */
  now?: () => number;
}

type Engine = typeof import('../capture/index.js');

/** What a screen reader is told: a hint, `steady` ("taking the photo"), or nothing. */
export type SpokenHint = AutoCaptureState['hint'] | 'steady';

/**
 * What to say after `state`, given what was said: a countdown is news only once half of it held, and its breaking
 * off because the picture moved says nothing new ("Hold still" was part of it). A camera that never holds still
 * would otherwise flip "Hold still — taking the photo" / "Hold still" with every frame.
 */
export function spokenHint(state: AutoCaptureState, said: SpokenHint): SpokenHint {
  if (state.phase === 'capture' || (state.phase === 'steadying' && state.progress >= 0.5)) return 'steady';
  if (state.phase === 'adjusting' && !(state.hint === 'hold_still' && said === 'steady')) return state.hint;
  return state.phase === 'waiting' ? null : said;
}

/**
 * Samples a `<video>` a few times a second into the capture Worker and runs the auto-capture reducer
 * on the verdicts: `state` holds the phase, the hint to show and the countdown's progress.
 * The capture engine (and its Worker) loads on the first `start()`, as a chunk of its own. Stops,
 * and ends the Worker, when the host leaves the DOM.
 */
export class AutoCaptureController implements ReactiveController {
  /** Undefined until the engine has loaded after `start()`. */
  state: AutoCaptureState | undefined;
  /** The verdict on the last frame checked. */
  verdict: QualityVerdict | null = null;
  /** The hint to announce, steadier than `state` (`spokenHint`). */
  spoken: SpokenHint = null;
  /** The last error of a check (the next check still runs), or null. A frame with no picture is no error: it is skipped. */
  error: unknown = null;

  readonly #host: ReactiveControllerHost;
  readonly #options: AutoCaptureControllerOptions;
  #engine: Engine | undefined;
  #checker: FrameChecker | undefined;
  #checkerPromise: Promise<FrameChecker> | undefined;
  /** Bumped by every start and stop: a loop whose number is stale ends. */
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The video of the last start, until stopped. */
  #video: HTMLVideoElement | null = null;
  /** How much longer than the interval asked the pause before the current check was (a slow device's pace). */
  #slowdown = 0;

  constructor(host: ReactiveControllerHost, options: AutoCaptureControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether frames are being sampled. */
  get running(): boolean {
    return this.#running;
  }

  #running = false;

  /** Starts sampling `video` for a photo of `kind`; a running loop is replaced. */
  async start(video: HTMLVideoElement, kind: ImageKind): Promise<void> {
    this.#halt();
    this.#video = video;
    const generation = ++this.#generation;
    this.#engine ??= await import('../capture/index.js');
    const checker = await this.#ensureChecker();
    if (generation !== this.#generation) return;
    this.#running = true;
    this.state = this.#engine.initialAutoCapture(this.#options);
    this.spoken = null;
    this.verdict = null;
    this.error = null;
    this.#slowdown = 0;
    this.#host.requestUpdate();
    void this.#tick(video, kind, checker, generation);
  }

  /** Back to `waiting` (after a retake): the countdown starts again from the next frames. */
  reset(): void {
    if (!this.#engine || !this.state) return;
    this.state = this.#engine.autoCaptureReducer(this.state, { type: 'reset' }, this.#options);
    this.spoken = null;
    this.#host.requestUpdate();
  }

  /**
   * Samples `video` from now on, or stops with null; the video already sampled goes on undisturbed. An engine
   * that cannot load is not retried for the same video: the shutter still works, and its photo goes unchecked.
   */
  follow(video: HTMLVideoElement | null, kind: ImageKind): void {
    if (video === this.#video) return;
    if (video) this.start(video, kind).catch(() => undefined);
    else this.stop();
  }

  /** Stops sampling; the Worker stays for the next start. */
  stop(): void {
    this.#video = null;
    this.#generation++;
    this.#halt();
  }

  hostDisconnected(): void {
    this.stop();
    this.#checker?.close();
    this.#checker = undefined;
    this.#checkerPromise = undefined;
  }

  #halt(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running = false;
  }

  #ensureChecker(): Promise<FrameChecker> {
    this.#checkerPromise ??= (this.#options.createChecker?.() ?? Promise.resolve(new this.#engine!.ImageChecker())).then((checker) => (this.#checker = checker));
    return this.#checkerPromise;
  }

  async #tick(video: HTMLVideoElement, kind: ImageKind, checker: FrameChecker, generation: number): Promise<void> {
    const now = this.#options.now ?? (() => performance.now());
    const started = now();
    this.#timer = undefined;
    // HAVE_CURRENT_DATA: a frame to take.
    if (video.readyState >= 2 && video.videoWidth > 0) {
      try {
        // Read before the frame is taken: the layout of the moment the frame shows.
        const region = (this.#options.region ?? previewRegion)(video) ?? undefined;
        const verdict = await checker.check(await (this.#options.grabFrame ?? grabFrame)(video), kind, region);
        if (generation !== this.#generation) return;
        const before = this.state!.phase;
        this.verdict = verdict;
        this.error = null;
        const at = now();
        // The pace this controller chose counts as the check's own time: frames stay continuous on a slow device.
        this.state = this.#engine!.autoCaptureReducer(this.state!, { type: 'frame', at, verdict, checkMs: at - started + this.#slowdown }, this.#options);
        this.spoken = spokenHint(this.state, this.spoken);
        this.#host.requestUpdate();
        if (this.state.phase === 'capture' && before !== 'capture') this.#options.onCapture?.();
      } catch (error) {
        if (generation !== this.#generation) return;
        // No picture yet: skipped, so the hint and the countdown stay as they were (a "too dark" verdict would
        // flicker the hint and reset the hold).
        if (!isBlankFrame(error)) {
          this.error = error;
          this.#host.requestUpdate();
        }
      }
    }
    if (generation !== this.#generation) return;
    // Checks on the main thread (no Worker) can take longer than the interval: back to back, they would leave the
    // page no time of its own.
    const took = now() - started;
    const paced = Math.max(0, (this.#options.intervalMs ?? 250) - took);
    const wait = Math.max(paced, took);
    this.#slowdown = wait - paced;
    this.#timer = setTimeout(() => void this.#tick(video, kind, checker, generation), wait);
  }
}
