import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClientSession } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import { ConsentEvent } from '../step-events.js';
import { INITIAL_FLOW, STEPS } from '../verify-identity/flow.js';
import { sharedStyles } from '../shared.styles.js';
import { consentStepStyles } from './consent-step.styles.js';

/** What a session will collect, in the order the flow asks for it: from the step registry. */
function collectedItems(session: ClientSession, strings: Strings['consent']): string[] {
  const keys = STEPS.filter((step) => step.collects && step.isNeeded(session, INITIAL_FLOW)).map((step) => step.collects!);
  return [...new Set(keys)].map((key) => strings[key]);
}

/**
 * @summary Says what will be collected and why; the person accepts or declines.
 *
 * @fires vi-consent - `{ accepted }` when a button is pressed.
 * @csspart heading - The step heading.
 * @tagname verify-identity-consent-step
 */
export class VerifyConsentStep extends LitElement {
  static override styles = [sharedStyles, consentStepStyles];

  @property({ attribute: false }) strings!: Strings;
  /** The client view of the session; its type and options decide the list. */
  @property({ attribute: false }) session!: ClientSession;

  override render() {
    const t = this.strings.consent;
    return html`
      <h2 id="step-heading" tabindex="-1" part="heading">${t.heading}</h2>
      <p>${t.intro}</p>
      <ul class="collected">
        ${collectedItems(this.session, t).map((item) => html`<li>${item}</li>`)}
      </ul>
      <p class="muted">${t.privacy}</p>
      <verify-identity-help exportparts="button:help-button, panel:help-panel" .label=${t.whyLabel} .content=${t.whyText}></verify-identity-help>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${() => this.#answer(false)}>${t.decline}</button>
        <button type="button" class="button button--primary" @click=${() => this.#answer(true)}>${t.accept}</button>
      </div>
    `;
  }

  #answer(accepted: boolean): void {
    this.dispatchEvent(new ConsentEvent({ accepted }));
  }
}
