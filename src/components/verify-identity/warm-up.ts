import { isServer, render, type CSSResult, type LitElement } from 'lit';
import { createSessionModel } from '../../core/session-model.js';
import type { ClientSession } from '../../core/types.js';
import { en } from '../../locales/en.js';
import { afterPaint } from '../../internal/after-paint.js';
import { INITIAL_FLOW } from './flow-state.js';
import { stepDefinition, type StepDefinition } from './step-registry.js';
import { header, progressBar } from './views.js';
import { prepareMinutes } from './view-context.js';

/** A session as the first step receives one: only rendered detached and read from a canned answer, never sent or shown. */
const SAMPLE_SESSION: ClientSession = {
  id: 'vs_warmup',
  object: 'identity.verification_session',
  status: 'requires_input',
  type: 'document',
  options: { document: { allowed_types: ['passport', 'id_card', 'driving_license'], require_id_number: false, require_live_capture: false, require_matching_selfie: false } },
  last_error: null,
  livemode: false,
  created: 0,
};

/** An element has started opening: it does the first opening's work itself, so the warm-up would only compete with it. */
let opened = false;

/** Called by each opening: a warm-up still to come is then skipped. */
export function openingStarted(): void {
  opened = true;
}

/**
 * The first opening in a page also pays for work that no later opening repeats (docs/performance.md). Most
 * of it is done here instead, once the page has painted and is idle: each first-load element class finalized
 * and its style sheets built, the shell's and the first step's templates prepared, the default font loaded,
 * the session's load run on a canned answer, the time estimate's number format made, the browser's languages read. Nothing is
 * fetched or dispatched, and nothing stays in the document.
 */
export function warmUpWhenIdle(tags: readonly string[]): void {
  if (isServer || typeof document === 'undefined' || typeof customElements === 'undefined' || typeof requestAnimationFrame !== 'function') return;
  void afterPaint().then(() => {
    // Opened before the page was idle (mounted at load): that opening has warmed it all, or is doing so now.
    if (opened) return;
    // Only ahead of need: should anything here fail (a test DOM lacking an API), the opening does it all anyway.
    try {
      warmUp(tags);
    } catch {
      // Nothing to report: no opening depends on it.
    }
  });
}

function warmUp(tags: readonly string[]): void {
  // Each class is finalized by its first instance, below; the getter builds each sheet once, and Lit adopts
  // that same sheet on every opening.
  for (const tag of tags) for (const style of (customElements.get(tag) as typeof LitElement).elementStyles) void (style as CSSResult).styleSheet;
  prepareMinutes('en');
  // The browser's languages, read by every opening's locale: the first read in a page asks the browser for them.
  void navigator.languages;
  loadFonts();
  rehearseLoad();
  // Detached, an element never updates: an open one's render is what an opening renders while its session loads
  // (the frame, the header, the body with the loading view).
  const shell = document.createElement('verify-identity');
  shell.open = true;
  render(shell.render(), document.createDocumentFragment());
  // What it adds once the session is there: the test-mode badge and the progress bar.
  const noop = (): void => {};
  render([header(en, SAMPLE_SESSION, noop), progressBar(SAMPLE_SESSION, INITIAL_FLOW, 'consent', en.progress, true, noop)], document.createDocumentFragment());
  // The consent as the body renders it (the context holds what its view reads), then its element's own template:
  // detached, it renders only when asked (prepared, not laid out: a probe laid out with the real sheets left WebKit
  // applying the sheets' media queries as they were then, after the viewport changed; docs/performance.md).
  const body = document.createDocumentFragment();
  render(stepDefinition('consent')!.view({ strings: en, session: SAMPLE_SESSION, lang: 'en', branding: {}, flow: INITIAL_FLOW } as Parameters<StepDefinition['view']>[0]), body);
  render(body.querySelector('verify-identity-consent-step')!.render(), document.createDocumentFragment());
  // The help's own template (the consent renders its element, which renders itself only once connected).
  render(document.createElement('verify-identity-help').render(), document.createDocumentFragment());
}

/**
 * The first text laid out in a font at each weight and size has the engine look that font up, which the page
 * waits for (inside the first opening's `showModal()`, until this). A canvas measure does it for the element's
 * default font at the sizes and weights of its first step, without touching the document (docs/performance.md).
 */
function loadFonts(): void {
  const canvas = document.createElement('canvas').getContext('2d');
  if (!canvas) return;
  // 0.75, 0.875, 1 and 1.25rem (a page that sets its own font has laid it out already).
  for (const size of [12, 14, 16, 20]) for (const weight of [400, 600]) {
    canvas.font = `${weight} ${size}px system-ui, sans-serif`;
    canvas.measureText('Ag');
  }
}

/**
 * An opening's load, from the secret to the session validated, run once on a canned answer (its own `fetch`,
 * no request) with no listener: the code on the way to the first step runs before its first real use. Closed
 * before the status watch would start.
 */
function rehearseLoad(): void {
  const model = createSessionModel({
    fetch: () => Promise.resolve(new Response(JSON.stringify(SAMPLE_SESSION), { headers: { 'Content-Type': 'application/json' } })),
    beforeWatch: () => Promise.resolve(model.close()),
  });
  void model.load('vs_warmup_secret_warmupwarmup').finally(() => model.close());
}
