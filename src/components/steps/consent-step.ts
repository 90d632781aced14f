import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ConsentEvent } from '../step-events.js';
import { StepElement } from './step-element.js';
import { consentStepStyles } from './consent-step.styles.js';

/**
 * `sentence(name)` with the integrator's `name` in a `<bdi>`: its own direction (a U+202E in it, say)
 * cannot reverse the rest of our sentence. Unicode isolates if a translation does not show `name` once.
 */
function isolated(sentence: (name: string) => string, name: string) {
  const parts = sentence('\uE000').split('\uE000');
  return parts.length === 2 ? html`${parts[0]}<bdi>${name}</bdi>${parts[1]}` : sentence(`\u2068${name}\u2069`);
}

/** What the integrator shows on the consent (attributes of `<verify-identity>`). */
export interface ConsentBranding {
  businessName: string;
  logoUrl: string;
  privacyPolicyUrl: string;
  consentText: string;
}

/** Only http(s) links: a `javascript:` URL from a misconfigured attribute must not run on click. */
function safeUrl(url: string): string {
  try {
    const { protocol } = new URL(url, document.baseURI);
    return protocol === 'https:' || protocol === 'http:' ? url : '#';
  } catch {
    return '#';
  }
}

/**
 * @summary Says what will be collected and why; the person accepts or declines.
 *
 * @fires vi-step-complete - `{ accepted }` when a button is pressed.
 * @csspart heading - The step heading.
 * @csspart logo - The integrator's logo (`logo-url`).
 * @csspart privacy-policy-link - The link to the integrator's privacy policy (`privacy-policy-url`).
 * @tagname verify-identity-consent-step
 */
export class VerifyConsentStep extends StepElement {
  static override styles = [StepElement.styles, consentStepStyles];

  /** What the session will collect, one line each (the shell derives it from the step registry). */
  @property({ attribute: false }) collected: string[] = [];
  /** The integrator's name, logo, privacy policy and extra paragraph (each optional). */
  @property({ attribute: false }) branding: Partial<ConsentBranding> = {};
  /** About how long it takes, as a sentence ("It takes about 3 minutes."). */
  @property() duration = '';

  override render() {
    const t = this.strings.consent;
    const { businessName, logoUrl, privacyPolicyUrl, consentText } = this.branding;
    return html`
      ${logoUrl ? html`<img class="logo" part="logo" src=${logoUrl} alt=${businessName ?? ''} />` : nothing}
      ${this.heading(t.heading)}
      ${businessName ? html`<p class="requested-by">${isolated(t.requestedBy, businessName)}</p>` : nothing}
      <p>${t.intro}</p>
      <ul class="collected">
        ${this.collected.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${this.duration ? html`<p class="duration">${this.duration}</p>` : nothing}
      ${consentText ? html`<p class="consent-text">${consentText}</p>` : nothing}
      <p class="muted">
        ${t.privacy}
        ${privacyPolicyUrl
          ? html`<a part="privacy-policy-link" href=${safeUrl(privacyPolicyUrl)} target="_blank" rel="noopener noreferrer">${t.privacyPolicy}</a>`
          : nothing}
      </p>
      <verify-identity-help exportparts="button:help-button, panel:help-panel" .label=${t.whyLabel} .content=${t.whyText}></verify-identity-help>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${() => this.#answer(false)}>${t.decline}</button>
        <button type="button" class="button button--primary" @click=${() => this.#answer(true)}>${t.accept}</button>
      </div>
    `;
  }

  #answer(accepted: boolean): void {
    this.complete(new ConsentEvent({ accepted }));
  }
}
