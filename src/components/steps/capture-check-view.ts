// What the capture step shows of a photo and the camera's state in words: the check screen with its verdict and
// buttons, the auto-capture countdown, and the texts for problems. Templates only; the step owns the state.
import { html, nothing, svg } from 'lit';
import type { FileSide } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import type { CameraErrorCode } from '../../controllers/camera-controller.js';
import type { CheckedPhoto } from '../../controllers/photo-check-controller.js';
import type { QualityProblem } from '../../capture/index.js';

export interface CheckView {
  checked: CheckedPhoto;
  /** A failing photo may be used after a warning. */
  mayOverride: boolean;
  strings: Strings;
  side: FileSide;
  onUse: () => void;
  onRetake: () => void;
}

/** The photo and the checks' verdict on it. */
export function renderCheck({ checked, mayOverride, strings, side }: CheckView) {
  const t = strings.capture.check;
  const failing = checked.problems.length > 0;
  return html`
    <div class="viewfinder viewfinder--check">
      <img part="photo" class="photo" src=${checked.url} alt=${t.imageAlt} />
    </div>
    <div class="verdict ${failing ? 'verdict--problem' : 'verdict--ok'}" part="verdict" tabindex="-1">
      ${checked.unchecked
        ? html`<p>${t.unchecked}</p>`
        : failing
          ? html`<p>${mayOverride ? t.mayBeRefused : t.refused}</p>
              <ul>
                ${checked.problems.map((problem) => html`<li>${problemText(problem, strings, side, checked.source)}</li>`)}
              </ul>
              ${mayOverride ? html`<p class="warning">${t.warning}</p>` : nothing}`
          : html`<p>${side === 'selfie' ? t.selfieGood : t.good}</p>`}
    </div>
  `;
}

/** Retake, and use the photo: offered for a passing photo, or for a failing one once it may be used anyway. */
export function renderCheckActions({ checked, mayOverride, strings, onUse, onRetake }: CheckView) {
  const t = strings.capture.check;
  const failing = checked.problems.length > 0;
  const retake = html`<button type="button" part="retake-button" class="button ${failing ? 'button--primary' : 'button--secondary'}" @click=${onRetake}>
    ${checked.source === 'upload' ? t.chooseAnother : t.retake}
  </button>`;
  if (!failing) {
    return html`${retake}<button type="button" part="use-photo-button" class="button button--primary" @click=${onUse}>${t.use}</button>`;
  }
  return html`${mayOverride
    ? html`<button type="button" part="use-photo-button" class="button button--secondary" @click=${onUse}>${t.useAnyway}</button>`
    : nothing}${retake}`;
}

/**
 * The countdown before the automatic shot: the guide's own edge fills in as the frames stay steady, so the
 * progress shows where the person is looking. Rendered inside the guide; `label` is the steady text shown over it.
 */
export function renderRing(progress: number, shape: 'rect' | 'oval', label: string) {
  const percent = Math.round(progress * 100);
  // The offset is a presentation attribute, not a style attribute, which a strict CSP (style-src-attr) refuses.
  const edge = (kind: string, offset = 0) =>
    shape === 'oval'
      ? svg`<ellipse class=${kind} stroke-dashoffset=${offset} cx="50%" cy="50%" rx="50%" ry="50%" pathLength="100" />`
      : svg`<rect class=${kind} stroke-dashoffset=${offset} width="100%" height="100%" rx="12" pathLength="100" />`;
  return html`<div class="ring" part="capture-progress" role="progressbar" aria-label=${label} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent}>
    <svg aria-hidden="true">${edge('ring-track')}${edge('ring-progress', 100 - percent)}</svg>
  </div>`;
}

/** What to fix about a photo (or the live picture), in the person's words: for a chosen file, which file to choose instead. */
export function problemText(problem: QualityProblem | 'hold_still', strings: Strings, side: FileSide, source: 'camera' | 'upload' = 'camera'): string {
  const t = strings.capture.check;
  if (problem === 'hold_still') return t.holdStill;
  if (problem === 'glare' && side === 'selfie') return source === 'upload' ? t.fileSelfieGlare : t.selfieGlare;
  if (problem === 'too_far' && side === 'selfie') return source === 'upload' ? t.fileSelfieTooFar : t.selfieTooFar;
  return source === 'upload' ? t.fileProblems[problem] : t.problems[problem];
}

/** What to tell the person about a camera failure, depending on whether uploading is an option. */
export function cameraProblem(code: CameraErrorCode, allowUpload: boolean, strings: Strings['camera']): string {
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
