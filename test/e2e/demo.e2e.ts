// End-to-end: the built demo in headless Chromium, driven the way a person uses it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
  verification,
  webhookLog,
} from './flow.js';

const TEST_TIMEOUT = 20_000;

describe('the demo', () => {
  let demo: DemoHarness;
  before(async () => {
    demo = await startDemo();
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
    await chooseDocument(modal, 'passport');
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
    await shot('events');
  });

  scenario('verifies a person who takes the photo with the camera, through verifyIdentity()', async ({ page, shot }) => {
    await configureSession(page);
    await startWithFunction(page);
    const modal = dialog(page);
    await acceptConsent(modal);
    await chooseDocument(modal, 'passport');
    await modal.getByRole('heading', { name: 'Front of your passport' }).waitFor();
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
});
