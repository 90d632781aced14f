import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Strings } from '../../locales/en.js';
import { sharedStyles } from '../shared.styles.js';
import type { StepCompleteEvent } from '../step-events.js';

/**
 * What every step element shares: the strings, the shared styles, and the heading the modal focuses
 * and announces on each step (`#step-heading`, part `heading`). A step reports that it is done with
 * `complete()`: one event (`vi-step-complete`) for every step, which the shell maps through the
 * step registry.
 */
export class StepElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  @property({ attribute: false }) strings!: Strings;

  /** The step's heading: focusable, so the modal can move focus to it on each step. */
  protected heading(text: string): TemplateResult {
    return html`<h2 id="step-heading" tabindex="-1" part="heading">${text}</h2>`;
  }

  /** Moves focus to the heading once rendered (after the step's own content changed under the person). */
  protected focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  /**
   * Whether the step holds something the person gave but has not handed over yet (a photo on the check, typed
   * details): closing then asks "Leave the verification?" first, as for what the flow already holds.
   */
  get holdsWork(): boolean {
    return false;
  }

  /** The person has given what the step asks. */
  protected complete(event: StepCompleteEvent): void {
    this.dispatchEvent(event);
  }
}
