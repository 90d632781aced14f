import { defineElements } from './internal/define-elements.js';
import { VerifyIdentityElement } from './components/verify-identity/verify-identity.js';
import { VerifyConsentStep } from './components/steps/consent-step.js';
import { VerifyHelpPopover } from './components/steps/help-popover.js';
import { warmUpWhenIdle } from './components/verify-identity/warm-up.js';
import type { VerifyCaptureStep } from './components/steps/capture-step.js';
import type { VerifyDocumentTypeStep } from './components/steps/document-type-step.js';
import type { VerifyIdNumberStep } from './components/steps/id-number-step.js';
import type { VerifyReviewStep } from './components/steps/review-step.js';

// The only modules that register elements: this one, with what the first screen needs, and define-steps.ts
// with the later steps, loaded on demand.
const FIRST_LOAD = {
  'verify-identity': VerifyIdentityElement,
  'verify-identity-consent-step': VerifyConsentStep,
  'verify-identity-help': VerifyHelpPopover,
};
defineElements(FIRST_LOAD);
// What a page's first opening would otherwise do on the way to its first step, done while the page is idle.
warmUpWhenIdle(Object.keys(FIRST_LOAD));

declare global {
  interface HTMLElementTagNameMap {
    'verify-identity': VerifyIdentityElement;
    'verify-identity-consent-step': VerifyConsentStep;
    'verify-identity-document-type-step': VerifyDocumentTypeStep;
    'verify-identity-capture-step': VerifyCaptureStep;
    'verify-identity-id-number-step': VerifyIdNumberStep;
    'verify-identity-review-step': VerifyReviewStep;
    'verify-identity-help': VerifyHelpPopover;
  }
}
