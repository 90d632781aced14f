// The shell's frame and body: the dialog (or, inline, the section) with its live region, and the body that hosts the
// step on screen and turns the steps' events into flow actions. Templates only; the element owns the state.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ModalController } from '../../controllers/modal-controller.js';
import type { ShellView, VerificationStep } from '../../events.js';
import type { Locale } from '../../locales/index.js';
import { keepFocusInView } from '../../internal/focus-in-view.js';
import type { StepCompleteEvent } from '../step-events.js';
import type { FlowAction } from './flow.js';
import { continuationNote } from './continuation.js';
import { isStepReady } from './lazy-steps.js';
import { stepDefinition } from './step-registry.js';
import type { ViewContext } from './view-context.js';
import { SHELL_VIEWS, header, progressBar } from './views.js';

/** The modal `<dialog>`, or with `inline` the section that replaces it, around the content. */
export function renderFrame(
  inline: boolean,
  open: boolean,
  { dir, tag }: Pick<Locale, 'dir' | 'tag'>,
  content: TemplateResult | typeof nothing,
  modal: Pick<ModalController, 'onCancel' | 'onClick' | 'onClose'>,
): TemplateResult {
  // Rendered for the whole opening, before the first step: a live region that appears is often not announced.
  const status = open ? html`<div part="status" class="visually-hidden" role="status" aria-live="polite"></div>` : nothing;
  if (inline) {
    return html`<section part="dialog" class="panel inline" aria-labelledby="title" dir=${dir} lang=${tag}>
      ${content}${status}
    </section>`;
  }
  return html`<dialog part="dialog" class="panel" aria-labelledby="title" dir=${dir} lang=${tag} @cancel=${modal.onCancel} @click=${modal.onClick} @close=${modal.onClose}>
    ${content}${status}
  </dialog>`;
}

/**
 * What the body shows and where its events go. Lit calls a handler with the element (the render's host) as `this`,
 * so the element passes its own methods unbound.
 */
export interface ShellBody {
  context: ViewContext;
  step: VerificationStep;
  /** No request in flight: Back may be used. */
  idle: boolean;
  modal: Pick<ModalController, 'requestClose' | 'renderLeave'>;
  /** On a step that offers it, the handoff's view in place of the step (`null`: loading; `undefined`: none). */
  handoffView: (() => TemplateResult | null | undefined) | null;
  act: (action: FlowAction) => void;
  onStepComplete: (event: StepCompleteEvent) => void;
  onHandoffStart: () => void;
}

/** The header, the leave question while it is asked, and the body with the progress bar and the step. */
export function renderBody(body: ShellBody): TemplateResult {
  const { context, step, modal, act } = body;
  const { strings, session } = context;
  const leaving = context.paused;
  return html`
    ${header(strings, session, () => modal.requestClose('close-button'))}
    ${leaving ? modal.renderLeave(strings.leave) : nothing}
    <div
      part="body"
      class="body"
      ?hidden=${leaving}
      ?inert=${leaving}
      @vi-step-complete=${body.onStepComplete}
      @vi-retake=${(event: HTMLElementEventMap['vi-retake']) => act({ type: 'retake', side: event.detail.side })}
      @vi-edit=${(event: HTMLElementEventMap['vi-edit']) => act({ type: 'back', to: event.detail.step })}
      @vi-handoff-start=${body.onHandoffStart}
      @focusin=${keepFocusInView}
      @keyup=${(event: KeyboardEvent) => event.key === 'Tab' && keepFocusInView(event)}
    >
      ${session ? progressBar(session, context.flow, step, strings.progress, body.idle, act) : nothing}
      ${stepDefinition(step) ? continuationNote(context) : nothing} ${keyed(step, renderStep(body))}
    </div>
  `;
}

/** The step's view: a registry entry's element (or the handoff view instead), or the shell's view of a status or a failure. */
function renderStep({ step, context, handoffView }: ShellBody): TemplateResult {
  const definition = stepDefinition(step);
  if (!isStepReady(step)) return SHELL_VIEWS.loading(context);
  if (!definition) return SHELL_VIEWS[step as ShellView](context);
  const instead = definition.offersHandoff && handoffView ? handoffView() : undefined;
  if (instead !== undefined) return instead ?? SHELL_VIEWS.loading(context);
  return definition.view({ ...context, session: context.session! });
}
