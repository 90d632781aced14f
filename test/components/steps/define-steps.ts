// Registers the step elements for their tests, as src/define.ts does for the real element.
import { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import { VerifyConsentStep } from '../../../src/components/steps/consent-step.js';
import { VerifyDocumentTypeStep } from '../../../src/components/steps/document-type-step.js';
import { VerifyHelpPopover } from '../../../src/components/steps/help-popover.js';
import { VerifyIdNumberStep } from '../../../src/components/steps/id-number-step.js';
import { VerifyReviewStep } from '../../../src/components/steps/review-step.js';

const elements: Record<string, CustomElementConstructor> = {
  'verify-identity-consent-step': VerifyConsentStep,
  'verify-identity-document-type-step': VerifyDocumentTypeStep,
  'verify-identity-capture-step': VerifyCaptureStep,
  'verify-identity-id-number-step': VerifyIdNumberStep,
  'verify-identity-review-step': VerifyReviewStep,
  'verify-identity-help': VerifyHelpPopover,
};

for (const [name, constructor] of Object.entries(elements)) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

/** The element's shadow root, for queries. */
export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

/** The trimmed text of the element's shadow content matching `selector`. */
export function textOf(element: HTMLElement, selector: string): string {
  return shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
