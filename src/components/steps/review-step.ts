import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FileSide, IdNumberDetails } from '../../core/types.js';
import { EditEvent, RetakeEvent, SubmitRequestEvent } from '../step-events.js';
import { StepElement } from './step-element.js';
import { reviewStepStyles } from './review-step.styles.js';

export interface ReviewCapture {
  side: FileSide;
  image: Blob;
}

/** Rounded to tens so the live region speaks a few times per upload, not at every byte. */
function percent(progress: number): number {
  return Math.round(Math.min(Math.max(progress, 0), 1) * 10) * 10;
}

/** A `YYYY-MM-DD` date as the person's language writes it (read as a calendar date: no time zone shift). */
export function formatDate(isoDate: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

/**
 * @summary Shows the images and details before submitting; each image can be retaken.
 *
 * The shell sets `busy` while it uploads and submits, `progress` as files upload, and `error` when
 * something failed. Submit fires once per attempt: it stays locked until `busy` goes from true back to false.
 *
 * @fires vi-retake - `{ side }` when a Retake button is pressed.
 * @fires vi-edit - `{ step: 'id-number' }` when Edit is pressed beside the details.
 * @fires vi-step-complete - When Submit is pressed, at most once per attempt.
 * @csspart heading - The step heading.
 * @csspart thumbnail - Each image preview.
 * @csspart progress - The upload `<progress>`.
 * @csspart error - The alert region for a failed submission.
 * @csspart submit-button - The Submit button.
 * @csspart edit-button - Edit beside the typed details.
 * @tagname verify-identity-review-step
 */
export class VerifyReviewStep extends StepElement {
  static override styles = [StepElement.styles, reviewStepStyles];

  /** The images to submit, in the order they were taken. */
  @property({ attribute: false }) captures: ReviewCapture[] = [];
  /** Details of an ID number check, shown with the ID number masked. */
  @property({ attribute: false }) idNumber: IdNumberDetails | undefined;
  /** True while uploading and submitting. */
  @property({ type: Boolean }) busy = false;
  /** Upload progress from 0 to 1, or null when unknown. */
  @property({ attribute: false }) progress: number | null = null;
  /** A message to show when the submission failed. */
  @property() error: string | undefined;
  /** The side whose photo the service refused: it must be retaken before submitting (its Retake button takes the focus). */
  @property({ attribute: false }) refusedSide: FileSide | undefined;
  /** The language of the strings (BCP 47), for the date of birth. */
  @property() locale = 'en';

  /** Set synchronously on the first click so a second click in the same burst does nothing. */
  @state() private submitLocked = false;

  /** Object URLs of the thumbnails, by image; revoked when the image goes away or the step leaves the DOM. */
  readonly #thumbnails = new Map<Blob, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // URLs were revoked on disconnection: re-render to create them again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.#thumbnails.values()) URL.revokeObjectURL(url);
    this.#thumbnails.clear();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Unlock only after an attempt finished (busy went true → false), or when an image changed
    // (compared by image: a shell may pass a new array with the same images on every render).
    const attemptEnded = changed.has('busy') && changed.get('busy') === true && !this.busy;
    const previous = changed.get('captures') as ReviewCapture[] | undefined;
    const imagesChanged =
      changed.has('captures') &&
      (previous?.length !== this.captures.length || this.captures.some(({ image }, index) => previous[index]?.image !== image));
    if (attemptEnded || imagesChanged) this.submitLocked = false;
    this.#syncThumbnails();
  }

  override render() {
    const t = this.strings.review;
    const locked = this.busy || this.submitLocked;
    return html`
      ${this.heading(t.heading)}
      ${this.captures.length ? this.#renderCaptures(locked) : nothing}
      ${this.idNumber ? this.#renderDetails(this.idNumber, locked) : nothing}
      ${this.busy ? this.#renderProgress() : nothing}
      <div class="error" role="alert" part="error">${this.error ?? ''}</div>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          part="submit-button"
          aria-disabled=${locked || this.refusedSide ? 'true' : 'false'}
          @click=${this.#onSubmit}
        >
          ${this.busy ? t.submitting : t.submit}
        </button>
      </div>
    `;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // The person goes back to the refused photo: its Retake button is what to press next.
    if ((changed.has('refusedSide') || changed.has('busy')) && this.refusedSide && !this.busy) {
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-retake=${this.refusedSide}]`)?.focus();
    }
  }

  #renderCaptures(locked: boolean) {
    const t = this.strings.review;
    return html`
      <p class="muted">${t.intro}</p>
      <ul class="captures">
        ${this.captures.map(
          ({ side, image }) => html`
            <li class="capture">
              <figure>
                <img part="thumbnail" src=${this.#thumbnails.get(image) ?? ''} alt=${t.imageAlt[side]} />
                <figcaption>${t.sides[side]}</figcaption>
              </figure>
              <button
                type="button"
                class="button button--secondary"
                aria-label=${t.retakeLabel[side]}
                data-retake=${side}
                ?disabled=${locked}
                @click=${() => this.dispatchEvent(new RetakeEvent({ side }))}
              >
                ${t.retake}
              </button>
            </li>
          `,
        )}
      </ul>
    `;
  }

  #renderDetails(details: IdNumberDetails, locked: boolean) {
    const t = this.strings.review;
    return html`
      <div class="details-heading">
        <h3>${t.detailsHeading}</h3>
        <button
          type="button"
          class="button button--secondary"
          part="edit-button"
          aria-label=${t.editDetailsLabel}
          ?disabled=${locked}
          @click=${() => this.dispatchEvent(new EditEvent({ step: 'id-number' }))}
        >
          ${t.edit}
        </button>
      </div>
      <dl class="details">
        <dt>${t.name}</dt>
        <dd>${details.first_name} ${details.last_name}</dd>
        <dt>${t.dob}</dt>
        <dd>${formatDate(details.dob, this.locale)}</dd>
        <dt>${t.idNumber}</dt>
        <dd>${t.idNumberMasked(details.id_number.replace(/[\s-]/g, '').slice(-4))}</dd>
      </dl>
    `;
  }

  #renderProgress() {
    const t = this.strings.review;
    return html`
      <div class="progress">
        <label for="progress">${t.uploading}</label>
        <progress id="progress" part="progress" max="1" value=${this.progress ?? nothing}></progress>
      </div>
      <p class="visually-hidden" role="status">
        ${this.progress === null ? t.submitting : t.uploadingPercent(percent(this.progress))}
      </p>
    `;
  }

  #onSubmit(): void {
    // aria-disabled (not disabled) keeps focus on the button while busy, so the click still arrives here.
    if (this.busy || this.submitLocked || this.refusedSide) return;
    this.submitLocked = true;
    this.complete(new SubmitRequestEvent());
  }

  #syncThumbnails(): void {
    const current = new Set(this.captures.map(({ image }) => image));
    for (const [image, url] of this.#thumbnails) {
      if (current.has(image)) continue;
      URL.revokeObjectURL(url);
      this.#thumbnails.delete(image);
    }
    for (const image of current) {
      if (!this.#thumbnails.has(image)) this.#thumbnails.set(image, URL.createObjectURL(image));
    }
  }
}
