import { defineElements } from './internal/define-elements.js';
import { VerifyCaptureStep } from './components/steps/capture-step.js';
import { VerifyDocumentTypeStep } from './components/steps/document-type-step.js';
import { VerifyIdNumberStep } from './components/steps/id-number-step.js';
import { VerifyReviewStep } from './components/steps/review-step.js';

// The steps after the consent: a chunk of their own, fetched while the person reads the consent.
defineElements({
  'verify-identity-document-type-step': VerifyDocumentTypeStep,
  'verify-identity-capture-step': VerifyCaptureStep,
  'verify-identity-id-number-step': VerifyIdNumberStep,
  'verify-identity-review-step': VerifyReviewStep,
});
