// End-to-end: the built demo in headless Chromium, driven the way a person uses it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations } from './axe.js';
import { startDemo, type DemoHarness, type DemoPage } from './harness.js';
import {
  acceptConsent,
  chooseDocument,
  configureSession,
  dialog,
  domLog,
  expectHeading,
  expectLogEntry,
  expectSessionField,
  startWithElement,
  startWithFunction,
  submit,
  takePhoto,
  uploadPhoto,
  webhookLog,
} from './flow.js';

// A flow takes 3–6 s here; the margin is for a loaded 2-core CI machine.
const TEST_TIMEOUT = 30_000;

describe('the demo', () => {
  let demo: DemoHarness;
  before(async () => {
    demo = await startDemo({ screenshots: 'demo' });
  });
  after(async () => {
    await demo?.close();
  });

  /** Opens the demo for one test, and closes it however the test ends. */
  function scenario(name: string, body: (demoPage: DemoPage) => Promise<void>): void {
    it(name, { timeout: TEST_TIMEOUT }, async () => {
      const demoPage = await demo.open(name);
      try {
        await body(demoPage);
        assert.deepEqual(demoPage.pageErrors.map(String), []);
      } catch (error) {
        await demoPage.shot('failure').catch(() => undefined);
        throw error;
      } finally {
        await demoPage.close();
      }
    });
  }

  scenario('verifies a person who uploads a photo of their passport', async ({ page, shot }) => {
    await configureSession(page);
    await shot('server panel');
    await startWithElement(page);
    const modal = dialog(page);
    await expectHeading(modal, 'Before you start');
    await shot('consent');
    await acceptConsent(modal);
    await expectHeading(modal, 'Choose your document');
    await shot('document type');
    await chooseDocument(modal, 'passport');
    await expectHeading(modal, 'Photo page of your passport');
    await shot('capture');
    await uploadPhoto(modal);
    await shot('review');
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await shot('verified');

    await expectLogEntry(domLog(page), 'verification-verified');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.verified');
    await expectSessionField(page, 'Status', 'verified');
    await modal.getByRole('button', { name: 'Done' }).click();
    await expectLogEntry(domLog(page), 'verification-close', 'completed');
    await shot('events', page.getByRole('region', { name: '4. Events' }));
  });

  scenario('verifies a person who takes the photo with the camera, through verifyIdentity(), in a dark brand theme', async ({ page, shot }) => {
    await configureSession(page);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByLabel('Brand colour').fill('#8a2be2');
    await startWithFunction(page);
    const modal = dialog(page);
    const accept = modal.getByRole('button', { name: 'Accept and continue' });
    await accept.waitFor();
    assert.equal(await accept.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(138, 43, 226)');
    await shot('consent in the brand theme');
    await acceptConsent(modal);
    await chooseDocument(modal, 'passport');
    await modal.getByRole('heading', { name: 'Photo page of your passport' }).waitFor();
    await takePhoto(modal);
    await shot('review');
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await shot('verified');
    await modal.getByRole('button', { name: 'Done' }).click();

    const result = page.getByRole('status', { name: 'verifyIdentity() result' });
    await result.filter({ hasText: '"status": "verified"' }).waitFor();
    await shot('result');
  });

  scenario('verifies an ID number session from the details the person types', async ({ page, shot }) => {
    await configureSession(page);
    await page.getByRole('radio', { name: 'ID number' }).check();
    await startWithElement(page);
    const modal = dialog(page);
    await acceptConsent(modal);
    await expectHeading(modal, 'Your details');
    await modal.getByLabel('First name').fill('Jenny');
    await modal.getByLabel('Last name').fill('Rosen');
    await modal.getByLabel('Date of birth').fill('1990-04-12');
    await modal.getByLabel('ID number', { exact: true }).fill('123-45-6789');
    await shot('details');
    await modal.getByRole('button', { name: 'Continue' }).click();
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.verified');
  });

  scenario('fails a first attempt, then verifies the person when they try again', async ({ page, shot }) => {
    await configureSession(page, { outcome: 'fails once: document_expired' });
    await startWithElement(page);
    const modal = dialog(page);
    await acceptConsent(modal);
    await chooseDocument(modal, 'passport');
    await uploadPhoto(modal);
    await submit(modal);
    await expectHeading(modal, 'The check did not go through');
    await shot('failed');
    await expectLogEntry(domLog(page), 'verification-requires-input', 'document_expired');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.requires_input', 'document_expired');
    await expectSessionField(page, 'Last error', 'document_expired');

    // An expired document: Try again asks new photos of it, the passport chosen stays chosen.
    await modal.getByText('When you try again, you will only need new photos of your document.').waitFor();
    // The failed attempt spent the client secret: "Try again" gets a fresh one from the demo's server.
    await modal.getByRole('button', { name: 'Try again' }).click();
    await expectHeading(modal, 'Photo page of your passport');
    await uploadPhoto(modal);
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await shot('verified on retry');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.verified');
    await expectSessionField(page, 'Status', 'verified');
  });

  scenario('records a declined consent, and lets the person start again', async ({ page, shot }) => {
    await configureSession(page);
    await startWithElement(page);
    const modal = dialog(page);
    await modal.getByRole('button', { name: 'Decline' }).click();
    await expectHeading(modal, 'Verification declined');
    await shot('declined');
    await expectLogEntry(domLog(page), 'verification-requires-input', 'consent_declined');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.requires_input', 'consent_declined');
    await expectSessionField(page, 'Last error', 'consent_declined');

    await modal.getByRole('button', { name: 'Try again' }).click();
    await expectHeading(modal, 'Before you start');
  });

  scenario('shows a session canceled by the server while the person is verifying', async ({ page, shot }) => {
    await configureSession(page);
    // Inline, so the server panel stays usable while the verification is open.
    await page.getByLabel('Show inline instead of in a modal').check();
    await startWithElement(page);
    const inline = page.getByRole('article', { name: 'The <verify-identity> element' });
    await acceptConsent(inline);
    await expectHeading(inline, 'Choose your document');
    await shot('verifying inline');

    await page.getByRole('button', { name: 'Cancel session' }).click();
    await expectHeading(inline, 'Verification canceled');
    await shot('canceled');
    await expectLogEntry(domLog(page), 'verification-canceled');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.canceled');

    // A canceled session is final: the server cannot cancel it twice.
    await page.getByRole('button', { name: 'Cancel session' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancel refused: 409 session_unexpected_state' }).waitFor();
  });

  scenario('redacts a verified session: it stays verified, and only the endpoint that lists .redacted hears of it', async ({ page, shot }) => {
    await configureSession(page);
    await startWithElement(page);
    const modal = dialog(page);
    await acceptConsent(modal);
    await chooseDocument(modal, 'passport');
    await uploadPhoto(modal);
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await modal.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Redact session' }).click();
    const webhooks = webhookLog(page);
    await page.getByRole('radio', { name: 'Lists identity.verification_session.redacted' }).check();
    await expectLogEntry(webhooks, 'identity.verification_session.redacted');
    await expectSessionField(page, 'Status', 'verified');
    await shot('endpoint listing redacted', page.getByRole('region', { name: '4. Events' }));

    // .redacted has been emitted by now: the endpoint subscribed to * got neither it nor a .canceled.
    await page.getByRole('radio', { name: 'Subscribed to *' }).check();
    await expectLogEntry(webhooks, 'identity.verification_session.verified');
    assert.equal(await webhooks.getByText('identity.verification_session.redacted').count(), 0);
    assert.equal(await webhooks.getByText('identity.verification_session.canceled').count(), 0);
    await shot('endpoint subscribed to all');
  });

  scenario('recovers from a server error injected into the submission', async ({ page, shot }) => {
    await configureSession(page);
    await page.getByLabel('Request', { exact: true }).selectOption({ label: 'submit' });
    await page.getByRole('button', { name: 'Fail with 500' }).click();
    const faultStatus = page.getByRole('status').filter({ hasText: /Armed|fault fired/ });
    await faultStatus.filter({ hasText: 'Armed: the next request to “submit” will fail with 500.' }).waitFor();

    await startWithElement(page);
    const modal = dialog(page);
    await acceptConsent(modal);
    await chooseDocument(modal, 'passport');
    await uploadPhoto(modal);
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await faultStatus.filter({ hasText: 'The fault fired' }).waitFor();
    await shot('verified despite the fault');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.verified');
  });

  scenario('has no accessibility violations, in light and dark, with and without the modal', async ({ page }) => {
    assert.deepEqual(await axeViolations(page), [], 'the page in light');
    await page.getByRole('radio', { name: 'Dark' }).check();
    assert.deepEqual(await axeViolations(page), [], 'the page in dark');
    await startWithElement(page);
    await expectHeading(dialog(page), 'Before you start');
    assert.deepEqual(await axeViolations(page), [], 'the consent step in dark');
  });
});
