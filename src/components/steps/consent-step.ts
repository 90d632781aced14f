import { html, nothing, svg, type SVGTemplateResult } from 'lit';
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

/** What the consent can list (a key of `strings.consent`); the shell's step registry says which a session needs. */
export type ConsentItem = 'documentPhoto' | 'selfie' | 'idNumber';

/** One line of the consent's list: what is collected (its icon) and how the language says it. */
export interface CollectedItem {
  item: ConsentItem;
  label: string;
}

/** One outline icon per thing the consent lists (24 × 24, drawn in the text's colour). */
const ICONS: Record<ConsentItem, SVGTemplateResult> = {
  documentPhoto: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><circle cx="8.5" cy="11" r="2" /><path d="M5.5 16.5c.6-1.4 1.7-2 3-2s2.4.6 3 2M14 10h4M14 14h4" />`,
  selfie: svg`<circle cx="12" cy="12" r="9" /><path d="M9 10h.01M15 10h.01M8.5 14.5c1 1.2 2.1 1.7 3.5 1.7s2.5-.5 3.5-1.7" />`,
  idNumber: svg`<rect x="3" y="6" width="18" height="12" rx="2" /><path d="M7 10h10M7 14h6" />`,
};

const LOCK = svg`<rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V8a4 4 0 0 1 8 0v3" />`;

const icon = (shape: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">${shape}</svg>`;

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
 * @csspart business - Who asks, at the top: the logo and the business's sentence (with `logo-url` or `business-name`).
 * @csspart logo - The integrator's logo (`logo-url`).
 * @csspart privacy - The line on how the details are used, with the privacy policy link.
 * @csspart privacy-policy-link - The link to the integrator's privacy policy (`privacy-policy-url`).
 * @tagname verify-identity-consent-step
 */
export class VerifyConsentStep extends StepElement {
  static override styles = [StepElement.styles, consentStepStyles];

  /** What the session will collect, one line each (the shell derives it from the step registry). */
  @property({ attribute: false }) collected: CollectedItem[] = [];
  /** The integrator's name, logo, privacy policy and extra paragraph (each optional). */
  @property({ attribute: false }) branding: Partial<ConsentBranding> = {};
  /** About how long it takes, as a sentence ("It takes about 3 minutes."). */
  @property() duration = '';

  override render() {
    const t = this.strings.consent;
    const { businessName, logoUrl, privacyPolicyUrl, consentText } = this.branding;
    // Who asks comes first, above the heading; what will be asked is a list with icons; the help opens in the flow.
    return html`
      ${logoUrl || businessName
        ? html`<div class="business" part="business">
            ${logoUrl ? html`<img class="logo" part="logo" src=${logoUrl} alt=${businessName ?? ''} />` : nothing}
            ${businessName ? html`<p class="requested-by">${isolated(t.requestedBy, businessName)}</p>` : nothing}
          </div>`
        : nothing}
      ${this.heading(t.heading)}
      <p class="intro">${t.intro}</p>
      <ul class="collected">
        ${this.collected.map(({ item, label }) => html`<li>${icon(ICONS[item])}<span>${label}</span></li>`)}
      </ul>
      ${this.duration ? html`<p class="duration">${this.duration}</p>` : nothing}
      ${consentText ? html`<p class="consent-text">${consentText}</p>` : nothing}
      <div class="privacy" part="privacy">
        ${icon(LOCK)}
        <p>
          ${t.privacy}
          ${privacyPolicyUrl
            ? html`<a part="privacy-policy-link" href=${safeUrl(privacyPolicyUrl)} target="_blank" rel="noopener noreferrer">${t.privacyPolicy}</a>`
            : nothing}
        </p>
      </div>
      <verify-identity-help inline exportparts="button:help-button, panel:help-panel" .label=${t.whyLabel} .content=${t.whyText}></verify-identity-help>
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
