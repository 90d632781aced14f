import { CSSResult, isServer, render, type LitElement } from 'lit';
import type { ClientSession } from '../../core/types.js';
import { en } from '../../locales/en.js';
import { afterPaint } from '../../internal/after-paint.js';
import { collectedItems } from './step-registry.js';

/** A session as the first step receives one: only rendered into a detached fragment, never sent or shown. */
const SAMPLE_SESSION: ClientSession = {
  id: 'vs_warm_up',
  object: 'identity.verification_session',
  status: 'requires_input',
  type: 'document',
  options: { document: { allowed_types: ['passport', 'id_card', 'driving_license'], require_id_number: false, require_live_capture: false, require_matching_selfie: false } },
  last_error: null,
  livemode: false,
  created: 0,
};

/**
 * The first opening in a page also pays for work that no later opening repeats (docs/performance.md). Part
 * of it is done here instead, once the page has painted and is idle: each first-load element class finalized
 * and its style sheets built, the first step's templates prepared and its code compiled. Nothing is
 * connected to the document, fetched or dispatched: the elements stay detached, the step renders into a
 * detached fragment.
 */
export function warmUpWhenIdle(tags: readonly string[]): void {
  if (isServer || typeof document === 'undefined' || typeof customElements === 'undefined' || typeof requestAnimationFrame !== 'function') return;
  void afterPaint().then(() => {
    // Only ahead of need: should anything here fail (a test DOM lacking an API), the opening does it all anyway.
    try {
      warmUp(tags);
    } catch {
      // Nothing to report: no opening depends on it.
    }
  });
}

function warmUp(tags: readonly string[]): void {
  for (const tag of tags) {
    const element = document.createElement(tag);
    for (const style of (element.constructor as typeof LitElement).elementStyles ?? []) {
      // The getter builds the sheet once; Lit adopts that same sheet on every opening.
      if (style instanceof CSSResult) void style.styleSheet;
    }
  }
  const step = document.createElement('verify-identity-consent-step');
  step.strings = en;
  step.collected = collectedItems(SAMPLE_SESSION, en.consent);
  render(step.render(), document.createDocumentFragment());
}
