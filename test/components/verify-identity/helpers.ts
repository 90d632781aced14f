// Shared by the <verify-identity> tests: the real mock backend, an event recorder and ways to drive the steps.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { IdNumberEvent } from '../../../src/components/step-events.js';
import type { VerificationStep } from '../../../src/events.js';
import { startMockBackend } from '../../../src/mocks/browser.js';
import type { CreateSessionParams, MockBackend, ServerSession } from '../../../src/mocks/types.js';
import { VERIFICATION_EVENTS } from '../../../src/events.js';
import { ENGINE_PACE } from '../../engine-pace.js';

export const ID_NUMBER = { first_name: 'Ada', last_name: 'Lovelace', dob: '1815-12-10', id_number: '123456789' };

/** The mock backend for a test file, reset after each test; `advance(ms)` moves its clock (to expire secrets). */
export function useMockBackend(): { readonly backend: MockBackend; advance(ms: number): void } {
  let started: Awaited<ReturnType<typeof startMockBackend>> | undefined;
  let offset = 0;
  before(async () => {
    started = await startMockBackend({ quiet: true, now: () => Date.now() + offset });
  });
  afterEach(() => {
    offset = 0;
    started?.backend.reset();
  });
  after(() => started?.stop());
  return {
    get backend() {
      if (!started) throw new Error('The mock backend has not started.');
      return started.backend;
    },
    advance(ms: number) {
      offset += ms;
    },
  };
}

/** A new session with quick checks; `document` options default to a passport only. */
export function createSession(backend: MockBackend, params: Partial<CreateSessionParams> = {}): ServerSession & { client_secret: string } {
  const session = backend.createSession({
    type: 'document',
    processing_ms: 100,
    ...params,
    options: { document: { allowed_types: ['passport'], ...params.options?.document } },
  });
  if (!session.client_secret) throw new Error('A new session has a client secret.');
  return session as ServerSession & { client_secret: string };
}

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

export function stepsOf(events: RecordedEvent[]): VerificationStep[] {
  return events.filter(({ type }) => type === 'verification-step').map(({ detail }) => (detail as { step: VerificationStep }).step);
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
  await waitUntil(() => currentStep(events) === step, `expected step ${step}, at ${currentStep(events)}`, { timeout: 4000 * ENGINE_PACE });
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

export async function pngFile(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 8;
  canvas.height = 8;
  canvas.getContext('2d')!.fillRect(0, 0, 4, 4);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Chooses a file on the capture step's file input, as the person would. */
export async function uploadImage(el: VerifyIdentityElement, events: RecordedEvent[], side: 'front' | 'back' | 'selfie'): Promise<void> {
  await waitForStep(events, `capture-${side}`);
  const root = await stepRoot(el);
  await waitUntil(() => root.querySelector('input[type=file]'), 'the file input shows');
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(await pngFile(`${side}.png`));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
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
