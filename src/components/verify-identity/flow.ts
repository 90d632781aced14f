import type { Submission } from '../../core/session-model.js';
import type { SessionStatus } from '../../core/session.js';
import type { ClientSession } from '../../core/types.js';
import type { VerificationStep } from '../../events.js';
import type { FlowState } from './flow-state.js';
import { isStepComplete, registeredSteps, shownStages, shownSteps, stageOf, stepDefinition, type InputStep } from './step-registry.js';

/**
 * Which step shows, derived from the session, what the person has given (`flow-state.ts`) and the
 * step registry (`step-registry.ts`): pure functions, unit-tested on their own.
 */

export * from './flow-state.js';
export { estimateMinutes, shownSteps, type InputStep, type StepDefinition } from './step-registry.js';
// The rules of what a session needs are core's (the mock checks submissions by the same ones).
export { needsIdNumber, requiredSides } from '../../core/rules.js';

export interface StepInput {
  session: ClientSession | null;
  /** An error that leaves nothing to show but itself (the session could not be loaded, a decline failed). */
  blockingError: boolean;
  flow: FlowState;
}

/** The step each status shows; `null`: the person has something to do. A new status is a compile error here. */
const STATUS_STEPS: Record<SessionStatus, VerificationStep | null> = {
  requires_input: null,
  processing: 'processing',
  verified: 'verified',
  canceled: 'canceled',
};

/** The step to show: the session's status decides first, then the first step still missing. */
export function resolveStep({ session, blockingError, flow }: StepInput): VerificationStep {
  if (blockingError) return 'error';
  if (!session) return 'loading';
  const byStatus = STATUS_STEPS[session.status];
  if (byStatus) return byStatus;
  if (session.last_error && !flow.retrying) return 'requires-input';
  if (flow.revisiting && shownSteps(session, flow).includes(flow.revisiting)) return flow.revisiting;
  return registeredSteps().find((step) => step.isNeeded(session, flow) && !isStepComplete(step, session, flow))!.id as InputStep;
}

/**
 * "Step 2 of 4" for an input step, or `null` for any other view. It counts stages, not screens: the document's
 * type and sides are one stage, so the total is the same from the consent on, whichever document is chosen
 * (docs/phone-layout.md says why).
 */
export function stepProgress(session: ClientSession, flow: FlowState, step: VerificationStep): { current: number; total: number } | null {
  if (!shownSteps(session, flow).includes(step as InputStep)) return null;
  const stages = shownStages(session, flow);
  return { current: stages.indexOf(stageOf(stepDefinition(step)!)) + 1, total: stages.length };
}

/**
 * Where Back leads from `step`: the shown step before it, or `null` where going back makes no sense
 * (on the consent and the step right after it: consent once given is not asked again; on any view
 * that is not an input step: loading, upload and processing, outcomes, errors).
 */
export function previousStep(session: ClientSession, flow: FlowState, step: VerificationStep): InputStep | null {
  const steps = shownSteps(session, flow);
  const index = steps.indexOf(step as InputStep);
  return index > 1 ? steps[index - 1]! : null;
}

/** The submission for a complete flow (the review step), or `null` while something is missing. */
export function planSubmission(session: ClientSession, flow: FlowState): Submission | null {
  if (resolveStep({ session, blockingError: false, flow }) !== 'review') return null;
  const submission: Submission = { files: [] };
  for (const step of registeredSteps()) if (step.isNeeded(session, flow)) step.toSubmission?.(session, flow, submission);
  return submission;
}
