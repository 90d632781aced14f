// Driving <verify-identity> in a test: mount it, record its events, walk its steps as a person would.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VerifyIdentityElement } from '../../src/components/verify-identity/verify-identity.js';
import { IdNumberEvent } from '../../src/components/step-events.js';
import type { VerificationStep } from '../../src/events.js';
import { VERIFICATION_EVENTS } from '../../src/events.js';
import { ID_NUMBER } from './backend.js';
import { documentScene, jpeg, selfieScene } from './scenes.js';
import { ENGINE_PACE } from '../engine-pace.js';

export interface RecordedEvent {
  type: string;
  detail: unknown;
}

/** Records every public event the element fires, in order. */
export function recordEvents(target: EventTarget): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (const type of VERIFICATION_EVENTS) {
    target.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

/** Status events only, as `type` or `type:detail-summary`, for order assertions. */
export function statusTrail(events: RecordedEvent[]): string[] {
  return events
    .filter(({ type }) => !['verification-step', 'verification-ready', 'verification-close', 'verification-error'].includes(type))
    .map(({ type, detail }) => {
      if (type === 'verification-status-change') {
        const { previousStatus, status } = detail as { previousStatus: string; status: string };
        return `status-change:${previousStatus}>${status}`;
      }
      if (type === 'verification-requires-input') return `requires-input:${(detail as { lastError: { code: string } }).lastError.code}`;
      return type.replace('verification-', '');
    });
}

/**
 * The steps shown, in order, but `loading`: it shows only when the session takes longer than 100 ms to
 * answer, which a loaded machine may or may not do (`verify-identity.opening.test.ts` tests it).
 */
export function stepsOf(events: RecordedEvent[]): VerificationStep[] {
  return events
    .filter(({ type }) => type === 'verification-step')
    .map(({ detail }) => (detail as { step: VerificationStep }).step)
    .filter((step) => step !== 'loading');
}

export async function mount(secret: string, extra: { open?: boolean } = {}): Promise<{ el: VerifyIdentityElement; events: RecordedEvent[] }> {
  const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${secret} poll-interval="50"></verify-identity>`);
  const events = recordEvents(el);
  if (extra.open ?? true) el.open = true;
  return { el, events };
}

export function currentStep(events: RecordedEvent[]): VerificationStep | undefined {
  return stepsOf(events).at(-1);
}

export async function waitForStep(events: RecordedEvent[], step: VerificationStep): Promise<void> {
  await waitUntil(() => currentStep(events) === step, `expected step ${step}, at ${currentStep(events)}`, { timeout: 4000 * ENGINE_PACE }).catch((error: Error) => {
    // The last events say where the flow stopped (a submit that never ended, an error, a status that never came).
    const recent = events.slice(-6).map(({ type, detail }) => `${type} ${JSON.stringify(detail)?.slice(0, 120) ?? ''}`);
    throw new Error(`${error.message}; last events: ${recent.join(' | ')}`);
  });
}

/** The step element (or the shell's own view) being shown. */
export function stepElement<T extends HTMLElement = HTMLElement>(el: VerifyIdentityElement): T {
  const step = el.shadowRoot!.querySelector<T>('[data-step]');
  if (!step) throw new Error('No step element is shown.');
  return step;
}

export async function stepRoot(el: VerifyIdentityElement): Promise<ShadowRoot> {
  const step = stepElement(el) as HTMLElement & { updateComplete: Promise<unknown> };
  await step.updateComplete;
  return step.shadowRoot!;
}

export async function acceptConsent(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
  await waitForStep(events, 'consent');
  (await stepRoot(el)).querySelector<HTMLButtonElement>('.button--primary')!.click();
}

export async function declineConsent(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
  await waitForStep(events, 'consent');
  (await stepRoot(el)).querySelector<HTMLButtonElement>('.button--secondary')!.click();
}

export async function chooseDocument(el: VerifyIdentityElement, events: RecordedEvent[], type: string): Promise<void> {
  await waitForStep(events, 'document-type');
  const root = await stepRoot(el);
  root.querySelector<HTMLInputElement>(`input[type=radio][value=${type}]`)?.click();
  [...root.querySelectorAll('input[type=radio]')].find((input) => (input as HTMLInputElement).value === type)?.dispatchEvent(new Event('change'));
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

const photos = new Map<'document' | 'selfie', Promise<Blob>>();
/** A sharp generated photo of a card or a face (made once per file): it passes the capture step's checks. */
function goodPhoto(kind: 'document' | 'selfie'): Promise<Blob> {
  let photo = photos.get(kind);
  // Just over the checks' minimum size, as a JPEG: quick to check when a test runs ten flows at once.
  const size = { width: 1024, height: 576 };
  if (!photo) photos.set(kind, (photo = jpeg(kind === 'selfie' ? selfieScene(size) : documentScene(size))));
  return photo;
}

/**
 * Chooses a good photo on the capture step's file input, as the person would, and confirms it on the
 * check that follows. A selfie is chosen from a file only with the integrator's opt-in, which this sets.
 */
export async function uploadImage(el: VerifyIdentityElement, events: RecordedEvent[], side: 'front' | 'back' | 'selfie'): Promise<void> {
  await waitForStep(events, `capture-${side}`);
  if (side === 'selfie') el.allowSelfieUpload = true;
  const root = await stepRoot(el);
  // By part, not by text: the tests run in every language.
  const input = () => root.querySelector<HTMLInputElement>('input[type=file]');
  await waitUntil(() => input() ?? root.querySelector('[part=source-switch]'), 'the file input or the switch to it shows');
  if (!input()) root.querySelector<HTMLButtonElement>('[part=source-switch]')!.click();
  await waitUntil(input, 'the file input shows');
  const transfer = new DataTransfer();
  transfer.items.add(new File([await goodPhoto(side === 'selfie' ? 'selfie' : 'document')], `${side}.jpg`, { type: 'image/jpeg' }));
  input()!.files = transfer.files;
  input()!.dispatchEvent(new Event('change', { bubbles: true }));
  const use = () => root.querySelector<HTMLButtonElement>('[part=use-photo-button]');
  // The first check loads the capture engine and starts its Worker.
  await waitUntil(use, `the photo never passed the check: “${root.querySelector('[part=verdict]')?.textContent?.trim() ?? 'no verdict'}”`, { timeout: 8000 * ENGINE_PACE });
  use()!.click();
}

/**
 * Takes a photo with the (fake) camera and uses it: when the check refuses it, retakes until it may
 * be used (a third failing photo may be sent after a warning), as a person with a poor camera would.
 */
export async function takeLivePhoto(el: VerifyIdentityElement): Promise<void> {
  const root = await stepRoot(el);
  const part = (name: string) => root.querySelector<HTMLButtonElement>(`[part=${name}]`);
  const shutter = () => root.querySelector<HTMLButtonElement>('[part=capture-button]:not([disabled])');
  for (let attempt = 0; attempt < 3; attempt++) {
    await waitUntil(() => shutter() ?? part('retake-button'), 'the camera is live', { timeout: 4000 * ENGINE_PACE });
    shutter()?.click();
    await waitUntil(() => part('retake-button'), 'the photo was checked', { timeout: 15_000 * ENGINE_PACE });
    const use = part('use-photo-button');
    if (use) return use.click();
    part('retake-button')!.click();
    // The check screen goes at the next render: until then its Retake button would pass for the next photo's
    // check, and the shutter would never be pressed again.
    await waitUntil(() => !part('retake-button'), 'the check screen closed after Retake');
  }
  throw new Error('the third photo could not be used either');
}

export async function enterIdNumber(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
  await waitForStep(events, 'id-number');
  stepElement(el).dispatchEvent(new IdNumberEvent({ details: ID_NUMBER }));
}

export async function submitReview(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
  await waitForStep(events, 'review');
  (await stepRoot(el)).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
}

/** Clicks a button of the shell's own views (outcome, error) by its text. */
export function clickShellButton(el: VerifyIdentityElement, text: string): void {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.body button')].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  if (!button) throw new Error(`No "${text}" button.`);
  button.click();
}

export async function passportFlow(el: VerifyIdentityElement, events: RecordedEvent[]): Promise<void> {
  await acceptConsent(el, events);
  await uploadImage(el, events, 'front');
  await submitReview(el, events);
}
