// The phone layout (issue 25): on a 390 × 844 and a 320 × 568 touch screen, every step and state of the element —
// in light and dark, English, German and Arabic — has its actions in one bar pinned to the bottom, no button taller
// than 56 px, the heading in the top third, no two controls over each other and nothing wider than the screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import type { VerificationStep } from '../../../src/events.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { acceptConsent, chooseDocument, declineConsent, enterIdNumber, recordEvents, stepRoot, submitReview, uploadImage, waitForStep, type RecordedEvent } from '../../support/element.js';
import { documentScene, jpeg } from '../../support/scenes.js';
import { setViewport } from '../../support/viewport.js';
import { deepElements, horizontalOverflow } from '../../a11y/wcag.js';
import { ENGINE_PACE } from '../../engine-pace.js';

type Locale = 'en' | 'de' | 'ar';
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const;
const LOCALES: Locale[] = ['en', 'de', 'ar'];

/** Buttons are at most this tall: a taller one is a slab, not a button. */
const MAX_BUTTON_HEIGHT = 56;

interface Box {
  element: Element;
  rect: DOMRect;
}

const label = (element: Element) =>
  `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 24)}"`;

function shown(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  if (element.closest('.visually-hidden')) return false;
  return element.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions);
}

const INTERACTIVE = 'button, a[href], input:not([type=hidden]), select, textarea, summary, label.button';

/** What a person could tap, on screen, with its box. */
function controls(root: ParentNode): Box[] {
  return deepElements(root)
    .filter((element) => element.matches(INTERACTIVE) && shown(element))
    .map((element) => ({ element, rect: element.getBoundingClientRect() }));
}

/** The one action bar on screen (the shell's view's, or the step's), and the primary action in it. */
function actionBars(root: ParentNode): Element[] {
  return deepElements(root).filter((element) => element.classList.contains('actions') && shown(element));
}

function overlap(a: DOMRect, b: DOMRect): number {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0.5 && y > 0.5 ? x * y : 0;
}

/** Everything the layout test asks of one view; each problem as a sentence naming the view. */
function layoutProblems(el: VerifyIdentityElement, where: string): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot!;
  const { innerWidth: width, innerHeight: height } = window;

  const bars = actionBars(root);
  if (bars.length !== 1) problems.push(`${where}: ${bars.length} action bars on screen, not one`);
  const bar = bars[0];
  const barRect = bar?.getBoundingClientRect();
  if (bar && barRect) {
    if (Math.abs(barRect.bottom - height) > 1) problems.push(`${where}: the action bar ends at ${barRect.bottom.toFixed(0)}, not at the bottom (${height})`);
    // Edge to edge of the box that scrolls it (a classic scrollbar, as Firefox draws here, takes its own strip).
    const scroller = root.querySelector<HTMLElement>('.body:not([hidden])');
    const room = scroller?.clientWidth ?? width;
    if (barRect.width < room - 0.5) problems.push(`${where}: the action bar is not full width (${barRect.left.toFixed(0)}–${barRect.right.toFixed(0)} of ${room})`);
    const buttons = controls(bar).filter(({ element }) => element.matches('.button'));
    if (!buttons.length) problems.push(`${where}: the action bar has no button`);
    const primary = controls(root).filter(({ element }) => element.matches('.button--primary'));
    for (const { element } of primary) if (!bar.contains(element) && !bar.shadowRoot?.contains(element)) problems.push(`${where}: the primary ${label(element)} is outside the action bar`);
    // The main action of the bar is full width (the secondary ones above it).
    for (const { element, rect } of buttons.filter(({ element }) => element.matches('.button--primary'))) {
      if (rect.width < barRect.width - 2 * 24 - 1) problems.push(`${where}: the primary ${label(element)} is ${rect.width.toFixed(0)} px wide in a ${barRect.width.toFixed(0)} px bar`);
    }
  }

  const all = controls(root);
  for (const { element, rect } of all) {
    if (element.matches('button, label.button') && rect.height > MAX_BUTTON_HEIGHT + 0.5) problems.push(`${where}: ${label(element)} is ${rect.height.toFixed(0)} px tall`);
  }

  const heading = deepElements(root).find((element) => (element.id === 'step-heading' || element.id === 'leave-heading') && shown(element));
  if (!heading) problems.push(`${where}: no heading on screen`);
  else if (heading.getBoundingClientRect().top > height / 3) problems.push(`${where}: the heading starts at ${heading.getBoundingClientRect().top.toFixed(0)} px, below the top third`);

  // Content scrolls under the pinned bar: what it covers is compared only with the bar's own controls' row, as it shows.
  const visible = all.map(({ element, rect }) => {
    const inBar = !!bar && bar.contains(element);
    if (inBar || !barRect || rect.bottom <= barRect.top) return { element, rect };
    const clipped = new DOMRect(rect.x, rect.y, rect.width, Math.max(0, barRect.top - rect.top));
    return { element, rect: clipped };
  });
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) {
      const a = visible[i]!;
      const b = visible[j]!;
      // A control inside another (a radio in its label) is one target.
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      if ((a.element as HTMLInputElement).labels?.[0]?.contains(b.element) || (b.element as HTMLInputElement).labels?.[0]?.contains(a.element)) continue;
      if (overlap(a.rect, b.rect) > 0) problems.push(`${where}: ${label(a.element)} and ${label(b.element)} overlap`);
    }
  }

  problems.push(...horizontalOverflow(root).map((problem) => `${where}: ${problem}`));
  return problems;
}

/** The camera's frame: the whole guide inside the preview, and the preview above the action bar. */
function viewfinderProblems(el: VerifyIdentityElement, where: string): string[] {
  const step = el.shadowRoot!.querySelector('[data-step]')?.shadowRoot;
  const viewfinder = step?.querySelector('.viewfinder')?.getBoundingClientRect();
  const guide = step?.querySelector('.guide')?.getBoundingClientRect();
  const bar = step?.querySelector('.action-bar')?.getBoundingClientRect();
  if (!viewfinder || !guide || !bar) return [`${where}: no viewfinder, guide or action bar`];
  const problems: string[] = [];
  if (guide.top < viewfinder.top - 0.5 || guide.bottom > viewfinder.bottom + 0.5 || guide.left < viewfinder.left - 0.5 || guide.right > viewfinder.right + 0.5) {
    problems.push(`${where}: the guide (${guide.top.toFixed(0)}–${guide.bottom.toFixed(0)}) is cut off by the preview (${viewfinder.top.toFixed(0)}–${viewfinder.bottom.toFixed(0)})`);
  }
  if (viewfinder.bottom > bar.top + 0.5) problems.push(`${where}: the action bar (from ${bar.top.toFixed(0)}) covers the preview (to ${viewfinder.bottom.toFixed(0)})`);
  // The room left, not a strip: at least a quarter of the screen's height.
  if (viewfinder.height < window.innerHeight / 4) problems.push(`${where}: the preview is only ${viewfinder.height.toFixed(0)} px tall`);
  return problems;
}

async function mountPhone(secret: string, locale: Locale): Promise<{ el: VerifyIdentityElement; events: RecordedEvent[] }> {
  const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${secret} locale=${locale} poll-interval="50" style="color-scheme: light"></verify-identity>`);
  const events = recordEvents(el);
  el.open = true;
  return { el, events };
}

/** Waits for the language and the step's render, then a frame for layout. */
async function settle(el: VerifyIdentityElement, locale: Locale): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.lang === locale, `${locale} loaded`, { timeout: 3000 * ENGINE_PACE });
  await el.updateComplete;
  const step = el.shadowRoot!.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-step]');
  await step?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Resizes the page with a `<verify-identity>` mounted (closed) meanwhile: WebKitGTK re-evaluates the media queries of
 * a constructed stylesheet on a resize only while an element uses it, and the previous test's element is gone (a
 * page keeps its element while a phone turns).
 */
async function resize(size: { width: number; height: number }): Promise<void> {
  const keeper = document.body.appendChild(document.createElement('verify-identity'));
  try {
    await setViewport({ ...size, touch: true });
    await topLayerFollows(size);
  } finally {
    keeper.remove();
  }
}

/** Waits until a modal dialog's `100vw × 100dvh` is the new size: WebKit lays out the top layer late after a resize. */
async function topLayerFollows({ width, height }: { width: number; height: number }): Promise<void> {
  const probe = document.body.appendChild(document.createElement('dialog'));
  probe.style.cssText = 'inline-size: 100vw; max-inline-size: none; block-size: 100dvh; max-block-size: none; margin: 0; padding: 0; border: 0; opacity: 0';
  probe.showModal();
  try {
    const size = () => probe.getBoundingClientRect();
    // WebKit lays out in 1/64 px: an 844 px dialog is 843.98.
    await waitUntil(() => Math.abs(size().width - width) < 0.5 && Math.abs(size().height - height) < 0.5, `a modal's 100vw × 100dvh is ${size().width} × ${size().height}, not ${width} × ${height}`, { timeout: 5000 });
  } finally {
    probe.close();
    probe.remove();
  }
}

const document_ = () => jpeg(documentScene({ width: 1024, height: 576 }));

describe('<verify-identity> phone layout: one action bar, nothing stretched, nothing over anything', function () {
  this.timeout(120_000 * ENGINE_PACE);
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const viewport of VIEWPORTS) {
    for (const locale of LOCALES) {
      const size = `${viewport.width} × ${viewport.height}`;
      it(`every step and state at ${size} in ${locale}, light and dark`, async () => {
        await resize(viewport);
        const problems: string[] = [];
        let current: VerifyIdentityElement;
        /** Measures the view in light, then in dark (colours only change, but a theme must never move a box). */
        const check = async (where: string, extra?: (el: VerifyIdentityElement, where: string) => string[]) => {
          for (const theme of ['light', 'dark']) {
            current.style.colorScheme = theme;
            await settle(current, locale);
            problems.push(...layoutProblems(current, `${where} (${theme})`));
            if (extra) problems.push(...extra(current, `${where} (${theme})`));
          }
          current.style.colorScheme = 'light';
        };

        // The whole flow: a two-sided document, a selfie and the ID number.
        const session = createSession(mock.backend, {
          options: { document: { allowed_types: ['passport', 'id_card'], require_matching_selfie: true, require_id_number: true } },
          processing_ms: 1500,
        });
        const { el, events } = await mountPhone(session.client_secret, locale);
        current = el;
        const at = async (step: VerificationStep, where: string = step) => {
          await waitForStep(events, step);
          await check(where);
        };
        await at('consent');
        await acceptConsent(el, events);
        await at('document-type');
        await chooseDocument(el, events, 'id_card');
        await waitForStep(events, 'capture-front');
        const root = await stepRoot(el);
        const part = (name: string) => root.querySelector<HTMLElement>(`[part=${name}]`);
        // A touch screen opens the camera first (pointer: coarse) where the engine emulates one; else upload.
        if (!root.querySelector('video')) part('source-switch')!.click();
        await waitUntil(() => root.querySelector('video') && part('capture-button'), 'the camera shows');
        await check('capture-front, camera', viewfinderProblems);
        part('source-switch')!.click();
        await waitUntil(() => root.querySelector('input[type=file]'), 'upload mode');
        await check('capture-front, upload');
        // The check screen, a photo on it: closing asks first, and the step is hidden and inert meanwhile.
        const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([await document_()], 'front.jpg', { type: 'image/jpeg' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await waitUntil(() => part('use-photo-button'), 'the photo passed its check', { timeout: 8000 * ENGINE_PACE });
        await check('capture-front, check screen');
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part=leave]'), 'a photo on the check screen is work: leaving is asked first');
        const body = el.shadowRoot!.querySelector<HTMLElement>('[part=body]')!;
        expect([body.hidden, body.inert, body.checkVisibility()], 'the step under the leave question').to.deep.equal([true, true, false]);
        await check('leave question');
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=leave] .button--primary')!.click();
        await waitUntil(() => part('use-photo-button')?.checkVisibility(), 'Keep going: the photo is still on the check screen');
        part('use-photo-button')!.click();
        await waitForStep(events, 'capture-back');
        await uploadImage(el, events, 'back');
        await waitForStep(events, 'capture-selfie');
        const selfie = await stepRoot(el);
        await waitUntil(() => selfie.querySelector('video') && selfie.querySelector('[part=capture-button]'), 'the selfie camera shows');
        await check('capture-selfie, camera', viewfinderProblems);
        // Over a running camera, the leave question stops it.
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part=leave]'), 'the leave question shows');
        await waitUntil(() => !selfie.querySelector('[part=capture-button]:not([disabled])') || !selfie.querySelector('video')?.srcObject, 'the camera stops under the leave question');
        const stream = selfie.querySelector('video')?.srcObject as MediaStream | null | undefined;
        expect(stream?.getTracks().some((track) => track.readyState === 'live') ?? false, 'a live camera track under the leave question').to.equal(false);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=leave] .button--primary')!.click();
        await waitUntil(() => !el.shadowRoot!.querySelector('[part=leave]'), 'back to the step');
        await uploadImage(el, events, 'selfie');
        await at('id-number');
        await enterIdNumber(el, events);
        await at('review');
        await submitReview(el, events);
        await at('processing');
        await at('verified');

        // The outcomes the flow does not reach.
        const failed = createSession(mock.backend, { test_outcome: 'selfie_face_mismatch' });
        let mounted = await mountPhone(failed.client_secret, locale);
        current = mounted.el;
        await acceptConsent(mounted.el, mounted.events);
        await uploadImage(mounted.el, mounted.events, 'front');
        await submitReview(mounted.el, mounted.events);
        await waitForStep(mounted.events, 'requires-input');
        await check('failed (requires_input)');

        mounted = await mountPhone(createSession(mock.backend).client_secret, locale);
        current = mounted.el;
        await declineConsent(mounted.el, mounted.events);
        await waitForStep(mounted.events, 'requires-input');
        await check('declined');

        const canceled = createSession(mock.backend);
        mounted = await mountPhone(canceled.client_secret, locale);
        current = mounted.el;
        await waitForStep(mounted.events, 'consent');
        mock.backend.cancelSession(canceled.id);
        await waitForStep(mounted.events, 'canceled');
        await check('canceled');

        mounted = await mountPhone('vs_nope_secret_wrong', locale);
        current = mounted.el;
        await waitForStep(mounted.events, 'error');
        await check('error');

        expect(problems).to.deep.equal([]);
      });
    }
  }
});
