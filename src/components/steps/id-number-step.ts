import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { IdNumberDetails } from '../../core/types.js';
import { IdNumberEvent } from '../step-events.js';
import { StepElement } from './step-element.js';
import { idNumberStepStyles } from './id-number-step.styles.js';
import {
  localIsoDate,
  MIN_DOB,
  trimDetails,
  validateIdNumberDetails,
  type IdNumberField,
  type IdNumberProblems,
} from './id-number-validation.js';

const EMPTY: IdNumberDetails = { first_name: '', last_name: '', dob: '', id_number: '' };

interface FieldSpec {
  name: IdNumberField;
  label: 'firstName' | 'lastName' | 'dob' | 'idNumber';
  type: 'text' | 'date';
  autocomplete: string;
  hint?: 'idNumberHint';
}

const FIELDS: FieldSpec[] = [
  { name: 'first_name', label: 'firstName', type: 'text', autocomplete: 'given-name' },
  { name: 'last_name', label: 'lastName', type: 'text', autocomplete: 'family-name' },
  { name: 'dob', label: 'dob', type: 'date', autocomplete: 'bday' },
  { name: 'id_number', label: 'idNumber', type: 'text', autocomplete: 'off', hint: 'idNumberHint' },
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

  @state() private draft: IdNumberDetails = { ...EMPTY };
  @state() private problems: IdNumberProblems = {};
  /** Errors show only after the first submit, then follow every keystroke. */
  @state() private submitted = false;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.draft = { ...EMPTY, ...this.value };
  }

  override render() {
    const t = this.strings.idNumber;
    const today = localIsoDate();
    return html`
      ${this.heading(t.heading)}
      <p class="muted">${t.intro}</p>
      <form novalidate @submit=${this.#onSubmit}>
        ${FIELDS.map(({ name, label, type, autocomplete, hint }) => {
          const problem = this.problems[name];
          const describedBy = [hint ? `${name}-hint` : '', `${name}-error`].filter(Boolean).join(' ');
          return html`
            <div class="field">
              <label for=${name}>${t[label]}</label>
              ${hint ? html`<span id="${name}-hint" class="hint">${t[hint]}</span>` : ''}
              <input
                id=${name}
                name=${name}
                class="input"
                type=${type}
                autocomplete=${autocomplete}
                min=${type === 'date' ? MIN_DOB : nothing}
                max=${type === 'date' ? today : nothing}
                required
                aria-invalid=${problem ? 'true' : 'false'}
                aria-describedby=${describedBy}
                .value=${this.draft[name]}
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
    this.draft = { ...this.draft, [name]: (event.target as HTMLInputElement).value };
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
