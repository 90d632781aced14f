import { html, type TemplateResult } from 'lit';
import { needsIdNumber, purposeOf, requiredSides } from '../../core/rules.js';
import type { Submission } from '../../core/session-model.js';
import type { ClientSession, FileSide } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import type { CaptureEvent, ConsentEvent, DocumentTypeEvent, IdNumberEvent } from '../step-events.js';
import type { CollectedItem, ConsentItem } from '../steps/consent-step.js';
import { allowedDocumentTypes, effectiveDocumentType, INITIAL_FLOW, type FlowAction, type FlowState } from './flow-state.js';
import { STEP_PARTS, failureMessage, formatMinutes, type ViewContext } from './view-context.js';

/** What a step's completion asks of the shell: a change of the flow, or one of the session's own actions. */
export type StepOutcome = FlowAction | { type: 'decline' } | { type: 'submit' };

/** What the consent lists for a step; steps that collect the same thing share the line. */
export type { ConsentItem } from '../steps/consent-step.js';

/**
 * One step of the flow, once: everything else (the public step type, the input-step type, the lazy
 * loading, the time estimate, the views, the consent's list, the submission) is derived from the
 * entries of `STEPS`. See docs/adding-a-step.md.
 */
export interface StepDefinition<Id extends string = string> {
  /** Also the step's name in the public `verification-step` event (`{ step: id }`): public API once shipped. */
  id: Id;
  /** The step's element: its tag, and how to load its module when it is not defined yet (one chunk may hold several). */
  element: { tag: string; load: () => Promise<unknown> };
  /** Renders the element, with `data-step` (the modal focuses its `#step-heading`) and `exportparts=${STEP_PARTS}`. */
  view(context: ViewContext & { session: ClientSession }): TemplateResult;
  /**
   * The part of the flow it belongs to, for the progress ("Step 2 of 4" counts stages): steps whose presence
   * depends on an earlier answer (the document's back, known once the type is chosen) share a stage that is
   * there from the start, so the count never changes. @default its id
   */
  stage?: string;
  /** About how long it takes, in minutes, for the consent's estimate. */
  minutes: number;
  /** What the consent lists for it. */
  collects?: ConsentItem;
  /** Whether this session needs it at all. */
  isNeeded(session: ClientSession, flow: FlowState): boolean;
  /** Whether the person sees it when needed (not when it completes itself); counted in the progress. @default true */
  isShown?(session: ClientSession): boolean;
  /** Whether the person has given it in this attempt. @default its id is in `flow.given` */
  isComplete?(session: ClientSession, flow: FlowState): boolean;
  /**
   * What the element's `vi-step-complete` (its `detail`) does. @default `{ type: 'complete', step: id, value: detail }`,
   * which records the detail in `flow.given`. Method syntax: each entry types its own event's detail.
   */
  complete?(detail: unknown): StepOutcome;
  /** Adds what it collected to the submission (only called when every step is complete). */
  toSubmission?(session: ClientSession, flow: FlowState, submission: Submission): void;
  /** Gone back to, it may be kept as it was ("Keep this photo") rather than given again. */
  resumable?: boolean;
  /** "Continue on your phone" is offered below it (with `handoff-url`). */
  offersHandoff?: boolean;
}

/** Identity function that keeps the literal id, so the step types can be derived from the list. */
const defineStep = <const Id extends string>(definition: StepDefinition<Id>): StepDefinition<Id> => definition;

/** The elements after the consent: one chunk (`define-steps.ts`), fetched while the person reads the consent. */
const laterSteps = (): Promise<unknown> => import('../../define-steps.js');

/**
 * The first screen's elements are defined by the package entry (`define.ts`) with the shell, so this is never
 * called; were one missing, the step shows an error rather than an undefined element.
 */
const firstScreen = (): Promise<unknown> => Promise.reject(new Error('Defined by define.ts, with <verify-identity>.'));

const capture = <const Side extends FileSide>(side: Side) =>
  defineStep({
    id: `capture-${side}`,
    element: { tag: 'verify-identity-capture-step', load: laterSteps },
    stage: side === 'selfie' ? 'selfie' : 'document',
    minutes: side === 'front' ? 0.75 : 0.5,
    collects: side === 'selfie' ? 'selfie' : 'documentPhoto',
    resumable: true,
    offersHandoff: true,
    isNeeded: (session, flow) => requiredSides(session, effectiveDocumentType(session, flow)).includes(side),
    isComplete: (_, flow) => flow.captures[side] !== undefined,
    complete: ({ image, source }: CaptureEvent['detail']) => ({ type: 'capture', side, capture: { image, source } }),
    toSubmission: (_, flow, submission) =>
      void submission.files.push({ side, purpose: purposeOf(side), image: flow.captures[side]!.image }),
    view: ({ session, strings, flow, allowSelfieUpload, offerHandoff, paused }) => {
      const { require_live_capture } = session.options.document;
      return html`<verify-identity-capture-step
        data-step
        exportparts=${STEP_PARTS}
        side=${side}
        ?paused=${paused}
        .strings=${strings}
        .documentType=${effectiveDocumentType(session, flow) ?? undefined}
        .allowUpload=${!require_live_capture && (side !== 'selfie' || allowSelfieUpload)}
        .preferCamera=${require_live_capture || side === 'selfie' || prefersCamera()}
        .handoffLabel=${offerHandoff ? strings.handoff.offer : ''}
      ></verify-identity-capture-step>`;
    },
  });

/** The captures the review step shows, the same array for the same flow: the step treats a new one as changed images. */
const reviewed = new WeakMap<FlowState, { side: FileSide; image: Blob }[]>();

function reviewCaptures(session: ClientSession, flow: FlowState): { side: FileSide; image: Blob }[] {
  let captures = reviewed.get(flow);
  if (!captures) {
    const sides = requiredSides(session, effectiveDocumentType(session, flow));
    captures = sides.flatMap((side) => (flow.captures[side] ? [{ side, image: flow.captures[side].image }] : []));
    reviewed.set(flow, captures);
  }
  return captures;
}

/** Phones and tablets open the camera first; elsewhere uploading a photo is the quicker start. */
function prefersCamera(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}

/** The built-in steps, in the order they are asked. `review` is always needed and never complete: it submits. */
const BUILT_IN = [
  defineStep({
    id: 'consent',
    element: { tag: 'verify-identity-consent-step', load: firstScreen },
    minutes: 0.25,
    isNeeded: () => true,
    isComplete: (_, flow) => flow.consentGiven,
    complete: ({ accepted }: ConsentEvent['detail']) => (accepted ? { type: 'consent' } : { type: 'decline' }),
    view: ({ strings, session, lang, branding, flow }) => {
      const minutes = formatMinutes(lang, estimateMinutes(session, flow));
      return html`<verify-identity-consent-step
        data-step
        exportparts=${STEP_PARTS}
        .strings=${strings}
        .collected=${collectedItems(session, strings.consent)}
        .branding=${branding}
        .duration=${minutes === undefined ? '' : strings.consent.duration(minutes)}
      ></verify-identity-consent-step>`;
    },
  }),
  defineStep({
    id: 'document-type',
    element: { tag: 'verify-identity-document-type-step', load: laterSteps },
    stage: 'document',
    minutes: 0.25,
    isNeeded: (session) => session.type === 'document',
    isShown: (session) => allowedDocumentTypes(session).length > 1,
    isComplete: (session, flow) => effectiveDocumentType(session, flow) !== null,
    complete: ({ documentType }: DocumentTypeEvent['detail']) => ({ type: 'document-type', documentType }),
    toSubmission: (session, flow, submission) => void (submission.documentType = effectiveDocumentType(session, flow)!),
    view: ({ strings, session, flow }) => html`<verify-identity-document-type-step
      data-step
      exportparts=${STEP_PARTS}
      .strings=${strings}
      .allowedTypes=${[...allowedDocumentTypes(session)]}
      .value=${flow.documentType ?? undefined}
    ></verify-identity-document-type-step>`,
  }),
  capture('front'),
  capture('back'),
  capture('selfie'),
  defineStep({
    id: 'id-number',
    element: { tag: 'verify-identity-id-number-step', load: laterSteps },
    minutes: 1,
    collects: 'idNumber',
    isNeeded: needsIdNumber,
    isComplete: (_, flow) => flow.idNumber !== null,
    complete: ({ details }: IdNumberEvent['detail']) => ({ type: 'id-number', details }),
    toSubmission: (_, flow, submission) => void (submission.idNumber = flow.idNumber!),
    view: ({ strings, flow, lang }) => html`<verify-identity-id-number-step
      data-step
      exportparts=${STEP_PARTS}
      .strings=${strings}
      .locale=${lang}
      .value=${flow.idNumber ?? undefined}
    ></verify-identity-id-number-step>`,
  }),
  defineStep({
    id: 'review',
    element: { tag: 'verify-identity-review-step', load: laterSteps },
    minutes: 0.25,
    isNeeded: () => true,
    isComplete: () => false,
    complete: () => ({ type: 'submit' }),
    view: (context) => {
      const { failure, submitting, progress } = context.model;
      const captures = reviewCaptures(context.session, context.flow);
      // A refused photo that was since retaken is no longer the matter.
      const refused = failure?.phase === 'submit' ? failure.refused : undefined;
      const refusedSide = refused && captures.find(({ image }) => image === refused)?.side;
      return html`<verify-identity-review-step
        data-step
        exportparts=${STEP_PARTS}
        .strings=${context.strings}
        .captures=${captures}
        .idNumber=${context.flow.idNumber ?? undefined}
        .locale=${context.lang}
        .busy=${submitting}
        .progress=${progress}
        .error=${failure?.phase === 'submit' && (!refused || refusedSide) ? failureMessage(context, failure.error) : undefined}
        .refusedSide=${refusedSide}
      ></verify-identity-review-step>`;
    },
  }),
] as const;

/** The steps that ask the person for something (as opposed to the views of a status or a failure): the registry's ids. */
export type InputStep = (typeof BUILT_IN)[number]['id'];

/** The registry, in order: the built-in steps, and any `registerStep` added. */
const steps: StepDefinition[] = [...BUILT_IN];

/** The steps in the order they are asked. */
export const registeredSteps = (): readonly StepDefinition[] => steps;

/** The definition of an input step, `undefined` for any other view (`loading`, outcomes…). */
export const stepDefinition = (id: string): StepDefinition | undefined => steps.find((step) => step.id === id);

/**
 * Adds a step to the registry at run time, before `before` (a test's throw-away step; a step of the
 * package is an entry of `BUILT_IN` instead, which also types its id). Returns the function that removes it.
 */
export function registerStep(definition: StepDefinition, { before }: { before: InputStep }): () => void {
  if (stepDefinition(definition.id)) throw new Error(`A step "${definition.id}" is already registered.`);
  steps.splice(steps.findIndex((step) => step.id === before), 0, definition);
  return () => void steps.splice(steps.indexOf(definition), 1);
}

/** Whether the person has given the step in this flow. */
export const isStepComplete = (step: StepDefinition, session: ClientSession, flow: FlowState): boolean =>
  step.isComplete ? step.isComplete(session, flow) : Object.hasOwn(flow.given, step.id);

/** What the step's completion event asks of the shell. */
export const completionOf = (step: StepDefinition, detail: unknown): StepOutcome =>
  step.complete ? step.complete(detail) : { type: 'complete', step: step.id as InputStep, value: detail };

/** The input steps the person sees in this session and flow, in order (the document's back only once known). */
export function shownSteps(session: ClientSession, flow: FlowState): InputStep[] {
  return steps.filter((step) => step.isNeeded(session, flow) && (step.isShown?.(session) ?? true)).map((step) => step.id as InputStep);
}

/** The stage of a step: where it counts in the progress. */
export const stageOf = (step: StepDefinition): string => step.stage ?? step.id;

/** The stages of the flow the person sees, in order: known from the start (see `StepDefinition.stage`). */
export function shownStages(session: ClientSession, flow: FlowState): string[] {
  return [...new Set(shownSteps(session, flow).map((id) => stageOf(stepDefinition(id)!)))];
}

/** About how long the whole flow takes for this session, in whole minutes (at least 1), for the consent. */
export function estimateMinutes(session: ClientSession, flow: FlowState): number {
  const shown = shownSteps(session, flow);
  // The back of the document is not known before the type is chosen: count it when any allowed type has one.
  const backUnknown = !shown.includes('capture-back') && effectiveDocumentType(session, flow) === null && session.type === 'document';
  const total = shown.reduce((sum, id) => sum + stepDefinition(id)!.minutes, backUnknown ? stepDefinition('capture-back')!.minutes : 0);
  return Math.max(1, Math.round(total));
}

/** What a session will collect, in the order the flow asks for it, as the consent lists it. */
export function collectedItems(session: ClientSession, strings: Strings['consent']): CollectedItem[] {
  const keys = steps.filter((step) => step.collects && step.isNeeded(session, INITIAL_FLOW)).map((step) => step.collects!);
  return [...new Set(keys)].map((item) => ({ item, label: strings[item] }));
}
