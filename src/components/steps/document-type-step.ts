import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentType } from '../../core/types.js';
import { lookup } from '../../locales/index.js';
import { DocumentTypeEvent } from '../step-events.js';
import { StepElement } from './step-element.js';
import { documentTypeStepStyles } from './document-type-step.styles.js';

/**
 * @summary Lets the person choose one of the session's allowed document types.
 *
 * @fires vi-step-complete - `{ documentType }` on Continue with a choice made.
 * @csspart heading - The step heading.
 * @tagname verify-identity-document-type-step
 */
export class VerifyDocumentTypeStep extends StepElement {
  static override styles = [StepElement.styles, documentTypeStepStyles];

  /** The session's `options.document.allowed_types`; a type the strings do not name is not offered. */
  @property({ attribute: false }) allowedTypes: DocumentType[] = [];
  /** The current choice (set it to pre-select on back-navigation). */
  @property({ attribute: false }) value: DocumentType | undefined;

  @state() private showRequired = false;

  override render() {
    const t = this.strings.documentType;
    const names = this.strings.documentTypeNames;
    return html`
      ${this.heading(t.heading)}
      <form novalidate @submit=${this.#onSubmit}>
        <fieldset aria-describedby="document-type-error">
          <legend>${t.legend}</legend>
          ${this.allowedTypes.filter((type) => lookup(names, type)).map(
            (type) => html`
              <label class="choice">
                <input
                  type="radio"
                  name="document-type"
                  .value=${type}
                  .checked=${this.value === type}
                  @change=${() => this.#choose(type)}
                />
                <span>${names[type]}</span>
              </label>
            `,
          )}
          <p id="document-type-error" class="error" role="alert">${this.showRequired ? t.required : ''}</p>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button button--primary">${t.continue}</button>
        </div>
      </form>
    `;
  }

  #choose(type: DocumentType): void {
    this.value = type;
    this.showRequired = false;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.value === undefined || !this.allowedTypes.includes(this.value)) {
      this.showRequired = true;
      return;
    }
    this.complete(new DocumentTypeEvent({ documentType: this.value }));
  }
}
