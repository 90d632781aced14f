// What the capture step shows before there is a photo to check: the tips, the live camera with its guide and
// tools, the upload's drop zone, and the buttons of the action bar. Templates only; the step owns the state.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DocumentType, FileSide } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import type { CameraController, FacingMode } from '../../controllers/camera-controller.js';
import type { AutoCaptureState } from '../../capture/index.js';
import { ACCEPT } from './image-input.js';
import { renderRing } from './capture-check-view.js';

export type CaptureMode = 'camera' | 'upload';

/**
 * The step's state as these templates read it, and its handlers. Lit calls a handler with the step (the render's
 * host) as `this`, so the step passes its own methods unbound and their identity stays the same across renders.
 */
export interface LiveView {
  /** The step's own properties. */
  step: {
    strings: Strings;
    side: FileSide;
    documentType: DocumentType | undefined;
    allowUpload: boolean;
    /** "Continue on your phone"; empty: not offered. */
    handoffLabel: string;
  };
  mode: CaptureMode;
  cameraUnavailable: boolean;
  camera: Pick<CameraController, 'state' | 'stream' | 'hasTorch'>;
  cameraCount: number;
  torchOn: boolean;
  facing: FacingMode;
  /** A photo is being checked. */
  checking: boolean;
  /** The auto-capture's state while no photo is being checked. */
  auto: AutoCaptureState | undefined;
  /** What to fix in the live picture, or ''. */
  hint: string;
  flash: boolean;
  dragging: boolean;
  onFlashEnd: () => void;
  onShoot: () => void;
  onRetryCamera: () => void;
  onToggleTorch: () => void;
  onSwitchCamera: () => void;
  onSwitchTo: (mode: CaptureMode) => void;
  onHandoff: () => void;
  onFileChange: (event: Event) => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
}

/** The phone layout's media query (shared.styles.ts): there the tips start folded. */
const isPhone = (): boolean => globalThis.matchMedia?.('(max-width: 600px), (pointer: coarse)').matches ?? false;

/**
 * The tips, before the camera: open where there is room; on phones folded under their label while the camera
 * shows, so the preview keeps the room it needs for the whole guide (down to 320 × 568).
 */
export function renderTips({ step, mode }: LiveView) {
  const t = step.strings.capture;
  return html`<details class="tips-fold" ?open=${!isPhone() || mode === 'upload'}>
    <summary class="muted">${t.tipsLabel}</summary>
    <ul class="muted tips" part="tips" aria-label=${t.tipsLabel}>
      ${t.tips.map((tip) => html`<li>${tip}</li>`)}
    </ul>
  </details>`;
}

export function renderCaptureActions(view: LiveView) {
  const { step, mode, camera, checking } = view;
  const { strings } = step;
  const t = strings.capture;
  const choosing = mode === 'upload' && !checking;
  return html`
    ${checking ? nothing : renderSwitch(view)}
    ${step.handoffLabel && !checking
      ? html`<button type="button" part="handoff-button" class="button button--secondary handoff-offer" @click=${view.onHandoff}>
          ${step.handoffLabel}
        </button>`
      : nothing}
    ${choosing
      ? // The file input and its label are the upload's main action, in the bar like the shutter.
        // The input inside its label: where focus is, the label is drawn (WebKit hit-tests a hidden input elsewhere).
        html`<label for="file" class="button button--primary file-button"
          ><input id="file" class="file-input visually-hidden" type="file" accept=${ACCEPT} aria-describedby="file-hint file-formats" @change=${view.onFileChange} />${t.chooseFile}</label
        >`
      : nothing}
    ${mode === 'camera' && camera.state === 'error'
      ? html`<button type="button" class="button button--primary" @click=${view.onRetryCamera}>${strings.camera.retry}</button>`
      : nothing}
    ${mode === 'camera' && camera.state !== 'error'
      ? html`<button type="button" class="button button--primary" part="capture-button" ?disabled=${camera.state !== 'live' || checking} @click=${view.onShoot}>
          ${t.capture}
        </button>`
      : nothing}
  `;
}

export function renderCamera(view: LiveView) {
  const { step, camera, checking, auto, hint } = view;
  const { strings } = step;
  const { state, stream } = camera;
  const t = strings.capture.check;
  // The message says what went wrong; trying the camera again is then the bar's main action.
  if (state === 'error') return nothing;
  const isSelfie = step.side === 'selfie';
  const steady = auto?.phase === 'steadying' || auto?.phase === 'capture';
  const guide = isSelfie ? 'guide--oval' : step.documentType === 'passport' ? 'guide--passport' : 'guide--card';
  // live(): assigning srcObject, even the same stream, restarts the video's load, and Lit would assign it on every
  // render; WebKit then takes seconds to show a frame again (docs/engine-notes.md).
  return html`
    <div class="viewfinder ${checking ? 'viewfinder--checking' : ''} ${view.flash ? 'viewfinder--flash' : ''}" @animationend=${view.onFlashEnd}>
      <video
        part="camera-preview"
        class=${view.facing === 'user' ? 'mirrored' : ''}
        aria-label=${strings.camera.preview}
        autoplay
        playsinline
        muted
        .srcObject=${live(stream)}
      ></video>
      <div class="guide ${guide} ${steady ? 'guide--steady' : ''}" part="framing-guide">
        ${steady ? renderRing(auto!.progress, isSelfie ? 'oval' : 'rect', hint) : nothing}
      </div>
      ${hint ? html`<p class="hint ${steady ? 'hint--steady' : ''}" part="capture-hint" aria-hidden="true">${hint}</p>` : nothing}
      <div class="camera-tools">
        ${state === 'live' && camera.hasTorch
          ? html`<button type="button" class="tool" aria-pressed=${view.torchOn ? 'true' : 'false'} @click=${view.onToggleTorch}>${t.torch}</button>`
          : nothing}
        ${state === 'live' && view.cameraCount > 1 ? html`<button type="button" class="tool" @click=${view.onSwitchCamera}>${t.switchCamera}</button>` : nothing}
      </div>
      <p class="viewfinder-status" role="status">
        ${state === 'starting' ? strings.camera.starting : checking ? t.checking : ''}
      </p>
    </div>
  `;
}

export function renderUpload({ step, checking, dragging, onDragOver, onDragLeave, onDrop }: LiveView) {
  const { strings } = step;
  const t = strings.capture;
  if (checking) {
    return html`<div class="viewfinder viewfinder--check"><p class="viewfinder-status" role="status">${t.check.checking}</p></div>`;
  }
  return html`
    <div class="drop-zone ${dragging ? 'drop-zone--active' : ''}" part="drop-zone" @dragover=${onDragOver} @dragleave=${onDragLeave} @drop=${onDrop}>
      <span id="file-hint" class="muted">${t.dropHint}</span>
    </div>
    <p id="file-formats" class="muted formats">${strings.feedback.fileFormats}</p>
  `;
}

function renderSwitch({ step, mode, cameraUnavailable, onSwitchTo }: LiveView) {
  const { strings } = step;
  if (!step.allowUpload) return nothing;
  if (mode === 'camera') {
    return html`<button type="button" part="source-switch" class="button button--link" @click=${() => onSwitchTo('upload')}>
      ${strings.capture.useUpload}
    </button>`;
  }
  if (cameraUnavailable) return nothing;
  return html`<button type="button" part="source-switch" class="button button--link" @click=${() => onSwitchTo('camera')}>
    ${strings.capture.useCamera}
  </button>`;
}
