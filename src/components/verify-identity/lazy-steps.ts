import type { VerificationStep } from '../../events.js';
import { onDemand } from '../../internal/on-demand.js';

/** The steps whose elements are in the on-demand chunk (`define-steps.ts`): everything the first screen does not need. */
const LAZY_STEPS: ReadonlySet<VerificationStep> = new Set(['document-type', 'capture-front', 'capture-back', 'capture-selfie', 'id-number', 'review']);

const steps = onDemand(() => import('../../define-steps.js'), 'The steps of the verification');

/** Whether the step's element is ready to render. */
export function isStepReady(step: VerificationStep): boolean {
  return steps.loaded || !LAZY_STEPS.has(step);
}

/** Loads the later steps once per page. */
export const loadSteps = (): Promise<void> => steps.load().then(() => undefined);

/** Loads the later steps ahead of need, once the step on screen has been painted. */
export const prefetchSteps = (): void => steps.prefetch();
