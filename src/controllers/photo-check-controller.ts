import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VerifyError } from '../core/errors.js';
import type { ImageProblem } from '../core/image-type.js';
import { grabFrame, isBlankFrame, nextShownFrame } from '../capture/frames.js';
import { previewRegion } from '../capture/guide-layout.js';
import { SharedChecker } from '../capture/shared-checker.js';
import { within } from '../internal/within.js';
// Types only: the engine and its Worker are a chunk of their own, loaded when a check first needs them.
import type { ImageChecker, ImageKind, PreparedImage, QualityProblem } from '../capture/index.js';

/** Failing photos of one side refused outright; the next failing one may be sent after a warning. */
const REFUSED_TRIES = 2;
/** Codes of `ImageChecker.prepare` that are the file's fault (the rest mean the checks could not run here). */
const FILE_PROBLEMS: readonly string[] = ['empty', 'too_large', 'heic', 'unsupported', 'animated', 'corrupt', 'too_many_pixels'];

/**
 * `file` without its metadata (EXIF with GPS, comments, text), for when the image pipeline, which re-encodes every
 * photo, cannot run; `null` when that cannot be done here (the small core chunk that does it did not load, or the
 * file cannot be walked to its end).
 */
async function withoutMetadata(file: File): Promise<Blob | null> {
  try {
    return await (await import('../core/image-metadata.js')).withoutMetadata(file);
  } catch {
    return null;
  }
}

/** A photo on the check screen. */
export interface CheckedPhoto {
  /** What goes to the flow: the upload-ready JPEG, or the original without its metadata when the checks could not run. */
  image: Blob;
  /** An object URL of `image`, revoked when the photo is dropped. */
  url: string;
  source: 'camera' | 'upload';
  problems: readonly QualityProblem[];
  /** The checks could not run on this device: the photo is offered unchecked (a file stripped of its metadata). */
  unchecked: boolean;
}

/**
 * How a shot or a chosen file ended: on the check screen, failed, the file's problem, superseded, or (a file the
 * checks could not run on) `unprepared`: its metadata could not be removed, so it is not sent.
 */
export type PhotoOutcome = 'shown' | 'failed' | 'stale' | 'unprepared' | { problem: ImageProblem };

/** One press of the shutter, as its check loop sees it. */
interface Shot {
  /** The deadline passed or the photo is no longer wanted (retake, side changed, host removed): stop. */
  ended(): boolean;
  /** The last frame taken had no picture, and no other is being checked. */
  blank: boolean;
}

/**
 * Takes photos (a camera frame or a chosen file) through the quality checks to the check screen: `checked` is the
 * photo shown with its verdict, `checking` is true while one is checked. A check that outlives `timeoutMs` gives the
 * photo unchecked (never block the person); one that ends after a newer photo, a retake or the host leaving is
 * dropped. The checker is the page's shared one, held from first use until the host leaves the DOM.
 */
export class PhotoCheckController implements ReactiveController {
  checked: CheckedPhoto | null = null;
  checking = false;
  /** Ms a photo's check may take, frame, engine and Worker included, before the photo is offered unchecked. */
  timeoutMs = 20_000;

  readonly #host: ReactiveControllerHost;
  readonly #checker = new SharedChecker();
  /** Counts photos, files, retakes and resets: a check that ends after a newer one is dropped. */
  #pick = 0;
  /** Failing photos of this side so far. */
  #failures = 0;
  /** Synchronous guard: one shot at a time, however fast the presses. */
  #shooting = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** After two refused photos of a side, a failing one may be used after a warning. */
  get mayOverride(): boolean {
    return this.#failures > REFUSED_TRIES;
  }

  /** Whether a shot is under way or a photo is shown: the shutter has nothing to do. */
  get busy(): boolean {
    return this.#shooting || this.checked !== null;
  }

  /** The shared checker, for the auto-capture loop and the checks here. */
  checker(): Promise<ImageChecker> {
    return this.#checker.get();
  }

  /** Starts a new pick (a file chosen): the returned function says whether a newer one has superseded it. */
  begin(): () => boolean {
    const pick = ++this.#pick;
    return () => pick !== this.#pick;
  }

  /** Takes the video's current frame and checks it: 'failed' when the camera gave no picture. */
  async shoot(video: HTMLVideoElement, kind: ImageKind): Promise<PhotoOutcome> {
    this.#shooting = true;
    const stale = this.begin();
    this.#setChecking(true);
    let expired = false;
    const shot: Shot = { ended: () => expired || stale(), blank: false };
    try {
      const prepared = await within(this.#checkShot(video, kind, shot), this.timeoutMs);
      expired = true;
      if (stale()) return 'stale';
      if (prepared) return this.#show(prepared.blob, 'camera', prepared.verdict.problems, false);
      // Only frames without a picture until the deadline: the camera failed, whatever a copy of the video shows.
      if (shot.blank) throw new Error('The camera gave no picture.');
      // The checks cannot run here, or did not end in time: the frame as it is.
      const image = await grabFrame(video, { as: 'jpeg' });
      return stale() ? 'stale' : this.#show(image, 'camera', [], true);
    } catch {
      return stale() ? 'stale' : 'failed';
    } finally {
      if (!stale()) {
        this.#shooting = false;
        this.#setChecking(false);
      }
    }
  }

  /** Checks a chosen file (already sniffed) under the pick `stale` belongs to. */
  async checkFile(file: File, kind: ImageKind, stale: () => boolean): Promise<PhotoOutcome> {
    this.#setChecking(true);
    try {
      const outcome = await within(this.#prepareFile(file, kind, stale), this.timeoutMs);
      if (stale()) return 'stale';
      if (outcome && 'problem' in outcome) return outcome;
      if (outcome) return this.#show(outcome.blob, 'upload', outcome.verdict.problems, false);
      // Unchecked, but never with its metadata: stripped without decoding, or not sent at all.
      const stripped = await withoutMetadata(file);
      if (stale()) return 'stale';
      return stripped ? this.#show(stripped, 'upload', [], true) : 'unprepared';
    } finally {
      if (!stale()) this.#setChecking(false);
    }
  }

  /** The photo to hand over, or null when there is none or it may not be used yet. */
  usable(): CheckedPhoto | null {
    const { checked } = this;
    return checked && (checked.problems.length === 0 || this.mayOverride) ? checked : null;
  }

  /** Drops the photo on the check screen (and any check under way). */
  retake(): void {
    this.#pick++;
    this.#drop();
  }

  /** A new side: no photo, no check, and the refused tries count from zero. */
  reset(): void {
    this.retake();
    this.#failures = 0;
    this.#setChecking(false);
  }

  hostDisconnected(): void {
    // The refused tries stay: the same side shown again (after a retake in the flow) counts on from them.
    this.retake();
    this.#setChecking(false);
    this.#shooting = false;
    this.#checker.release();
  }

  /**
   * The checked photo of the video's current frame, or null when the checks cannot run or the shot `ended()`. A
   * frame without a picture (`blank_frame`) is no photo: the next frame shown is taken, until the shot ends. The
   * preview is never paused meanwhile (see docs/engine-notes.md, WebKit).
   */
  async #checkShot(video: HTMLVideoElement, kind: ImageKind, shot: Shot): Promise<PreparedImage | null> {
    for (;;) {
      const frame = await grabFrame(video, { tries: 4 }).catch(() => null);
      if (shot.ended()) {
        if (frame && !(frame instanceof Blob)) frame.close();
        return null;
      }
      if (!frame) return null;
      shot.blank = false;
      try {
        // Judged on the guide's part: what the person was asked to fill.
        return await (await this.checker()).prepare(frame, kind, {}, previewRegion(video) ?? undefined);
      } catch (error) {
        // Not sent (no engine), or sent and failed: either way the frame is done with.
        if (!(frame instanceof Blob)) frame.close();
        if (!isBlankFrame(error)) return null;
      }
      shot.blank = true;
      if (shot.ended()) return null;
      await nextShownFrame(video, 250);
      if (shot.ended()) return null;
    }
  }

  /** The checked photo of `file`, what is wrong with the file, or null when the checks cannot run. */
  async #prepareFile(file: File, kind: ImageKind, stale: () => boolean): Promise<PreparedImage | { problem: ImageProblem } | null> {
    const checker = await this.checker().catch(() => null);
    if (!checker || stale()) return null;
    try {
      return await checker.prepare(file, kind);
    } catch (error) {
      // The browser cannot decode what the sniffer let through (a truncated file, say): the file's fault.
      if (error instanceof VerifyError && FILE_PROBLEMS.includes(error.code)) return { problem: error.code as ImageProblem };
      return null;
    }
  }

  #show(image: Blob, source: CheckedPhoto['source'], problems: readonly QualityProblem[], unchecked: boolean): 'shown' {
    this.#drop();
    if (problems.length) this.#failures++;
    this.checked = { image, url: URL.createObjectURL(image), source, problems, unchecked };
    this.#host.requestUpdate();
    this.#shooting = false;
    this.#setChecking(false);
    return 'shown';
  }

  #drop(): void {
    if (!this.checked) return;
    URL.revokeObjectURL(this.checked.url);
    this.checked = null;
    this.#host.requestUpdate();
  }

  #setChecking(checking: boolean): void {
    if (this.checking === checking) return;
    this.checking = checking;
    this.#host.requestUpdate();
  }
}
