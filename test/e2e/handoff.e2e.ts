// End-to-end: "Continue on your phone". The demo served with the shared mock API (`?mock=http`: the
// preview server serves it, as `npm run demo` does), a desktop and a phone in two separate browser
// contexts (no shared page state, like two devices), the phone with a touch screen and the fake camera.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe.js';
import { startDemo, type DemoHarness, type DemoPage } from './harness.js';
import { acceptConsent, chooseDocument, configureSession, dialog, domLog, expectHeading, expectLogEntry, startWithElement, submit, takePhoto } from './flow.js';

// Two browser contexts and a camera flow: 15–30 s here; the margin is for a loaded 2-core CI machine.
const TEST_TIMEOUT = 90_000;

/** The phone's page is the handoff page: the element shows inline once it claimed the code. */
const phoneReady = async (page: Page) => {
  await page.locator('verify-identity').waitFor({ state: 'attached' });
};

describe('continue on your phone', () => {
  let demo: DemoHarness;
  before(async () => {
    demo = await startDemo({ screenshots: 'handoff' });
  });
  after(async () => {
    await demo?.close();
  });

  function scenario(name: string, body: (open: (device: 'desktop' | 'phone', path?: string) => Promise<DemoPage>) => Promise<void>): void {
    it(name, { timeout: TEST_TIMEOUT }, async () => {
      const pages: DemoPage[] = [];
      const open = async (device: 'desktop' | 'phone', path = '?mock=http') => {
        const opened = await demo.open(`${name} ${device} ${pages.length}`, device === 'phone' ? { path, device, ready: phoneReady } : { path });
        pages.push(opened);
        return opened;
      };
      try {
        await body(open);
        for (const { pageErrors } of pages) assert.deepEqual(pageErrors.map(String), []);
      } catch (error) {
        for (const page of pages) await page.shot('failure').catch(() => undefined);
        throw error;
      } finally {
        for (const page of pages) await page.close();
      }
    });
  }

  /** Starts a verification on the desktop and asks for a handoff on its first capture step; gives the link as the QR code's text alternative says it. */
  async function handOff(desktop: DemoPage, { inline = false } = {}): Promise<{ modal: Locator; link: string }> {
    const { page } = desktop;
    await configureSession(page);
    // Inline, the rest of the demo (the server panel, the test-mode switch) stays usable: a modal makes it inert.
    if (inline) await page.getByLabel('Show inline instead of in a modal').check();
    await startWithElement(page);
    const modal = inline ? page.locator('verify-identity') : dialog(page);
    await acceptConsent(modal);
    await chooseDocument(modal, 'passport');
    await expectHeading(modal, 'Photo page of your passport');
    await modal.getByRole('button', { name: 'Continue on your phone' }).click();
    return { modal, link: await scannedLink(modal) };
  }

  async function scannedLink(modal: Locator): Promise<string> {
    const qr = modal.getByRole('img', { name: /^QR code of the link / });
    await qr.waitFor();
    const label = (await qr.getAttribute('aria-label')) ?? '';
    const link = /https?:\/\/\S+/.exec(label)?.[0];
    assert.ok(link, label);
    return link;
  }

  /**
   * The phone's part of the flow, with the fake camera: it continues where the computer was (consent given,
   * passport chosen there), so it starts at the photo.
   */
  async function completeOnPhone(phone: DemoPage): Promise<void> {
    const flow = phone.page.locator('verify-identity');
    await expectHeading(flow, 'Photo page of your passport');
    await takePhoto(flow);
    await submit(flow);
  }

  scenario('a person scans the code, completes on the phone, and the desktop reaches the outcome by itself', async (open) => {
    const desktop = await open('desktop');
    const { modal, link } = await handOff(desktop);
    const url = new URL(link);
    assert.equal(url.pathname.endsWith('/handoff.html'), true);
    assert.match(url.hash, /^#code=vs_\w+_handoff_\w+$/);
    assert.ok(!link.includes('_secret_'), 'the client secret is never in the link');
    await modal.getByText('Waiting for your phone…').waitFor();
    assert.equal(await modal.getByLabel('Link for your phone').inputValue(), link, 'the same link to copy');
    await modal.getByText(/^This code works once, until /).waitFor();
    assert.deepEqual(await axeViolations(desktop.page), []);
    await desktop.shot('qr code');

    const phone = await open('phone', link);
    await expectHeading(phone.page.locator('verify-identity'), 'Photo page of your passport');
    await phone.page.getByText(/^Continuing (your|the) verification .*started on your computer\.$/).waitFor();
    assert.ok(!phone.page.url().includes('#'), `the code left the address bar: ${phone.page.url()}`);
    await modal.getByText('Opened on your phone. Continue there.').waitFor();
    await desktop.shot('opened on the phone');

    await completeOnPhone(phone);
    await expectHeading(phone.page.locator('verify-identity'), 'You are verified');
    await phone.page.getByText('You can now return to your computer.').waitFor();
    await phone.shot('verified on the phone');

    await expectHeading(modal, 'You are verified');
    await expectLogEntry(domLog(desktop.page), 'verification-processing');
    await expectLogEntry(domLog(desktop.page), 'verification-verified');
    await desktop.shot('verified on the desktop');
    await modal.getByRole('button', { name: 'Done' }).click();
    await expectLogEntry(domLog(desktop.page), 'verification-close', 'completed');
  });

  scenario('with the modal, the demo’s phone window opens the link by itself; completed there, the modal reaches the outcome', async (open) => {
    const desktop = await open('desktop');
    // Opened before the modal: the modal makes the rest of the demo, this button included, inert.
    const popup = desktop.page.waitForEvent('popup');
    await desktop.page.getByRole('button', { name: 'Open the phone in a second window' }).click();
    const phonePage = await popup;
    const phoneErrors: Error[] = [];
    phonePage.on('pageerror', (error) => phoneErrors.push(error));
    await phonePage.getByText('Scan the QR code shown on your computer to continue here.').waitFor();

    const { modal } = await handOff(desktop);
    const flow = phonePage.locator('verify-identity');
    await expectHeading(flow, 'Photo page of your passport');
    await modal.getByText('Opened on your phone. Continue there.').waitFor();
    await desktop.shot('phone window opened the link');

    await takePhoto(flow);
    await submit(flow);
    await expectHeading(flow, 'You are verified');
    await expectHeading(modal, 'You are verified');
    await expectLogEntry(domLog(desktop.page), 'verification-verified');
    assert.deepEqual(phoneErrors.map(String), []);
  });

  scenario('refuses a reused code and an expired one; the desktop makes a new code on demand', async (open) => {
    const desktop = await open('desktop');
    const { modal, link } = await handOff(desktop, { inline: true });
    const first = await open('phone', link);
    await expectHeading(first.page.locator('verify-identity'), 'Photo page of your passport');

    const second = await open('phone', link);
    await expectHeading(second.page.locator('verify-identity'), 'This link was already used');
    await second.page.getByText('This link has already been used. Make a new code on your computer.').waitFor();
    await second.shot('reused code');

    // Back on the desktop: a new code, then the demo's test-mode switch expires it.
    await modal.getByRole('button', { name: 'Use this computer instead' }).click();
    await modal.getByRole('button', { name: 'Continue on your phone' }).click();
    const next = await scannedLink(modal);
    assert.notEqual(next, link);
    await desktop.page.getByRole('button', { name: 'Test mode: expire the code now' }).click();
    await modal.getByText('This code has expired.').waitFor();
    assert.equal(await modal.getByRole('img', { name: /^QR code/ }).count(), 0, 'an expired code is no longer shown');
    await desktop.shot('expired code');
    const late = await open('phone', next);
    await late.page.getByText('This link has expired. Make a new code on your computer.').waitFor();

    await modal.getByRole('button', { name: 'Make a new code' }).click();
    const fresh = await scannedLink(modal);
    assert.notEqual(fresh, next);
    // The first phone still holds the session (its secret can act): a new code does not say "Waiting".
    await modal.getByText('Opened on your phone. Continue there.').waitFor();
  });

  scenario('a session canceled by the server while the phone is mid-flow reaches both devices', async (open) => {
    const desktop = await open('desktop');
    const { modal, link } = await handOff(desktop, { inline: true });
    const phone = await open('phone', link);
    const flow = phone.page.locator('verify-identity');
    await expectHeading(flow, 'Photo page of your passport');

    await desktop.page.getByRole('button', { name: 'Cancel session' }).click();
    await expectHeading(flow, 'Verification canceled');
    await expectHeading(modal, 'Verification canceled');
    await expectLogEntry(domLog(desktop.page), 'verification-canceled');
  });

  scenario('the phone finishes while the desktop is closed; the reopened desktop modal shows the outcome', async (open) => {
    const desktop = await open('desktop');
    const { modal, link } = await handOff(desktop);
    const phone = await open('phone', link);
    await modal.getByText('Opened on your phone. Continue there.').waitFor();
    await modal.getByRole('button', { name: 'Close' }).click();
    await expectLogEntry(domLog(desktop.page), 'verification-close', 'dismissed');

    await completeOnPhone(phone);
    await expectHeading(phone.page.locator('verify-identity'), 'You are verified');

    await desktop.page.evaluate(() => void document.querySelector('verify-identity')!.show());
    await expectHeading(modal, 'You are verified');
  });
});
