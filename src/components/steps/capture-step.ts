import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DocumentType, FileSide } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import { CameraController, CameraError, type CameraErrorCode, type FacingMode } from '../../controllers/camera-controller.js';
import { CaptureEvent, type CaptureSource } from '../step-events.js';
import { sharedStyles } from '../shared.styles.js';
import { captureStepStyles } from './capture-step.styles.js';
import { lookup } from '../../locales/index.js';
import { ACCEPT, captureVideoFrame, fileProblemMessage, imageFileProblem, withoutMetadata } from './image-input.js';
import { AutoCaptureController, grabVideoFrame, isBlankFrame } from '../../controllers/auto-capture-controller.js';
import { ThrottledAnnouncer } from '../../controllers/throttled-announcer.js';
import { VerifyError } from '../../core/errors.js';
import type { ImageProblem } from '../../core/image-type.js';
// Types only: the engine and its Worker are a chunk of their own, loaded when the step first needs them.
import type { ImageChecker, ImageKind, ImageSource, PreparedImage, QualityProblem } from '../../capture/index.js';

type Mode = 'camera' | 'upload';

/** Failing photos of one side refused outright; the next failing one may be sent after a warning. */
const REFUSED_TRIES = 2;
/**
 * How long a photo's check may take, frame, engine and Worker included, before the photo is offered as it is,
 * unchecked. A check here takes 0.3–5 s (Firefox's main-thread fallback the slowest); WebKit under Xvfb about 3×.
 */
const CHECK_TIMEOUT_MS = 20_000;
/** Codes of `ImageChecker.prepare` that are the file's fault (the rest mean the checks could not run here). */
const FILE_PROBLEMS: readonly string[] = ['empty', 'too_large', 'heic', 'unsupported', 'animated', 'corrupt', 'too_many_pixels'];

/** Ms the shared checker's Worker stays after the last capture step left (the next side's step comes right after). */
const CHECKER_IDLE_MS = 10_000;
const sharedChecker: { promise: Promise<ImageChecker> | undefined; users: number; timer: ReturnType<typeof setTimeout> | undefined } = {
  promise: undefined,
  users: 0,
  timer: undefined,
};

/** A step starts using the shared checker: it stays until every user released it. */
function acquireChecker(): void {
  sharedChecker.users++;
  clearTimeout(sharedChecker.timer);
}

/** One checker — one Worker — for every capture step on the page, loaded with the engine's chunk on first use. */
function loadChecker(): Promise<ImageChecker> {
  sharedChecker.promise ??= import('../../capture/index.js').then(
    ({ ImageChecker }) => new ImageChecker(),
    (error: unknown) => {
      sharedChecker.promise = undefined;
      throw error;
    },
  );
  return sharedChecker.promise;
}

/** A step is done with the checker; the Worker ends once no step has used it for `CHECKER_IDLE_MS`. */
function releaseChecker(): void {
  sharedChecker.users--;
  if (sharedChecker.users > 0) return;
  clearTimeout(sharedChecker.timer);
  sharedChecker.timer = setTimeout(() => {
    const closing = sharedChecker.promise;
    sharedChecker.promise = undefined;
    void closing?.then((checker) => checker.close(), () => undefined);
  }, CHECKER_IDLE_MS);
}

/** `promise`'s value, or `undefined` once `ms` have passed without it. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Resolves when the video shows its next frame, or after `ms` (a stalled camera, or no `requestVideoFrameCallback`). */
function nextShownFrame(video: HTMLVideoElement, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    video.requestVideoFrameCallback?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The video's current frame for the engine, or null when the browser cannot take one (the JPEG fallback runs then). */
async function grabFrame(video: HTMLVideoElement): Promise<ImageSource | null> {
  // A camera just started may have no frame shown yet (VideoFrame then throws "Invalid source state").
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await grabVideoFrame(video);
    } catch {
      // Wait for the next frame shown (at most a second: a stalled camera falls back to the JPEG path).
      await nextShownFrame(video, 1000);
    }
  }
  return createImageBitmap(video).catch(() => null);
}

/** One press of the shutter, as its check loop sees it. */
interface Shot {
  /** The deadline passed or the photo is no longer wanted (retake, side changed, step removed): stop. */
  ended(): boolean;
  /** The last frame taken had no picture, and no other is being checked. */
  blank: boolean;
}

/** A photo on the check screen. */
interface Checked {
  /** What goes to the flow: the upload-ready JPEG, or the original when the checks could not run. */
  image: Blob;
  /** An object URL of `image`, revoked when the photo is dropped. */
  url: string;
  source: CaptureSource;
  problems: readonly QualityProblem[];
  /** The checks could not run on this device: the photo is offered as it is. */
  unchecked: boolean;
}

/** What to tell the person about a camera failure, depending on whether uploading is an option. */
function cameraProblem(code: CameraErrorCode, allowUpload: boolean, strings: Strings['camera']): string {
  switch (code) {
    case 'camera_denied':
      return allowUpload ? strings.denied : strings.requiredDenied;
    case 'camera_not_found':
    case 'camera_unsupported':
      return allowUpload ? strings.notFound : strings.requiredNotFound;
    case 'camera_in_use':
      return allowUpload ? strings.inUse : strings.requiredInUse;
    case 'camera_failed':
      return allowUpload ? strings.failed : strings.requiredFailed;
  }
}

/**
 * @summary Takes one image — a document side or a selfie — with the live camera, or from a file, and checks it.
 *
 * Upload is offered unless `allowUpload` is false (the session requires live capture, or a selfie the integrator
 * did not open to uploads); when the camera is refused or missing, the step says why and moves to upload, or
 * explains that a camera is needed. While the camera runs, frames are checked a few times a second and the photo
 * is taken by itself once it is sharp, well exposed and steady; the shutter always works too. Every photo — taken
 * or chosen — then shows large with the verdict of the quality checks: a failing photo says what to fix and is
 * refused on the first two tries of the side; a third may be used after a warning. The camera is on only while
 * the preview shows.
 *
 * @fires vi-capture - `{ side, image, source }`: the upload-ready JPEG (downscaled, re-encoded, no metadata).
 * @csspart heading - The step heading.
 * @csspart camera-preview - The live `<video>`.
 * @csspart framing-guide - The card, passport page or oval overlay on the preview.
 * @csspart capture-hint - What to fix, shown over the preview while the camera runs.
 * @csspart capture-button - The "Take photo" button.
 * @csspart drop-zone - The upload area that accepts a dropped file.
 * @csspart photo - The photo on the check screen.
 * @csspart verdict - The checks' verdict on the photo.
 * @csspart tips - The tips for a good photo of a document, shown under the instructions.
 * @csspart action-bar - The bar of buttons at the bottom of the step.
 * @csspart use-photo-button - "Use this photo" (or, after two refused photos, "Use this photo anyway") on the check.
 * @csspart retake-button - "Retake" on the check.
 * @csspart source-switch - "Upload a photo instead" / "Use the camera".
 * @csspart message - The live region for problems with the camera or the file.
 * @tagname verify-identity-capture-step
 */
export class VerifyCaptureStep extends LitElement {
  static override styles = [sharedStyles, captureStepStyles];

  @property({ attribute: false }) strings!: Strings;
  /** Which image this step takes. */
  @property() side: FileSide = 'front';
  /** The chosen document, to name it in the heading and shape the frame. */
  @property({ attribute: false }) documentType: DocumentType | undefined;
  /** False for live capture only: no file picker, no drop zone. */
  @property({ type: Boolean, attribute: 'allow-upload' }) allowUpload = true;
  /** Open the camera first (when false and upload is allowed, open on upload). */
  @property({ type: Boolean, attribute: 'prefer-camera' }) preferCamera = true;
  /** Where the camera comes from. @default navigator.mediaDevices */
  @property({ attribute: false }) mediaDevices: MediaDevices | undefined;
  /** Ms a photo's check may take before the photo is offered unchecked: whatever hangs, the check ends. @default 20000 */
  @property({ type: Number, attribute: false }) checkTimeout = CHECK_TIMEOUT_MS;

  @state() private mode: Mode = 'camera';
  /** The latest problem, read out by the live region. */
  @state() private message = '';
  @state() private dragging = false;
  /** Set once the camera reported that no camera can be used here, so it is not offered again. */
  @state() private cameraUnavailable = false;
  /** A photo is being checked. */
  @state() private checking = false;
  /** The photo on the check screen. */
  @state() private checked: Checked | null = null;
  @state() private torchOn = false;
  @state() private cameraCount = 0;
  /** The camera the person switched to, instead of the side's usual one. */
  @state() private facingOverride: FacingMode | null = null;

  readonly #camera = new CameraController(this);
  /** The live hint as announced: shown at once, read out at most every 1.5 s. */
  readonly #hint = new ThrottledAnnouncer(this);
  readonly #auto = new AutoCaptureController(this, {
    onCapture: () => void this.#shoot(),
    // The shared checker: the controller's close() on disconnection must not end it for other steps.
    createChecker: () => this.#checker().then((checker) => ({ check: checker.check.bind(checker), close: () => undefined })),
  });
  /** Whether this step holds a use of the shared checker. */
  #holdsChecker = false;
  /** An image was handed over: keep the camera off until the step is shown again. */
  #captured = false;
  /** Synchronous guard: one capture per press, however fast the clicks. */
  #capturing = false;
  #facingMode: FacingMode | null = null;
  /** Counts the photos taken and files chosen (and side changes): a check that ends after a newer one is dropped. */
  #pick = 0;
  /** Failing photos of this side so far. */
  #failures = 0;
  /** The video the auto-capture loop samples, or null when it is stopped. */
  #autoVideo: HTMLVideoElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Shown again (e.g. after a retake): the camera may run again. Lit does not re-render on reconnection.
    this.#captured = false;
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The controllers have stopped the camera and the sampling; the photo and the Worker go too.
    this.#pick++;
    this.#autoVideo = null;
    this.#drop();
    this.checking = false;
    this.#capturing = false;
    if (this.#holdsChecker) releaseChecker();
    this.#holdsChecker = false;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#camera.mediaDevices = this.mediaDevices;
    if (changed.has('side')) {
      this.#pick++;
      this.#failures = 0;
      this.#captured = false;
      this.#drop();
      this.checking = false;
      this.facingOverride = null;
      this.message = '';
    }
    if (changed.has('side') || changed.has('allowUpload') || changed.has('preferCamera')) {
      this.mode = this.allowUpload && (!this.preferCamera || this.cameraUnavailable) ? 'upload' : 'camera';
    }
    // Here rather than in updated(): the camera's own state changes then land in this same render.
    this.#syncCamera();
    this.#hint.set(this.#liveHint());
  }

  override updated(): void {
    this.#syncAutoCapture();
  }

  get #kind(): ImageKind {
    return this.side === 'selfie' ? 'selfie' : 'document';
  }

  get #facing(): FacingMode {
    return this.facingOverride ?? (this.side === 'selfie' ? 'user' : 'environment');
  }

  override render() {
    const t = this.strings.capture;
    // The type comes from the service: only a name the strings have, never a prototype member or `undefined`.
    const documentName = lookup(this.strings.documentTypeNames, this.documentType) ?? t.genericDocument;
    const isSelfie = this.side === 'selfie';
    const heading = this.side === 'front' && this.documentType === 'passport' ? t.passportHeading : t.headings[this.side](documentName);
    const instructions = this.mode === 'upload' ? t.uploadInstructions : t.cameraInstructions[isSelfie ? 'selfie' : 'document'];
    return html`
      <h2 id="step-heading" tabindex="-1" part="heading">${heading}</h2>
      <p class="muted instructions">${this.checked ? nothing : instructions}</p>
      ${this.checked || isSelfie
        ? nothing
        : html`<ul class="muted tips" part="tips" aria-label=${t.tipsLabel}>
            ${t.tips.map((tip) => html`<li>${tip}</li>`)}
          </ul>`}
      ${this.checked ? this.#renderCheck(this.checked) : this.mode === 'camera' ? this.#renderCamera(isSelfie) : this.#renderUpload()}
      <p class="error" role="alert" part="message">${this.message}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this.#hint.text}</p>
      <div class="actions action-bar" part="action-bar">${this.checked ? this.#renderCheckActions(this.checked) : this.#renderCaptureActions()}</div>
    `;
  }

  #renderCaptureActions() {
    const t = this.strings.capture;
    return html`
      ${this.checking ? nothing : this.#renderSwitch()}
      ${this.mode === 'camera' && this.#camera.state !== 'error'
        ? html`<button
            type="button"
            class="button button--primary"
            part="capture-button"
            ?disabled=${this.#camera.state !== 'live' || this.checking}
            @click=${this.#shoot}
          >
            ${t.capture}
          </button>`
        : nothing}
    `;
  }

  #renderCamera(isSelfie: boolean) {
    const { state, stream } = this.#camera;
    const t = this.strings.capture.check;
    if (state === 'error') {
      return html`<div class="actions actions--start">
        <button type="button" class="button button--secondary" @click=${this.#retryCamera}>
          ${this.strings.camera.retry}
        </button>
      </div>`;
    }
    const auto = this.checking ? undefined : this.#auto.state;
    const steady = auto?.phase === 'steadying' || auto?.phase === 'capture';
    const hint = this.#liveHint();
    const guide = isSelfie ? 'guide--oval' : this.documentType === 'passport' ? 'guide--passport' : 'guide--card';
    // live(): Lit sets an object-valued property on every render, and assigning srcObject (even the same stream)
    // restarts the video's load — a blank preview each time. Chromium recovers within a frame; WebKit (Safari)
    // takes seconds, so with auto-capture re-rendering a few times a second its preview never settled.
    return html`
      <div class="viewfinder ${this.checking ? 'viewfinder--checking' : ''}">
        <video
          part="camera-preview"
          class=${this.#facing === 'user' ? 'mirrored' : ''}
          aria-label=${this.strings.camera.preview}
          autoplay
          playsinline
          muted
          .srcObject=${live(stream)}
        ></video>
        <div class="guide ${guide} ${steady ? 'guide--steady' : ''}" part="framing-guide" aria-hidden="true"></div>
        ${steady ? this.#renderRing(auto!.progress) : nothing}
        ${hint && !steady ? html`<p class="hint" part="capture-hint" aria-hidden="true">${hint}</p>` : nothing}
        <div class="camera-tools">
          ${state === 'live' && this.#camera.hasTorch
            ? html`<button type="button" class="tool" aria-pressed=${this.torchOn ? 'true' : 'false'} @click=${this.#toggleTorch}>${t.torch}</button>`
            : nothing}
          ${state === 'live' && this.cameraCount > 1
            ? html`<button type="button" class="tool" @click=${this.#switchCamera}>${t.switchCamera}</button>`
            : nothing}
        </div>
        <p class="viewfinder-status" role="status">
          ${state === 'starting' ? this.strings.camera.starting : this.checking ? t.checking : ''}
        </p>
      </div>
    `;
  }

  /** The countdown before the automatic shot: a ring that closes as the frames stay steady. */
  #renderRing(progress: number) {
    return html`<svg class="ring" viewBox="0 0 40 40" aria-hidden="true">
      ${svg`<circle class="ring-track" cx="20" cy="20" r="17" pathLength="100" />
        <circle class="ring-progress" cx="20" cy="20" r="17" pathLength="100" stroke-dashoffset=${100 - progress * 100} />`}
    </svg>`;
  }

  #renderUpload() {
    const t = this.strings.capture;
    if (this.checking) {
      return html`<div class="viewfinder viewfinder--check"><p class="viewfinder-status" role="status">${t.check.checking}</p></div>`;
    }
    return html`
      <div
        class="drop-zone ${this.dragging ? 'drop-zone--active' : ''}"
        part="drop-zone"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <input
          id="file"
          class="file-input visually-hidden"
          type="file"
          accept=${ACCEPT}
          aria-describedby="file-hint"
          @change=${this.#onFileChange}
        />
        <label for="file" class="button button--secondary">${t.chooseFile}</label>
        <span id="file-hint" class="muted">${t.dropHint}</span>
      </div>
    `;
  }

  #renderCheck(checked: Checked) {
    const t = this.strings.capture.check;
    const failing = checked.problems.length > 0;
    return html`
      <div class="viewfinder viewfinder--check">
        <img part="photo" class="photo" src=${checked.url} alt=${t.imageAlt} />
      </div>
      <div class="verdict ${failing ? 'verdict--problem' : 'verdict--ok'}" part="verdict" tabindex="-1">
        ${checked.unchecked
          ? html`<p>${t.unchecked}</p>`
          : failing
            ? html`<p>${t.refused}</p>
                <ul>
                  ${checked.problems.map((problem) => html`<li>${this.#problemText(problem)}</li>`)}
                </ul>
                ${this.#mayOverride ? html`<p class="warning">${t.warning}</p>` : nothing}`
            : html`<p>${t.good}</p>`}
      </div>
    `;
  }

  #renderCheckActions(checked: Checked) {
    const t = this.strings.capture.check;
    const failing = checked.problems.length > 0;
    const retake = html`<button type="button" part="retake-button" class="button ${failing ? 'button--primary' : 'button--secondary'}" @click=${this.#retake}>
      ${t.retake}
    </button>`;
    if (!failing) {
      return html`${retake}<button type="button" part="use-photo-button" class="button button--primary" @click=${this.#use}>${t.use}</button>`;
    }
    return html`${this.#mayOverride
      ? html`<button type="button" part="use-photo-button" class="button button--secondary" @click=${this.#use}>${t.useAnyway}</button>`
      : nothing}${retake}`;
  }

  #renderSwitch() {
    if (!this.allowUpload) return nothing;
    if (this.mode === 'camera') {
      return html`<button type="button" part="source-switch" class="button button--link" @click=${() => this.#switchTo('upload')}>
        ${this.strings.capture.useUpload}
      </button>`;
    }
    if (this.cameraUnavailable) return nothing;
    return html`<button type="button" part="source-switch" class="button button--link" @click=${() => this.#switchTo('camera')}>
      ${this.strings.capture.useCamera}
    </button>`;
  }

  get #mayOverride(): boolean {
    return this.#failures > REFUSED_TRIES;
  }

  #problemText(problem: QualityProblem | 'hold_still'): string {
    const t = this.strings.capture.check;
    if (problem === 'hold_still') return t.holdStill;
    if (problem === 'glare' && this.side === 'selfie') return t.selfieGlare;
    return t.problems[problem];
  }

  /** What to fix in the live picture, or '' (nothing to say, or no live picture). */
  #liveHint(): string {
    const auto = this.#auto.state;
    if (!auto || this.mode !== 'camera' || this.checked || this.checking || this.#camera.state !== 'live') return '';
    if (auto.phase === 'adjusting' && auto.hint) return this.#problemText(auto.hint);
    if (auto.phase === 'steadying' || auto.phase === 'capture') return this.strings.capture.check.steady;
    return '';
  }

  /** Starts the camera when the preview shows and stops it (or clears its error) otherwise. */
  #syncCamera(): void {
    const wanted = this.isConnected && this.mode === 'camera' && !this.#captured && !this.checked;
    const facingMode = this.#facing;
    const { state } = this.#camera;
    if (!wanted) {
      if (state !== 'idle') this.#camera.stop();
      this.torchOn = false;
      return;
    }
    if (state === 'idle' || (state !== 'error' && this.#facingMode !== facingMode)) void this.#startCamera(facingMode);
  }

  /** Samples the preview for auto-capture while it shows a live picture and no photo is being checked. */
  #syncAutoCapture(): void {
    const video = this.renderRoot.querySelector('video');
    const wanted = video && this.#camera.state === 'live' && !this.checked && !this.checking && !this.#captured;
    if (!wanted) {
      if (this.#autoVideo) this.#auto.stop();
      this.#autoVideo = null;
      return;
    }
    if (this.#autoVideo === video) return;
    this.#autoVideo = video;
    // The engine could not load: the shutter still works, and the photo goes unchecked.
    this.#auto.start(video, this.#kind).catch(() => undefined);
  }

  async #startCamera(facingMode: FacingMode): Promise<void> {
    this.#facingMode = facingMode;
    this.message = '';
    this.torchOn = false;
    try {
      await this.#camera.start({ facingMode });
    } catch (error) {
      // Anything else is a start superseded by a newer one or by stop(): nothing to report.
      if (!(error instanceof CameraError)) return;
      this.message = cameraProblem(error.code, this.allowUpload, this.strings.camera);
      this.cameraUnavailable = error.code === 'camera_not_found' || error.code === 'camera_unsupported';
      if (this.allowUpload) this.mode = 'upload';
      return;
    }
    // Labels and the device list are complete only once a camera is allowed.
    const count = await this.#camera.countCameras();
    if (this.isConnected) this.cameraCount = count;
  }

  #retryCamera(): void {
    void this.#startCamera(this.#facing);
  }

  async #toggleTorch(): Promise<void> {
    const on = !this.torchOn;
    if (await this.#camera.setTorch(on)) this.torchOn = on;
  }

  #switchCamera(): void {
    this.facingOverride = this.#facing === 'user' ? 'environment' : 'user';
  }

  #switchTo(mode: Mode): void {
    this.message = '';
    this.mode = mode;
  }

  /** The capture engine's checker, shared by the auto-capture loop and the check after each photo. */
  #checker(): Promise<ImageChecker> {
    if (!this.#holdsChecker) acquireChecker();
    this.#holdsChecker = true;
    return loadChecker();
  }

  /** Takes the photo (the shutter, or auto-capture) and checks it. */
  async #shoot(): Promise<void> {
    const video = this.renderRoot.querySelector('video');
    if (this.#capturing || this.checked || !video || this.#camera.state !== 'live') return;
    this.#capturing = true;
    const pick = ++this.#pick;
    const stale = () => pick !== this.#pick || !this.isConnected;
    this.#auto.stop();
    this.#autoVideo = null;
    this.checking = true;
    let expired = false;
    const shot: Shot = { ended: () => expired || stale(), blank: false };
    try {
      const prepared = await within(this.#checkShot(video, shot), this.checkTimeout);
      expired = true;
      if (stale()) return;
      if (prepared) {
        this.#show(prepared.blob, 'camera', prepared.verdict.problems, false);
        return;
      }
      // Only frames without a picture until the deadline: the camera failed, whatever a copy of the video shows.
      if (shot.blank) throw new Error('The camera gave no picture.');
      // The checks cannot run here (no engine, no Worker and no canvas to fall back on), or did not end in
      // time: never block the person.
      const image = await captureVideoFrame(video);
      if (stale()) return;
      this.#show(image, 'camera', [], true);
    } catch {
      if (stale()) return;
      this.message = this.allowUpload ? this.strings.camera.failed : this.strings.camera.requiredFailed;
    } finally {
      if (!stale()) {
        this.checking = false;
        this.#capturing = false;
      }
    }
  }

  /**
   * The checked photo of the video's current frame, or null when the checks cannot run (or the shot `ended()`).
   * A frame without a picture is no photo: WebKitGTK 2.50 copies a playing video fully transparent in its stream's
   * first second and now and then on a loaded machine, and the check
   * answers `blank_frame`. The next frame the video shows is taken then, until the shot ends.
   *
   * The preview is never paused (it is dimmed while the photo is checked): pausing a camera's `<video>` in its first
   * seconds deadlocks WebKitGTK 2.50's media pipeline, and the whole page with it (measured on fresh pages: `pause()`
   * soon after `play()` hung 2 of 6, a copy of the frame then `pause()` 10 of 34, copies without `pause()` none of 14).
   */
  async #checkShot(video: HTMLVideoElement, shot: Shot): Promise<PreparedImage | null> {
    for (;;) {
      const frame = await grabFrame(video);
      if (shot.ended()) {
        if (frame && !(frame instanceof Blob)) frame.close();
        return null;
      }
      if (!frame) return null;
      shot.blank = false;
      try {
        return await (await this.#checker()).prepare(frame, this.#kind);
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

  async #accept(file: File | undefined): Promise<void> {
    if (!file) return;
    const pick = ++this.#pick;
    const stale = () => pick !== this.#pick || !this.isConnected;
    const t = this.strings.capture;
    const problem = await imageFileProblem(file, t);
    if (stale()) return;
    // Re-setting the same text would not be announced again: clear first when it repeats.
    this.message = '';
    if (problem) return this.#fileMessage(problem);
    this.checking = true;
    // The file input gives way to "Checking the photo…": keep the focus in the step until the verdict takes it.
    void this.updateComplete.then(() => {
      if (this.checking) this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    });
    try {
      // Past the deadline, or where the checks cannot run, the file is offered unchecked.
      const outcome = await within(this.#checkFile(file, stale), this.checkTimeout);
      if (stale()) return;
      if (outcome && 'problem' in outcome) return this.#fileMessage(fileProblemMessage(outcome.problem, file, t));
      if (outcome) return this.#show(outcome.prepared.blob, 'upload', outcome.prepared.verdict.problems, false);
      // Unchecked, but never with its metadata: stripped without decoding, or not sent at all.
      const stripped = await withoutMetadata(file);
      if (stale()) return;
      if (!stripped) return this.#fileMessage(t.fileNotPrepared(file.name));
      this.#show(stripped, 'upload', [], true);
    } finally {
      if (!stale()) this.checking = false;
    }
  }

  /** The checked photo of `file`, what is wrong with the file, or null when the checks cannot run. */
  async #checkFile(file: File, stale: () => boolean): Promise<{ prepared: PreparedImage } | { problem: ImageProblem } | null> {
    const checker = await this.#checker().catch(() => null);
    if (!checker || stale()) return null;
    try {
      return { prepared: await checker.prepare(file, this.#kind) };
    } catch (error) {
      // The browser cannot decode what the sniffer let through (a truncated file, say): the file's fault.
      if (error instanceof VerifyError && FILE_PROBLEMS.includes(error.code)) return { problem: error.code as ImageProblem };
      return null;
    }
  }

  #fileMessage(text: string): void {
    void this.updateComplete.then(() => (this.message = text));
  }

  /** Shows `image` on the check screen and moves focus to the verdict. */
  #show(image: Blob, source: CaptureSource, problems: readonly QualityProblem[], unchecked: boolean): void {
    this.#drop();
    if (problems.length) this.#failures++;
    this.checked = { image, url: URL.createObjectURL(image), source, problems, unchecked };
    this.checking = false;
    this.#capturing = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=verdict]')?.focus());
  }

  /** Forgets the photo on the check screen. */
  #drop(): void {
    if (this.checked) URL.revokeObjectURL(this.checked.url);
    this.checked = null;
  }

  #use(): void {
    const checked = this.checked;
    if (!checked || this.#captured) return;
    if (checked.problems.length && !this.#mayOverride) return;
    this.#captured = true;
    this.dispatchEvent(new CaptureEvent({ side: this.side, image: checked.image, source: checked.source }));
  }

  #retake(): void {
    if (this.#captured) return;
    this.#pick++;
    this.#drop();
    this.message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  #onFileChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.#accept(input.files?.[0]);
    // Choosing the same file again after fixing nothing should still report it.
    input.value = '';
  }

  #onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #onDragLeave(): void {
    this.dragging = false;
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    if (this.checking || this.checked) return;
    void this.#accept(event.dataTransfer?.files[0]);
  }
}
