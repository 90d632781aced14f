// End-to-end: the built demo in headless Chromium, driven the way a person uses it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe.js';
import { startDemo, type DemoHarness, type DemoPage } from './harness.js';
import {
  acceptConsent,
  armFault,
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
  verifyPassportByUpload,
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
    await verifyPassportByUpload(modal, 'The check did not go through');
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
    const inline = page.getByRole('region', { name: 'Try it' });
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
    await verifyPassportByUpload(modal);
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
    const faultStatus = await armFault(page, 'submit');

    await startWithElement(page);
    const modal = dialog(page);
    await verifyPassportByUpload(modal);
    await faultStatus.filter({ hasText: 'The fault fired' }).waitFor();
    await shot('verified despite the fault');
    await expectLogEntry(webhookLog(page), 'identity.verification_session.verified');
  });

  /** Whether the whole box is inside the viewport, as the page first shows it (no scrolling). */
  const inFirstScreen = async (page: Page, target: Locator) => {
    const box = await target.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && viewport);
    return box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
  };

  for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    it(`shows the main action and every scenario without scrolling on a ${viewport.width} × ${viewport.height} ${device}, no empty phone frame, and code that wraps`, { timeout: TEST_TIMEOUT }, async () => {
      const { page, shot, close, pageErrors } = await demo.open(`first screen ${device}`, { device, viewport });
      try {
        await shot('first screen', page.locator('body'));
        assert.equal(await inFirstScreen(page, page.getByRole('button', { name: 'Verify identity', exact: true })), true, 'Verify identity');
        const choices = page.getByRole('group', { name: 'Scenario' }).getByRole('radio');
        assert.equal(await choices.count(), 5);
        for (const choice of await choices.all()) {
          assert.equal(await inFirstScreen(page, choice), true, (await choice.getAttribute('value')) ?? '');
        }
        assert.equal(await page.getByTitle('Phone').isVisible(), false, 'the phone frame waits until it is used');
        for (const code of await page.locator('pre').all()) {
          const [scrollWidth, clientWidth] = await code.evaluate((pre) => [pre.scrollWidth, pre.clientWidth]);
          assert.ok(scrollWidth <= clientWidth, `a snippet is cut off: ${scrollWidth} > ${clientWidth} px`);
        }
        // Shown line by line, it still reads (and copies) as code: its lines and their indentation.
        assert.match(await page.locator('#element-snippet').innerText(), /\n<script type="module">\n {2}import 'verify-identity';\n \n {2}const verify = /);
        assert.deepEqual(pageErrors.map(String), []);
      } finally {
        await close();
      }
    });
  }

  scenario('each scenario fills in the server panel, so what it does can be seen and changed there', async ({ page }) => {
    const outcome = page.getByLabel('Test outcome');
    const allowed = async () => {
      const boxes = page.getByRole('group', { name: 'Allowed documents' }).getByRole('checkbox');
      return (await Promise.all((await boxes.all()).map(async (box) => ((await box.isChecked()) ? await box.getAttribute('value') : null)))).filter(Boolean);
    };
    await page.getByRole('radio', { name: 'Fails, then retry' }).check();
    assert.equal(await outcome.inputValue(), 'document_expired');
    await page.getByText('The first attempt fails (an expired document); “Try again” asks only for new photos, and then it passes.').waitFor();
    await page.getByRole('radio', { name: 'Two-sided ID card' }).check();
    assert.equal(await outcome.inputValue(), 'verified');
    assert.deepEqual(await allowed(), ['id_card']);
    await page.getByRole('radio', { name: 'Verified' }).check();
    assert.deepEqual(await allowed(), ['passport', 'id_card', 'driving_license']);
    assert.equal(await page.getByLabel('Show inline instead of in a modal').isChecked(), false);
    // The phone needs the shared mock: here (the in-page mock) it is offered, disabled, with the reason.
    assert.equal(await page.getByRole('radio', { name: 'Continue on a phone' }).isDisabled(), true);
    await page.getByText('(needs npm run demo)').waitFor();
  });

  scenario('the two-sided ID card scenario asks for both sides, on a consent that names the business and shows its logo', async ({ page, shot }) => {
    await page.getByRole('radio', { name: 'Two-sided ID card' }).check();
    await page.getByText('Only an ID card is accepted: a photo of its front, then of its back.').waitFor();
    await page.getByLabel('Business name').fill('Globex Savings');
    await page.getByRole('button', { name: 'Verify identity', exact: true }).click();
    const modal = dialog(page);
    await modal.getByText('Globex Savings asks you to verify your identity.').waitFor();
    await modal.getByRole('img', { name: 'Globex Savings' }).waitFor();
    await shot('branded consent');
    await acceptConsent(modal);
    await expectHeading(modal, 'Front of your ID card');
    await uploadPhoto(modal);
    await expectHeading(modal, 'Back of your ID card');
    await uploadPhoto(modal);
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await expectSessionField(page, 'Status', 'verified');
  });

  scenario('the slow network scenario arms its delays in the fault panel, and the person still gets verified', async ({ page, shot }) => {
    await page.getByRole('radio', { name: 'Slow network' }).check();
    await page.getByLabel('Processing time (ms)').fill('300');
    await page.getByRole('button', { name: 'Verify identity', exact: true }).click();
    const faultStatus = page.getByRole('status').filter({ hasText: /Armed|fault fired/ });
    await faultStatus.filter({ hasText: 'Armed for this scenario: the opening, the first upload and the submission each take 2.5 s longer.' }).waitFor();
    const modal = dialog(page);
    await verifyPassportByUpload(modal);
    await faultStatus.filter({ hasText: 'The fault fired' }).waitFor();
    await shot('verified on a slow network');
  });

  scenario('arms a fault in the shared mock API of `npm run demo` (?mock=http) too, and the SDK recovers from it', async ({ page }) => {
    await page.goto(new URL('?mock=http', page.url()).href);
    await page.getByRole('status').filter({ hasText: 'Mock backend ready: requests to /v1 are answered by the shared mock API' }).waitFor();
    await configureSession(page);
    const faultStatus = await armFault(page, 'submit');
    await startWithElement(page);
    const modal = dialog(page);
    await verifyPassportByUpload(modal);
    await faultStatus.filter({ hasText: 'The fault fired' }).waitFor();
  });

  scenario('the phone scenario shows the phone frame beside the inline element, and the frame opens the handoff link by itself', async ({ page, shot }) => {
    await page.goto(new URL('?mock=http', page.url()).href);
    await page.getByRole('status').filter({ hasText: 'Mock backend ready' }).waitFor();
    await page.getByRole('radio', { name: 'Continue on a phone' }).check();
    await page.getByLabel('Processing time (ms)').fill('300');
    await page.getByRole('button', { name: 'Verify identity', exact: true }).click();
    const inline = page.getByRole('region', { name: 'Try it' });
    await acceptConsent(inline);
    await expectHeading(inline, 'Photo page of your passport');
    assert.equal(await page.getByTitle('Phone').isVisible(), true);
    await inline.getByRole('button', { name: 'Continue on your phone' }).click();
    const phone = page.frameLocator('iframe[title="Phone"]').locator('verify-identity');
    // The phone continues the computer's verification: consent and document type were answered there.
    await expectHeading(phone, 'Photo page of your passport');
    await phone.getByText(/Continuing your verification for .+, started on your computer\./).waitFor();
    await inline.getByText('Opened on your phone. Continue there.').waitFor();
    await shot('phone frame beside the element', inline);
  });

  scenario('gives a light brand colour dark text on its buttons (no forced white)', async ({ page }) => {
    await page.getByLabel('Brand colour').fill('#ffd400');
    await startWithElement(page);
    const accept = dialog(page).getByRole('button', { name: 'Accept and continue' });
    await accept.waitFor();
    const [background, text] = await accept.evaluate((button) => {
      // Read back as sRGB through a canvas: computed relative colours may be reported in oklch.
      const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const style = getComputedStyle(button);
      return [style.backgroundColor, style.color].map((color) => {
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      });
    });
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [lighter, darker] = [luminance(background!), luminance(text!)].sort((a, b) => b - a);
    const contrast = (lighter! + 0.05) / (darker! + 0.05);
    assert.deepEqual(background, [255, 212, 0]);
    assert.ok(contrast >= 4.5, `text ${text} on ${background}: contrast ${contrast.toFixed(2)}`);
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
