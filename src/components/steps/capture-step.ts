import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentType, FileSide } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import { CameraController, CameraError, type CameraErrorCode, type FacingMode } from '../../controllers/camera-controller.js';
import { CaptureEvent, type CaptureSource } from '../step-events.js';
import { sharedStyles } from '../shared.styles.js';
import { captureStepStyles } from './capture-step.styles.js';
import { lookup } from '../../locales/index.js';
import { ACCEPT, captureVideoFrame, imageFileProblem } from './image-input.js';

type Mode = 'camera' | 'upload';

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
 * @summary Takes one image — a document side or a selfie — with the live camera, or from a file.
 *
 * Upload is always offered unless `allowUpload` is false (the session requires live capture); when the
 * camera is refused or missing, the step says why and moves to upload, or explains that a camera is needed.
 * The camera is on only while the preview shows: it stops on capture, on switching to upload and on removal.
 *
 * @fires vi-capture - `{ side, image, source }` with a JPEG from the camera or a checked file.
 * @csspart heading - The step heading.
 * @csspart camera-preview - The live `<video>`.
 * @csspart framing-guide - The card or oval overlay on the preview.
 * @csspart capture-button - The "Take photo" button.
 * @csspart drop-zone - The upload area that accepts a dropped file.
 * @csspart message - The live region for problems with the camera or the file.
 * @tagname verify-identity-capture-step
 */
export class VerifyCaptureStep extends LitElement {
  static override styles = [sharedStyles, captureStepStyles];

  @property({ attribute: false }) strings!: Strings;
  /** Which image this step takes. */
  @property() side: FileSide = 'front';
  /** The chosen document, to name it in the heading. */
  @property({ attribute: false }) documentType: DocumentType | undefined;
  /** False when the session requires live capture: no file picker, no drop zone. */
  @property({ type: Boolean, attribute: 'allow-upload' }) allowUpload = true;
  /** Open the camera first (when false and upload is allowed, open on upload). */
  @property({ type: Boolean, attribute: 'prefer-camera' }) preferCamera = true;
  /** Where the camera comes from. @default navigator.mediaDevices */
  @property({ attribute: false }) mediaDevices: MediaDevices | undefined;

  @state() private mode: Mode = 'camera';
  /** The latest problem, read out by the live region. */
  @state() private message = '';
  @state() private dragging = false;
  /** Set once the camera reported that no camera can be used here, so it is not offered again. */
  @state() private cameraUnavailable = false;

  readonly #camera = new CameraController(this);
  /** An image was handed over: keep the camera off until the step is shown again. */
  #captured = false;
  /** Synchronous guard: one capture per press, however fast the clicks. */
  #capturing = false;
  #facingMode: FacingMode | null = null;
  /** Counts the files chosen (and side changes): a file's check that ends after a newer one is dropped. */
  #pick = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Shown again (e.g. after a retake): the camera may run again. Lit does not re-render on reconnection.
    this.#captured = false;
    if (this.hasUpdated) this.requestUpdate();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#camera.mediaDevices = this.mediaDevices;
    if (changed.has('side')) {
      this.#pick++;
      this.#captured = false;
      this.message = '';
    }
    if (changed.has('side') || changed.has('allowUpload') || changed.has('preferCamera')) {
      this.mode = this.allowUpload && (!this.preferCamera || this.cameraUnavailable) ? 'upload' : 'camera';
    }
    // Here rather than in updated(): the camera's own state changes then land in this same render.
    this.#syncCamera();
  }

  override render() {
    const t = this.strings.capture;
    // The type comes from the service: only a name the strings have, never a prototype member or `undefined`.
    const documentName = lookup(this.strings.documentTypeNames, this.documentType) ?? t.genericDocument;
    const isSelfie = this.side === 'selfie';
    return html`
      <h2 id="step-heading" tabindex="-1" part="heading">${t.headings[this.side](documentName)}</h2>
      <p class="muted">
        ${this.mode === 'upload' ? t.uploadInstructions : t.cameraInstructions[isSelfie ? 'selfie' : 'document']}
      </p>
      ${this.mode === 'camera' ? this.#renderCamera(isSelfie) : this.#renderUpload()}
      <p class="error" role="alert" part="message">${this.message}</p>
      <div class="actions">
        ${isSelfie
          ? nothing
          : html`<verify-identity-help exportparts="button:help-button, panel:help-panel" class="tips" .label=${t.tipsLabel}>
              <ul>
                ${t.tips.map((tip) => html`<li>${tip}</li>`)}
              </ul>
            </verify-identity-help>`}
        ${this.#renderSwitch()}
        ${this.mode === 'camera' && this.#camera.state !== 'error'
          ? html`<button
              type="button"
              class="button button--primary"
              part="capture-button"
              ?disabled=${this.#camera.state !== 'live'}
              @click=${this.#capture}
            >
              ${t.capture}
            </button>`
          : nothing}
      </div>
    `;
  }

  #renderCamera(isSelfie: boolean) {
    const { state, stream } = this.#camera;
    if (state === 'error') {
      return html`<div class="actions actions--start">
        <button type="button" class="button button--secondary" @click=${this.#retryCamera}>
          ${this.strings.camera.retry}
        </button>
      </div>`;
    }
    return html`
      <div class="viewfinder">
        <video
          part="camera-preview"
          class=${isSelfie ? 'mirrored' : ''}
          aria-label=${this.strings.camera.preview}
          autoplay
          playsinline
          muted
          .srcObject=${stream}
        ></video>
        <div class="guide ${isSelfie ? 'guide--oval' : 'guide--card'}" part="framing-guide" aria-hidden="true"></div>
        <p class="viewfinder-status" role="status">${state === 'starting' ? this.strings.camera.starting : ''}</p>
      </div>
    `;
  }

  #renderUpload() {
    const t = this.strings.capture;
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

  #renderSwitch() {
    if (!this.allowUpload) return nothing;
    if (this.mode === 'camera') {
      return html`<button type="button" class="button button--link" @click=${() => this.#switchTo('upload')}>
        ${this.strings.capture.useUpload}
      </button>`;
    }
    if (this.cameraUnavailable) return nothing;
    return html`<button type="button" class="button button--link" @click=${() => this.#switchTo('camera')}>
      ${this.strings.capture.useCamera}
    </button>`;
  }

  /** Starts the camera when the preview shows and stops it (or clears its error) otherwise. */
  #syncCamera(): void {
    const wanted = this.isConnected && this.mode === 'camera' && !this.#captured;
    const facingMode: FacingMode = this.side === 'selfie' ? 'user' : 'environment';
    const { state } = this.#camera;
    if (!wanted) {
      if (state !== 'idle') this.#camera.stop();
      return;
    }
    if (state === 'idle' || (state !== 'error' && this.#facingMode !== facingMode)) void this.#startCamera(facingMode);
  }

  async #startCamera(facingMode: FacingMode): Promise<void> {
    this.#facingMode = facingMode;
    this.message = '';
    try {
      await this.#camera.start({ facingMode });
    } catch (error) {
      // Anything else is a start superseded by a newer one or by stop(): nothing to report.
      if (!(error instanceof CameraError)) return;
      this.message = cameraProblem(error.code, this.allowUpload, this.strings.camera);
      this.cameraUnavailable = error.code === 'camera_not_found' || error.code === 'camera_unsupported';
      if (this.allowUpload) this.mode = 'upload';
    }
  }

  #retryCamera(): void {
    void this.#startCamera(this.side === 'selfie' ? 'user' : 'environment');
  }

  #switchTo(mode: Mode): void {
    this.message = '';
    this.mode = mode;
  }

  async #capture(): Promise<void> {
    const video = this.renderRoot.querySelector('video');
    if (this.#capturing || !video) return;
    this.#capturing = true;
    try {
      const image = await captureVideoFrame(video);
      this.#captured = true;
      this.#camera.stop();
      this.#emit(image, 'camera');
    } catch {
      this.message = this.allowUpload ? this.strings.camera.failed : this.strings.camera.requiredFailed;
    } finally {
      this.#capturing = false;
    }
  }

  async #accept(file: File | undefined): Promise<void> {
    if (!file) return;
    const pick = ++this.#pick;
    const problem = await imageFileProblem(file, this.strings.capture);
    if (pick !== this.#pick || !this.isConnected) return;
    // Re-setting the same text would not be announced again: clear first when it repeats.
    this.message = '';
    if (problem) {
      void this.updateComplete.then(() => (this.message = problem));
      return;
    }
    this.#captured = true;
    this.#emit(file, 'upload');
  }

  #emit(image: Blob, source: CaptureSource): void {
    this.dispatchEvent(new CaptureEvent({ side: this.side, image, source }));
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
    void this.#accept(event.dataTransfer?.files[0]);
  }
}
