// End-to-end, keyboard only: plain.html, the smallest integration, driven with Tab, Shift+Tab, Enter,
// Space, the arrow keys and Escape (never a click), with every verification-* event read from the console.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { en } from '../../src/locales/en.js';
import { dialog, expectHeading } from './flow.js';
import { startDemo, uploadFixture, type DemoHarness, type DemoPage } from './harness.js';

// A flow takes 4–8 s here (the mock's checks take 2 s); the margin is for a loaded 2-core CI machine.
const TEST_TIMEOUT = 45_000;
const OPEN_BUTTON = 'Verify your identity';

/** A `verification-*` event as plain.html logs it: `console.log(type, detail)`. */
interface LoggedEvent {
  type: string;
  detail: Promise<unknown>;
}

/** What has the focus, looking through shadow roots, and whether it is inside the open modal <dialog>. */
interface Focus {
  /** False while the focus is out of the page, in the browser's own UI. */
  inPage: boolean;
  tag: string;
  /** Its accessible name, roughly: aria-label, else its labels' text (inputs), else its text. */
  name: string;
  inDialog: boolean;
  checked: boolean | null;
}

async function focused(page: Page): Promise<Focus> {
  // No named functions in here: tsx would wrap them in a helper that does not exist in the page.
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    let inDialog = false;
    for (let node: Node | null = active; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof HTMLDialogElement && node.open && node.matches(':modal')) inDialog = true;
    }
    const element = active instanceof HTMLElement ? active : null;
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])].map((label) => label.textContent).join(' ') : '';
    const name = element?.getAttribute('aria-label') ?? (labels || element?.textContent) ?? '';
    return {
      inPage: document.hasFocus(),
      tag: element?.localName ?? 'none',
      name: name.replace(/\s+/g, ' ').trim(),
      inDialog,
      checked: element instanceof HTMLInputElement ? element.checked : null,
    };
  });
}

const describeFocus = (focus: Focus) =>
  focus.inPage ? `<${focus.tag}> "${focus.name}"${focus.inDialog ? '' : ' (outside the dialog)'}` : '(out of the page)';

async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Asserts that the focus is inside the modal. With `orOutOfPage`, it may also be in the browser's own UI:
 * Chromium passes it there between the modal's last control and its first (the page behind stays inert).
 */
async function expectFocusInDialog(page: Page, { orOutOfPage = false } = {}): Promise<Focus> {
  const focus = await focused(page);
  assert.ok(focus.inDialog || (orOutOfPage && !focus.inPage), `focus escaped the modal: ${describeFocus(focus)}`);
  return focus;
}

/** Waits for a step's heading and for the focus to move to it, inside the modal. */
async function expectStep(page: Page, heading: string): Promise<void> {
  await expectHeading(dialog(page), heading);
  await until(async () => (await focused(page)).name === heading, `the focus on the heading "${heading}"`);
  await expectFocusInDialog(page);
}

/** Presses `key` until the control named `name` has the focus, checking after each press that focus stays in the modal. */
async function pressUntilFocused(page: Page, name: string, key = 'Tab', { orOutOfPage = false } = {}): Promise<Focus> {
  const seen: string[] = [];
  for (let press = 0; press < 12; press += 1) {
    await page.keyboard.press(key);
    const focus = await expectFocusInDialog(page, { orOutOfPage });
    if (focus.name === name) return focus;
    seen.push(describeFocus(focus));
  }
  throw new Error(`${key} never reached "${name}"; it went through ${seen.join(', ')}.`);
}

/** Logs the page's verification-* console messages, in order. */
function consoleEvents(page: Page) {
  const events: LoggedEvent[] = [];
  page.on('console', (message) => {
    const [type, detail] = message.args();
    const text = message.text();
    if (message.type() !== 'log' || !type || !/^verification-[a-z-]+ /.test(text)) return;
    // Read now: the handles go when the page closes.
    const value = detail ? detail.jsonValue() : Promise.resolve(undefined);
    value.catch(() => undefined);
    events.push({ type: text.split(' ')[0]!, detail: value });
  });
  return {
    /** Event names, `verification-step` left out unless asked for. */
    types: (withSteps = false) => events.map(({ type }) => type).filter((type) => withSteps || type !== 'verification-step'),
    /** Waits for a `type` event; resolves with the latest one's detail. */
    async waitFor(type: string): Promise<unknown> {
      await until(() => events.some((event) => event.type === type), `${type} in the console`);
      return events.filter((event) => event.type === type).at(-1)!.detail;
    },
    /** The details of every `type` event so far. */
    details: (type: string) => Promise.all(events.filter((event) => event.type === type).map(({ detail }) => detail)),
  };
}

/** Waits until the open button is usable (the mock backend is up). */
const plainReady = (page: Page) => openButton(page).and(page.locator(':enabled')).waitFor();

function openButton(page: Page): Locator {
  return page.getByRole('button', { name: OPEN_BUTTON, exact: true });
}

/** From the page's first Tab to the consent step. */
async function openByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const focus = await focused(page);
  assert.equal(describeFocus(focus), describeFocus({ inPage: true, tag: 'button', name: OPEN_BUTTON, inDialog: false, checked: null }));
  await page.keyboard.press('Enter');
  await expectStep(page, en.consent.heading);
}

/** Document type (if asked), a photo chosen through the file chooser, and Submit: all by keyboard. */
async function provideDocumentByKeyboard({ page, shot, nextFileChooser }: DemoPage): Promise<void> {
  const modal = dialog(page);
  const documentStep = modal.getByRole('heading', { name: en.documentType.heading });
  const captureStep = modal.getByRole('heading', { name: /^(Front of your |Photo page of your )/ });
  await documentStep.or(captureStep).waitFor();
  if (await documentStep.isVisible()) {
    await expectStep(page, en.documentType.heading);
    await shot('document type');
    // Tab enters the radio group; the arrow keys move through it, checking as they go.
    let focus = await pressUntilFocused(page, en.documentTypeNames.driving_license);
    for (let press = 0; focus.name !== en.documentTypeNames.passport && press < 3; press += 1) {
      await page.keyboard.press('ArrowDown');
      focus = await expectFocusInDialog(page);
    }
    assert.equal(focus.name, en.documentTypeNames.passport);
    if (!focus.checked) await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true, 'passport is chosen');
    await pressUntilFocused(page, en.documentType.continue);
    await page.keyboard.press('Enter');
  }

  await expectStep(page, en.capture.passportHeading);
  // A device that opens the camera first offers upload with a button.
  const useUpload = modal.getByRole('button', { name: en.capture.useUpload });
  if (await useUpload.isVisible()) {
    await pressUntilFocused(page, en.capture.useUpload);
    await page.keyboard.press('Enter');
  }
  // The file input is visually hidden behind its "Choose a photo" label: Tab reaches the input itself.
  await pressUntilFocused(page, en.capture.chooseFile);
  await shot('capture, "Choose a photo" focused');
  await page.keyboard.press('Space');
  await (await nextFileChooser()).setFiles(uploadFixture);
  // The check after the photo takes the focus to its verdict; "Use this photo" follows.
  await dialog(page).getByText(en.capture.check.good).waitFor();
  await pressUntilFocused(page, en.capture.check.use);
  await shot('check, "Use this photo" focused');
  await page.keyboard.press('Enter');

  await expectStep(page, en.review.heading);
  await shot('review');
  await pressUntilFocused(page, en.review.submit);
  await page.keyboard.press('Enter');
}

/** Presses Done on an outcome and checks the focus went back to the open button. */
async function doneByKeyboard(page: Page): Promise<void> {
  await pressUntilFocused(page, en.outcome.done);
  await page.keyboard.press('Enter');
  await dialog(page).waitFor({ state: 'hidden' });
  await until(async () => (await focused(page)).name === OPEN_BUTTON, 'the focus back on the open button');
}

describe('plain.html, by keyboard only', () => {
  let demo: DemoHarness;
  before(async () => {
    demo = await startDemo({ screenshots: 'keyboard' });
  });
  after(async () => {
    await demo?.close();
  });

  /** Opens plain.html (with `query`) for one test, and closes it however the test ends. */
  function scenario(name: string, query: string, body: (demoPage: DemoPage, events: ReturnType<typeof consoleEvents>) => Promise<void>): void {
    it(name, { timeout: TEST_TIMEOUT }, async () => {
      const demoPage = await demo.open(name, { path: `plain.html${query}`, ready: plainReady });
      const events = consoleEvents(demoPage.page);
      try {
        await body(demoPage, events);
        assert.deepEqual(demoPage.pageErrors.map(String), []);
      } catch (error) {
        await demoPage.shot('failure').catch(() => undefined);
        throw error;
      } finally {
        await demoPage.close();
      }
    });
  }

  scenario('verifies a person who uses only the keyboard, every event in the console', '', async (demoPage, events) => {
    const { page, shot } = demoPage;
    await shot('page');
    await openByKeyboard(page);
    await shot('consent');
    await pressUntilFocused(page, en.consent.accept);
    await page.keyboard.press('Enter');
    await provideDocumentByKeyboard(demoPage);
    await expectStep(page, en.outcome.verifiedHeading);
    await shot('verified');
    await doneByKeyboard(page);
    await shot('closed');

    assert.deepEqual(await events.waitFor('verification-close'), { reason: 'completed', status: 'verified' });
    assert.deepEqual(events.types(), [
      'verification-ready',
      'verification-processing',
      'verification-status-change',
      'verification-verified',
      'verification-status-change',
      'verification-close',
    ]);
    const changes = (await events.details('verification-status-change')) as { status: string; previousStatus: string }[];
    assert.deepEqual(
      changes.map(({ status, previousStatus }) => `${previousStatus} → ${status}`),
      ['requires_input → processing', 'processing → verified'],
    );
  });

  scenario('fails a first attempt with an expired document, then verifies on "Try again", by keyboard', '?outcome=document_expired', async (demoPage, events) => {
    const { page, shot } = demoPage;
    await openByKeyboard(page);
    await pressUntilFocused(page, en.consent.accept);
    await page.keyboard.press('Enter');
    await provideDocumentByKeyboard(demoPage);
    await expectStep(page, en.outcome.failedHeading);
    await dialog(page).getByText(en.lastErrors.document_expired!, { exact: true }).waitFor();
    await shot('failed');
    const failure = (await events.waitFor('verification-requires-input')) as { lastError: { code: string } };
    assert.equal(failure.lastError.code, 'document_expired');

    await pressUntilFocused(page, en.outcome.tryAgain);
    await page.keyboard.press('Enter');
    await provideDocumentByKeyboard(demoPage);
    await expectStep(page, en.outcome.verifiedHeading);
    await shot('verified on retry');
    await doneByKeyboard(page);

    assert.deepEqual(await events.waitFor('verification-close'), { reason: 'completed', status: 'verified' });
    assert.deepEqual(events.types(), [
      'verification-ready',
      'verification-processing',
      'verification-status-change',
      'verification-requires-input',
      'verification-status-change',
      'verification-processing',
      'verification-status-change',
      'verification-verified',
      'verification-status-change',
      'verification-close',
    ]);
  });

  scenario('keeps the focus in the modal, and closes it on Escape', '', async ({ page, shot }, events) => {
    await openByKeyboard(page);
    // Round the modal both ways, further than it has controls: the focus never reaches the page behind.
    const visited = new Set<string>();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let press = 0; press < 8; press += 1) {
        await page.keyboard.press(key);
        visited.add(describeFocus(await expectFocusInDialog(page, { orOutOfPage: true })));
      }
    }
    for (const name of [en.dialog.close, en.consent.whyLabel, en.consent.decline, en.consent.accept]) {
      assert.ok(visited.has(`<button> "${name}"`), `Tab reached ${name}: ${[...visited].join(', ')}`);
    }
    await pressUntilFocused(page, en.consent.decline, 'Tab', { orOutOfPage: true });
    await shot('focus kept in the modal');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    assert.deepEqual(await events.waitFor('verification-close'), { reason: 'dismissed', status: 'requires_input' });
    await until(async () => (await focused(page)).name === OPEN_BUTTON, 'the focus back on the open button');
    await shot('dismissed');
    // Escape is a close request the page could have vetoed; nothing would be lost on the consent, so it closes.
    assert.deepEqual(events.types(), ['verification-ready', 'verification-request-close', 'verification-close']);
  });
});
