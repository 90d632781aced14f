import { VerifyError } from '../../core/errors.js';
import type { VerificationStep } from '../../events.js';
import { onDemand, type OnDemand } from '../../internal/on-demand.js';
import { registeredSteps, stepDefinition } from './step-registry.js';

/** One loader per module: the steps that share a chunk share its fetch and its failure. */
const chunks = new Map<() => Promise<unknown>, OnDemand<unknown>>();

function chunkOf(load: () => Promise<unknown>): OnDemand<unknown> {
  let chunk = chunks.get(load);
  if (!chunk) chunks.set(load, (chunk = onDemand(load, 'The steps of the verification')));
  return chunk;
}

/** Whether the step's element is defined, so it can render (any view that is not an input step always can). */
export function isStepReady(id: string): boolean {
  const step = stepDefinition(id);
  return !step || customElements.get(step.element.tag) !== undefined;
}

/** Whether every registered step can render: nothing left to fetch. */
export const allStepsReady = (): boolean => registeredSteps().every((step) => isStepReady(step.id));

/** Loads the modules of every step whose element is not defined yet (once per page each); rejects with a `network` VerifyError. */
export async function loadSteps(): Promise<void> {
  const missing = () => registeredSteps().filter((step) => !isStepReady(step.id));
  await Promise.all(missing().map((step) => chunkOf(step.element.load).load()));
  // A module that loads without defining its element would be asked for again and again.
  const undefinedTags = missing().map((step) => `<${step.element.tag}>`);
  if (undefinedTags.length) {
    throw new VerifyError({ type: 'invalid_request', code: 'step_not_defined', message: `Loading the steps defined no ${undefinedTags.join(', ')}.` });
  }
}

/** Loads them ahead of need, once the step on screen has been painted. */
export function prefetchSteps(): void {
  for (const step of registeredSteps()) if (!isStepReady(step.id)) chunkOf(step.element.load).prefetch();
}

/**
 * The steps' chunks for one element: fetched ahead of need once the step on screen is painted, at once
 * when the step on screen needs them. A failure goes to `failed`, which shows it if the step still needs it.
 */
export class StepLoader {
  readonly #loaded: () => void;
  readonly #failed: (error: VerifyError) => void;
  #loading = false;

  constructor(loaded: () => void, failed: (error: VerifyError) => void) {
    this.#loaded = loaded;
    this.#failed = failed;
  }

  /** After each render of an open element showing `step`. */
  update(step: VerificationStep): void {
    if (step === 'loading' || step === 'error' || allStepsReady()) return;
    if (isStepReady(step)) return prefetchSteps();
    if (this.#loading) return;
    this.#loading = true;
    loadSteps().then(
      () => {
        this.#loading = false;
        this.#loaded();
      },
      (error: VerifyError) => {
        this.#loading = false;
        this.#failed(error);
      },
    );
  }
}
