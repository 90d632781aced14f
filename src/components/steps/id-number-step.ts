import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { IdNumberDetails } from '../../core/types.js';
import { formatLocalDate, localDateFormat, parseLocalDate, type LocalDateFormat } from '../../internal/local-date.js';
import { IdNumberEvent } from '../step-events.js';
import { StepElement } from './step-element.js';
import { idNumberStepStyles } from './id-number-step.styles.js';
import {
  trimDetails,
  validateIdNumberDetails,
  type IdNumberField,
  type IdNumberProblems,
} from './id-number-validation.js';

const EMPTY: IdNumberDetails = { first_name: '', last_name: '', dob: '', id_number: '' };

interface FieldSpec {
  name: IdNumberField;
  label: 'firstName' | 'lastName' | 'dob' | 'idNumber';
  autocomplete: string;
  hint?: 'idNumberHint' | 'dateFormat';
  inputmode?: 'decimal';
}

const FIELDS: FieldSpec[] = [
  { name: 'first_name', label: 'firstName', autocomplete: 'given-name' },
  { name: 'last_name', label: 'lastName', autocomplete: 'family-name' },
  // A text field in the language's order, not <input type=date>: that one writes the date as the browser's own
  // language does (mm/dd/yyyy on a German page in an English browser), whatever the page's `lang`.
  { name: 'dob', label: 'dob', autocomplete: 'bday', hint: 'dateFormat', inputmode: 'decimal' },
  { name: 'id_number', label: 'idNumber', autocomplete: 'off', hint: 'idNumberHint' },
];

/**
 * @summary Collects name, date of birth and ID number, checked before they leave the page.
 *
 * @fires vi-step-complete - `{ details }` (trimmed) when every field is valid.
 * @csspart heading - The step heading.
 * @tagname verify-identity-id-number-step
 */
export class VerifyIdNumberStep extends StepElement {
  static override styles = [StepElement.styles, idNumberStepStyles];

  /** Details entered earlier, to prefill the form on back-navigation. */
  @property({ attribute: false }) value: IdNumberDetails | undefined;
  /** The language of the strings (a BCP 47 tag): the date of birth is written in its order. */
  @property() locale = 'en';

  /** The details as they will be sent: the date of birth as an ISO date once it reads as one. */
  @state() private draft: IdNumberDetails = { ...EMPTY };
  /** The date of birth as typed, in the language's order. */
  @state() private dobText = '';
  @state() private problems: IdNumberProblems = {};
  /** Errors show only after the first submit, then follow every keystroke. */
  @state() private submitted = false;

  #dateFormat: LocalDateFormat = localDateFormat('en');

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('locale')) this.#dateFormat = localDateFormat(this.locale);
    if (changed.has('value')) this.draft = { ...EMPTY, ...this.value };
    if (changed.has('value') || (changed.has('locale') && parseLocalDate(this.dobText, this.#dateFormat) === this.draft.dob)) {
      this.dobText = formatLocalDate(this.draft.dob, this.#dateFormat);
    }
  }

  /** "Day / Month / Year" in the language's order, and 31 December 1990 written that way. */
  #dateHint() {
    const f = this.strings.feedback;
    const { order, example } = this.#dateFormat;
    return html`<span class="date-order">${order.map((part) => f[part]).join(' / ')}</span>
      <span class="date-example">${f.dateExample(example)}</span>`;
  }

  override render() {
    const t = this.strings.idNumber;
    return html`
      ${this.heading(t.heading)}
      <p class="muted">${t.intro}</p>
      <form novalidate @submit=${this.#onSubmit}>
        ${FIELDS.map(({ name, label, autocomplete, hint, inputmode }) => {
          const problem = this.problems[name];
          const describedBy = [hint ? `${name}-hint` : '', `${name}-error`].filter(Boolean).join(' ');
          return html`
            <div class="field">
              <label for=${name}>${t[label]}</label>
              ${hint ? html`<span id="${name}-hint" class="hint">${hint === 'dateFormat' ? this.#dateHint() : t[hint]}</span>` : ''}
              <input
                id=${name}
                name=${name}
                class="input"
                type="text"
                inputmode=${inputmode ?? nothing}
                autocomplete=${autocomplete}
                required
                aria-invalid=${problem ? 'true' : 'false'}
                aria-describedby=${describedBy}
                .value=${name === 'dob' ? this.dobText : this.draft[name]}
                @input=${(event: InputEvent) => this.#onInput(name, event)}
              />
              <span id="${name}-error" class="error">${problem ? t.errors[problem] : ''}</span>
            </div>
          `;
        })}
        <div class="actions">
          <button type="submit" class="button button--primary">${t.continue}</button>
        </div>
      </form>
    `;
  }

  /** Details typed and not submitted yet are the person's work. */
  override get holdsWork(): boolean {
    return Object.values(this.draft).some((value) => value !== '' && value !== undefined);
  }

  #onInput(name: IdNumberField, event: InputEvent): void {
    let text = (event.target as HTMLInputElement).value;
    if (name === 'dob') {
      this.dobText = text;
      text = parseLocalDate(text, this.#dateFormat);
    }
    this.draft = { ...this.draft, [name]: text };
    if (this.submitted) this.problems = validateIdNumberDetails(this.draft);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.submitted = true;
    this.problems = validateIdNumberDetails(this.draft);
    const firstInvalid = FIELDS.find(({ name }) => this.problems[name]);
    if (!firstInvalid) {
      this.complete(new IdNumberEvent({ details: trimDetails(this.draft) }));
      return;
    }
    // Focus the first field at fault: its error is read out through aria-describedby.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${firstInvalid.name}`)?.focus();
  }
}
