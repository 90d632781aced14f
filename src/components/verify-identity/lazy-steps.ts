import { VerifyError } from '../../core/errors.js';
import type { VerificationStep } from '../../events.js';

/** The steps whose elements are in the on-demand chunk (`define-steps.ts`): everything the first screen does not need. */
const LAZY_STEPS: ReadonlySet<VerificationStep> = new Set(['document-type', 'capture-front', 'capture-back', 'capture-selfie', 'id-number', 'review']);

let loading: Promise<void> | null = null;
let loaded = false;

/** Whether the step's element is ready to render. */
export function isStepReady(step: VerificationStep): boolean {
  return loaded || !LAZY_STEPS.has(step);
}

/** Loads the later steps once per page; a failed load (offline) is tried again on the next call. */
export function loadSteps(): Promise<void> {
  loading ??= import('../../define-steps.js').then(
    () => void (loaded = true),
    (cause: unknown) => {
      loading = null;
      throw new VerifyError({ type: 'network', code: 'network_error', message: 'The steps of the verification could not be loaded.', cause });
    },
  );
  return loading;
}
