import { isServer } from 'lit';
import { VerifyIdentityElement } from './components/verify-identity/verify-identity.js';
import { VerifyCaptureStep } from './components/steps/capture-step.js';
import { VerifyConsentStep } from './components/steps/consent-step.js';
import { VerifyDocumentTypeStep } from './components/steps/document-type-step.js';
import { VerifyHelpPopover } from './components/steps/help-popover.js';
import { VerifyIdNumberStep } from './components/steps/id-number-step.js';
import { VerifyReviewStep } from './components/steps/review-step.js';

/**
 * The only module that registers elements. Safe to import twice; on a server (Lit's `node` build, where
 * `isServer` is true and `customElements` is Lit's shim) and where `customElements` is missing it defines
 * nothing, so server-side imports of the package have no effect.
 */
const ELEMENTS = {
  'verify-identity': VerifyIdentityElement,
  'verify-identity-consent-step': VerifyConsentStep,
  'verify-identity-document-type-step': VerifyDocumentTypeStep,
  'verify-identity-capture-step': VerifyCaptureStep,
  'verify-identity-id-number-step': VerifyIdNumberStep,
  'verify-identity-review-step': VerifyReviewStep,
  'verify-identity-help': VerifyHelpPopover,
} as const;

if (!isServer && typeof customElements !== 'undefined') {
  for (const [name, constructor] of Object.entries(ELEMENTS)) {
    if (!customElements.get(name)) customElements.define(name, constructor);
  }
}

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
