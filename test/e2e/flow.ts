// Steps a person takes in the demo and in the verification modal, found by role and accessible name.

import type { Locator, Page } from 'playwright-core';
import { uploadFixture } from './harness.js';

export interface SessionSettings {
  /** The test outcome option, as its label reads. @default 'verified (success)' */
  outcome?: string;
  /** @default 300 */
  processingMs?: number;
}

/** Fills panel 1, "Your server: create a session". */
export async function configureSession(page: Page, settings: SessionSettings = {}): Promise<void> {
  await page.getByLabel('Test outcome').selectOption({ label: settings.outcome ?? 'verified (success)' });
  await page.getByLabel('Processing time (ms)').fill(String(settings.processingMs ?? 300));
}

/** The verification modal (a native <dialog>). */
export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

export async function startWithElement(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verify with the element' }).click();
}

export async function startWithFunction(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verify with verifyIdentity()' }).click();
}

export async function acceptConsent(scope: Locator): Promise<void> {
  await scope.getByRole('button', { name: 'Accept and continue' }).click();
}

export async function chooseDocument(scope: Locator, name: string): Promise<void> {
  await scope.getByRole('radio', { name }).check();
  await scope.getByRole('button', { name: 'Continue' }).click();
}

type CaptureMode = 'camera' | 'upload';

/** Switches the capture step to `mode` if it offers the other one first (it depends on the device). */
async function useCaptureMode(scope: Locator, mode: CaptureMode): Promise<void> {
  const switchTo = { camera: 'Use the camera', upload: 'Upload a photo instead' };
  const offered = scope.getByRole('button', { name: new RegExp(`^(${switchTo.camera}|${switchTo.upload})$`) });
  await offered.waitFor();
  if ((await offered.innerText()).trim() === switchTo[mode]) await offered.click();
}

/** Picks the fixture photo through the capture step's labelled file input, and uses it once it passed its check. */
export async function uploadPhoto(scope: Locator): Promise<void> {
  await useCaptureMode(scope, 'upload');
  await scope.getByLabel('Choose a photo').setInputFiles(uploadFixture);
  await scope.getByRole('button', { name: 'Use this photo', exact: true }).click();
}

/**
 * Takes the photo with the (fake) camera once its preview is live, and uses it. The default fake camera films a
 * moving test pattern that the checks refuse: retake until the third photo may be used after the warning.
 */
export async function takePhoto(scope: Locator): Promise<void> {
  await useCaptureMode(scope, 'camera');
  const capture = scope.getByRole('button', { name: 'Take photo' });
  const use = scope.getByRole('button', { name: /^Use this photo( anyway)?$/ });
  const retake = scope.getByRole('button', { name: 'Retake', exact: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    await capture.and(scope.locator(':enabled')).waitFor();
    await capture.click();
    await retake.waitFor();
    if (await use.count()) return use.click();
    await retake.click();
  }
  throw new Error('The third photo could not be used either.');
}

export async function submit(scope: Locator): Promise<void> {
  await scope.getByRole('heading', { name: 'Check and submit' }).waitFor();
  await scope.getByRole('button', { name: 'Submit' }).click();
}

/** The whole flow for a passport by upload: consent, document type, the photo, submit; waits for the outcome. */
export async function verifyPassportByUpload(scope: Locator, outcome = 'You are verified'): Promise<void> {
  await acceptConsent(scope);
  await chooseDocument(scope, 'passport');
  await uploadPhoto(scope);
  await submit(scope);
  await expectHeading(scope, outcome);
}

/**
 * Arms a fault in the demo's fault panel for the next request of that kind, and returns the panel's status, which
 * says when the fault fired.
 */
export async function armFault(page: Page, request: string, button = 'Fail with 500'): Promise<Locator> {
  await page.getByLabel('Request', { exact: true }).selectOption({ label: request });
  await page.getByRole('button', { name: button }).click();
  const status = page.getByRole('status').filter({ hasText: /Armed|fault fired/ });
  await status.filter({ hasText: `Armed: the next request to “${request}” will fail with 500.` }).waitFor();
  return status;
}

/** Waits for a heading of the verification to show. */
export async function expectHeading(scope: Locator, name: string): Promise<void> {
  await scope.getByRole('heading', { name }).waitFor();
}

export function domLog(page: Page): Locator {
  return page.getByRole('log', { name: 'DOM events on this page' });
}

export function webhookLog(page: Page): Locator {
  return page.getByRole('log', { name: 'Webhook deliveries' });
}

/** Waits for a log entry whose name is `name` and whose text contains `text`, if given. */
export async function expectLogEntry(log: Locator, name: string, text?: string): Promise<void> {
  let entry = log.getByRole('listitem').filter({ has: log.page().getByText(name, { exact: true }) });
  if (text !== undefined) entry = entry.filter({ hasText: text });
  await entry.first().waitFor();
}

/** Waits until panel 1's "Current session" table reads `value` for `field` ("ID", "Status", "Last error"). */
export async function expectSessionField(page: Page, field: 'ID' | 'Status' | 'Last error', value: string): Promise<void> {
  await page.getByRole('table', { name: 'Current session' }).getByRole('row', { name: `${field} ${value}`, exact: true }).waitFor();
}
