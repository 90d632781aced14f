import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentType, FileSide } from '../../core/types.js';
import { CameraController, CameraError, type FacingMode } from '../../controllers/camera-controller.js';
import { CaptureEvent, HandoffStartEvent } from '../step-events.js';
import { StepElement } from './step-element.js';
import { captureStepStyles } from './capture-step.styles.js';
import { lookup } from '../../locales/index.js';
import { fileProblemMessage, imageFileProblem } from './image-input.js';
import { AutoCaptureController } from '../../controllers/auto-capture-controller.js';
import { PhotoCheckController } from '../../controllers/photo-check-controller.js';
import { cameraProblem, problemText, renderCheck, renderCheckActions } from './capture-check-view.js';
import { renderCamera, renderCaptureActions, renderTips, renderUpload, type CaptureMode, type LiveView } from './capture-live-view.js';
import { ThrottledAnnouncer } from '../../controllers/throttled-announcer.js';
// Types only: the engine and its Worker are a chunk of their own, loaded when the step first needs them.
import type { ImageKind } from '../../capture/index.js';

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
 * @fires vi-step-complete - `{ side, image, source }`: the upload-ready JPEG (downscaled, re-encoded, no metadata).
 * @csspart heading - The step heading.
 * @csspart camera-preview - The live `<video>`.
 * @csspart framing-guide - The card, passport page or oval overlay on the preview.
 * @csspart capture-hint - What to fix, shown over the preview while the camera runs ("Hold still — taking the photo" when steady).
 * @csspart capture-progress - The countdown before the automatic shot: the guide's edge filling in (a progressbar).
 * @csspart capture-button - The "Take photo" button.
 * @csspart drop-zone - The upload area that accepts a dropped file.
 * @csspart photo - The photo on the check screen.
 * @csspart verdict - The checks' verdict on the photo.
 * @csspart tips - The tips for a good photo of a document, shown under the instructions.
 * @csspart action-bar - The bar of buttons at the bottom of the step.
 * @csspart use-photo-button - "Use this photo" (or, after two refused photos, "Use this photo anyway") on the check.
 * @csspart retake-button - "Retake" on the check.
 * @csspart source-switch - "Upload a photo instead" / "Use the camera".
 * @csspart handoff-button - "Continue on your phone", beside them (with `handoffLabel`; never on a phone-sized or touch screen).
 * @csspart message - The live region for problems with the camera or the file.
 * @tagname verify-identity-capture-step
 */
export class VerifyCaptureStep extends StepElement {
  static override styles = [StepElement.styles, captureStepStyles];

  /** Which image this step takes. */
  @property() side: FileSide = 'front';
  /** The chosen document, to name it in the heading and shape the frame. */
  @property({ attribute: false }) documentType: DocumentType | undefined;
  /** False for live capture only: no file picker, no drop zone. */
  @property({ type: Boolean, attribute: 'allow-upload' }) allowUpload = true;
  /** Open the camera first (when false and upload is allowed, open on upload). */
  @property({ type: Boolean, attribute: 'prefer-camera' }) preferCamera = true;
  /** The leave question covers the step: the camera is off until it is answered. */
  @property({ type: Boolean }) paused = false;
  /** Where the camera comes from. @default navigator.mediaDevices */
  @property({ attribute: false }) mediaDevices: MediaDevices | undefined;
  /** Ms a photo's check may take before the photo is offered unchecked: whatever hangs, the check ends. @default 20000 */
  @property({ type: Number, attribute: false }) checkTimeout = 20_000;
  /** "Continue on your phone" as a choice beside upload and camera; empty: not offered. */
  @property({ attribute: false }) handoffLabel = '';

  @state() private mode: CaptureMode = 'camera';
  /** The latest problem, read out by the live region. */
  @state() private message = '';
  @state() private dragging = false;
  /** Set once the camera reported that no camera can be used here, so it is not offered again. */
  @state() private cameraUnavailable = false;
  @state() private torchOn = false;
  @state() private cameraCount = 0;
  /** The camera the person switched to, instead of the side's usual one. */
  @state() private facingOverride: FacingMode | null = null;
  /** A photo was just taken with the camera: the viewfinder flashes once (never under reduced motion). */
  @state() private flash = false;

  readonly #camera = new CameraController(this);
  /** The live hint as announced: shown at once, read out at most every 1.5 s. */
  readonly #hint = new ThrottledAnnouncer(this);
  readonly #photo = new PhotoCheckController(this);
  readonly #auto = new AutoCaptureController(this, {
    onCapture: () => void this.#shoot(),
    // The shared checker: the controller's close() on disconnection must not end it for other steps.
    createChecker: () => this.#photo.checker().then((checker) => ({ check: checker.check.bind(checker), close: () => undefined })),
  });
  /** An image was handed over: keep the camera off until the step is shown again. */
  #captured = false;
  #facingMode: FacingMode | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Shown again (e.g. after a retake): the camera may run again. Lit does not re-render on reconnection.
    this.#captured = false;
    if (this.hasUpdated) this.requestUpdate();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#camera.mediaDevices = this.mediaDevices;
    this.#photo.timeoutMs = this.checkTimeout;
    if (changed.has('side')) {
      this.#photo.reset();
      this.#captured = false;
      this.facingOverride = null;
      this.message = '';
      this.flash = false;
    }
    if (changed.has('side') || changed.has('allowUpload') || changed.has('preferCamera')) {
      this.mode = this.allowUpload && (!this.preferCamera || this.cameraUnavailable) ? 'upload' : 'camera';
    }
    // Here rather than in updated(): the camera's own state changes then land in this same render.
    this.#syncCamera();
    this.#hint.set(this.#liveHint(true));
  }

  override updated(): void {
    // Auto-capture samples the preview while it shows a live picture and no photo is being checked.
    const sample = this.#camera.state === 'live' && !this.#photo.checked && !this.#photo.checking && !this.#captured;
    this.#auto.follow(sample ? this.renderRoot.querySelector('video') : null, this.#kind);
  }

  /** A photo on the check screen, not used yet, is the person's work. */
  override get holdsWork(): boolean {
    return this.#photo.checked !== null && !this.#captured;
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
    const { checked, mayOverride } = this.#photo;
    const check = checked && { checked, mayOverride, strings: this.strings, side: this.side, onUse: this.#use, onRetake: this.#retake };
    const live = check ? null : this.#liveView();
    return html`
      <h2 id="step-heading" tabindex="-1" part="heading">${heading}</h2>
      <p class="muted instructions">${this.#photo.checked ? nothing : instructions}</p>
      ${this.#photo.checked || isSelfie ? nothing : renderTips(live!)}
      ${check ? renderCheck(check) : this.mode === 'camera' ? renderCamera(live!) : renderUpload(live!)}
      <p class="error" role="alert" part="message">${this.message}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this.#hint.text}</p>
      <div class="actions action-bar" part="action-bar">${check ? renderCheckActions(check) : renderCaptureActions(live!)}</div>
    `;
  }

  /** What the camera, upload and action-bar templates read while there is no photo on the check. */
  #liveView(): LiveView {
    const checking = this.#photo.checking;
    return {
      step: this,
      mode: this.mode,
      cameraUnavailable: this.cameraUnavailable,
      camera: this.#camera,
      cameraCount: this.cameraCount,
      torchOn: this.torchOn,
      facing: this.#facing,
      checking,
      auto: checking ? undefined : this.#auto.state,
      hint: this.#liveHint(),
      flash: this.flash,
      dragging: this.dragging,
      onFlashEnd: () => (this.flash = false),
      onShoot: this.#shoot,
      onRetryCamera: this.#retryCamera,
      onToggleTorch: this.#toggleTorch,
      onSwitchCamera: this.#switchCamera,
      onSwitchTo: (mode) => this.#switchTo(mode),
      onHandoff: () => this.dispatchEvent(new HandoffStartEvent()),
      onFileChange: this.#onFileChange,
      onDragOver: this.#onDragOver,
      onDragLeave: this.#onDragLeave,
      onDrop: this.#onDrop,
    };
  }

  /** What to fix in the live picture, or '' (nothing to say, or no live picture); `spoken`: as announced, steadier. */
  #liveHint(spoken = false): string {
    const auto = this.#auto.state;
    if (!auto || this.mode !== 'camera' || this.#photo.checked || this.#photo.checking || this.#camera.state !== 'live') return '';
    const steady = auto.phase === 'steadying' || auto.phase === 'capture';
    const hint = spoken ? this.#auto.spoken : steady ? 'steady' : auto.phase === 'adjusting' ? auto.hint : null;
    if (hint === 'steady') return this.strings.capture.check.steady;
    return hint ? problemText(hint, this.strings, this.side) : '';
  }

  /** Starts the camera when the preview shows and stops it (or clears its error) otherwise. */
  #syncCamera(): void {
    const wanted = this.isConnected && !this.paused && this.mode === 'camera' && !this.#captured && !this.#photo.checked;
    const facingMode = this.#facing;
    const { state } = this.#camera;
    if (!wanted) {
      if (state !== 'idle') this.#camera.stop();
      this.torchOn = false;
      return;
    }
    if (state === 'idle' || (state !== 'error' && this.#facingMode !== facingMode)) void this.#startCamera(facingMode);
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

  #switchTo(mode: CaptureMode): void {
    this.message = '';
    this.mode = mode;
  }

  /** Takes the photo (the shutter, or auto-capture) and checks it. */
  async #shoot(): Promise<void> {
    const video = this.renderRoot.querySelector('video');
    if (this.#photo.busy || !video || this.#camera.state !== 'live') return;
    this.#auto.stop();
    this.flash = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const outcome = await this.#photo.shoot(video, this.#kind);
    if (outcome === 'shown') this.#focus('[part=verdict]');
    if (outcome === 'failed') this.message = this.allowUpload ? this.strings.camera.failed : this.strings.camera.requiredFailed;
  }

  async #accept(file: File | undefined): Promise<void> {
    if (!file) return;
    const stale = this.#photo.begin();
    const t = this.strings.capture;
    const problem = await imageFileProblem(file, t);
    if (stale()) return;
    // Re-setting the same text would not be announced again: clear first when it repeats.
    this.message = '';
    if (problem) return this.#fileMessage(problem);
    const checked = this.#photo.checkFile(file, this.#kind, stale);
    // The file input gives way to "Checking the photo…": keep the focus in the step until the verdict takes it.
    void this.updateComplete.then(() => {
      if (this.#photo.checking) this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    });
    const outcome = await checked;
    if (outcome === 'shown') this.#focus('[part=verdict]');
    else if (outcome === 'unprepared') this.#fileMessage(t.fileNotPrepared(file.name));
    else if (typeof outcome === 'object') this.#fileMessage(fileProblemMessage(outcome.problem, file, t));
  }

  #fileMessage(text: string): void {
    void this.updateComplete.then(() => (this.message = text));
  }

  /** Moves the focus to `selector` once the step has rendered. */
  #focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #use(): void {
    const photo = this.#photo.usable();
    if (!photo || this.#captured) return;
    this.#captured = true;
    this.dispatchEvent(new CaptureEvent({ side: this.side, image: photo.image, source: photo.source }));
  }

  #retake(): void {
    if (this.#captured) return;
    this.#photo.retake();
    this.message = '';
    this.flash = false;
    this.#focus('#step-heading');
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
    if (this.#photo.checking || this.#photo.checked) return;
    void this.#accept(event.dataTransfer?.files[0]);
  }
}
