// `npm run screenshots`: from the built demo (`npm run build:demo` first, which the npm script does), on a phone-sized
// touch screen:
// - the phone screenshots of docs/phone-steps.md, docs/phone-{light,dark,rtl}-{1-consent,2-capture,3-verified}.png, at 390 × 844;
// - a contact sheet of every phone step, in light, dark and Arabic (right to left), one per screen size:
//   docs/phone-steps-390x844.png and docs/phone-steps-320x568.png (docs/phone-steps.md shows them).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { uploadFixture, startDemo, type DemoHarness } from '../test/e2e/harness.js';
import { configureSession, dialog, startWithElement } from '../test/e2e/flow.js';
import { en } from '../src/locales/en.js';
import arabic from '../src/locales/ar.js';
import { fillMissing } from '../src/internal/merge-strings.js';
import type { Strings } from '../src/locales/en.js';

// What Arabic has not translated yet shows in English, as in the element.
const ar = fillMissing<Strings>(en, arabic);

const VARIANTS = [
  { name: 'light', theme: 'light', locale: 'en', strings: en },
  { name: 'dark', theme: 'dark', locale: 'en', strings: en },
  { name: 'rtl', theme: 'light', locale: 'ar', strings: ar },
] as const satisfies readonly { name: string; theme: string; locale: string; strings: Strings }[];
type Variant = (typeof VARIANTS)[number];

const SIZES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const;
type Size = (typeof SIZES)[number];

const docs = resolve(import.meta.dirname, '../docs');

interface Shot {
  step: string;
  file: string;
}

async function heading(modal: Locator, name: string): Promise<void> {
  await modal.getByRole('heading', { name }).first().waitFor();
}

async function settle(page: Page): Promise<void> {
  // Let the focus ring and the progress bar settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Opens the demo on a phone with the variant's theme and language, and starts the element. */
async function start(harness: DemoHarness, variant: Variant, size: Size, name: string, configure?: (page: Page) => Promise<void>) {
  const demo = await harness.open(`screenshots ${name}`, { device: 'phone', viewport: size });
  const { page } = demo;
  await page.locator(`input[name=theme][value=${variant.theme}]`).check();
  await page.locator('select[name=locale]').selectOption(variant.locale);
  await configure?.(page);
  await startWithElement(page);
  return { demo, page, modal: dialog(page) };
}

/** Chooses the fixture photo in upload mode, and waits for its check screen. */
async function choosePhoto(modal: Locator, t: Strings): Promise<void> {
  const upload = modal.getByRole('button', { name: t.capture.useUpload });
  const chooser = modal.getByLabel(t.capture.chooseFile);
  await upload.or(chooser).first().waitFor();
  if (await upload.isVisible()) await upload.click();
  await chooser.setInputFiles(uploadFixture);
  await modal.getByRole('button', { name: t.capture.check.use, exact: true }).waitFor();
}

/** Every step and state of a full flow (ID card front and back, ID number), then a declined consent. */
async function walk(harness: DemoHarness, variant: Variant, size: Size, folder: string): Promise<Shot[]> {
  const t: Strings = variant.strings;
  const shots: Shot[] = [];
  const label = `${variant.name}-${size.width}x${size.height}`;
  const shoot = async (page: Page, step: string) => {
    await settle(page);
    const file = join(folder, `${label}-${String(shots.length + 1).padStart(2, '0')}.png`);
    await page.screenshot({ path: file });
    shots.push({ step, file });
  };

  const { demo, page, modal } = await start(harness, variant, size, label, async (demoPage) => {
    await demoPage.getByLabel('Require an ID number').check();
    await configureSession(demoPage, { processingMs: 2500 });
  });
  try {
    await heading(modal, t.consent.heading);
    await shoot(page, 'consent');
    await modal.getByRole('button', { name: t.consent.accept }).click();
    await heading(modal, t.documentType.heading);
    await modal.getByRole('radio', { name: t.documentTypeNames.id_card }).check();
    await shoot(page, 'document type');
    await modal.getByRole('button', { name: t.documentType.continue }).click();
    // A touch screen opens the camera first.
    await modal.getByRole('button', { name: t.capture.capture }).waitFor();
    await shoot(page, 'capture, camera');
    await modal.getByRole('button', { name: t.capture.useUpload }).click();
    await modal.getByLabel(t.capture.chooseFile).waitFor();
    await shoot(page, 'capture, upload');
    await choosePhoto(modal, t);
    await shoot(page, 'capture, check');
    await modal.getByRole('button', { name: t.dialog.close }).click();
    await heading(modal, t.leave.heading);
    await shoot(page, 'leave question');
    await modal.getByRole('button', { name: t.leave.stay }).click();
    await modal.getByRole('button', { name: t.capture.check.use, exact: true }).click();
    await choosePhoto(modal, t);
    await modal.getByRole('button', { name: t.capture.check.use, exact: true }).click();
    await heading(modal, t.idNumber.heading);
    await shoot(page, 'ID number');
    await modal.locator('#first_name').fill('Ada');
    await modal.locator('#last_name').fill('Lovelace');
    await modal.locator('#dob').fill('1990-12-10');
    await modal.locator('#id_number').fill('123456789');
    await modal.getByRole('button', { name: t.idNumber.continue }).click();
    await heading(modal, t.review.heading);
    await shoot(page, 'review');
    await modal.getByRole('button', { name: t.review.submit }).click();
    await heading(modal, t.processing.heading);
    await shoot(page, 'processing');
    await heading(modal, t.outcome.verifiedHeading);
    await shoot(page, 'verified');
  } finally {
    await demo.close();
  }

  const declined = await start(harness, variant, size, `${label} declined`);
  try {
    await heading(declined.modal, t.consent.heading);
    await declined.modal.getByRole('button', { name: t.consent.decline }).click();
    await heading(declined.modal, t.outcome.declinedHeading);
    await shoot(declined.page, 'declined');
  } finally {
    await declined.demo.close();
  }
  return shots;
}

/** The three screenshots (docs/phone-steps.md) of a variant, at 390 × 844: the consent, the capture step (upload), verified. */
async function readmeShots(harness: DemoHarness, variant: Variant): Promise<void> {
  const t: Strings = variant.strings;
  const { demo, page, modal } = await start(harness, variant, SIZES[0], `readme ${variant.name}`, (demoPage) => configureSession(demoPage));
  try {
    await heading(modal, t.consent.heading);
    await settle(page);
    await page.screenshot({ path: resolve(docs, `phone-${variant.name}-1-consent.png`) });
    await modal.getByRole('button', { name: t.consent.accept }).click();
    await heading(modal, t.documentType.heading);
    await modal.getByRole('radio').first().check();
    await modal.getByRole('button', { name: t.documentType.continue }).click();
    await modal.getByRole('button', { name: t.capture.useUpload }).click();
    await modal.getByLabel(t.capture.chooseFile).waitFor();
    await settle(page);
    await page.screenshot({ path: resolve(docs, `phone-${variant.name}-2-capture.png`) });
    await choosePhoto(modal, t);
    await modal.getByRole('button', { name: t.capture.check.use, exact: true }).click();
    await heading(modal, t.review.heading);
    await modal.getByRole('button', { name: t.review.submit }).click();
    await heading(modal, t.outcome.verifiedHeading);
    await settle(page);
    await page.screenshot({ path: resolve(docs, `phone-${variant.name}-3-verified.png`) });
  } finally {
    await demo.close();
  }
}

/** One sheet a screen size: a row a variant, each step at half size under its name. */
async function contactSheet(harness: DemoHarness, size: Size, rows: { variant: Variant; shots: Shot[] }[]): Promise<void> {
  const width = size.width / 2;
  const cells = async (shots: Shot[]) =>
    (await Promise.all(shots.map(async ({ step, file }) => `<figure><img width="${width}" src="data:image/png;base64,${(await readFile(file)).toString('base64')}" alt=""><figcaption>${step}</figcaption></figure>`))).join('');
  const body = (await Promise.all(rows.map(async ({ variant, shots }) => `<h2>${variant.name}</h2><div class="row">${await cells(shots)}</div>`))).join('');
  const demo = await harness.open(`contact sheet ${size.width}`, { viewport: { width: 1280, height: 800 }, ready: async () => undefined });
  try {
    await demo.page.setContent(`<!doctype html><style>
      body { margin: 16px; font: 13px system-ui, sans-serif; background: #e8eaed; }
      h1 { font-size: 16px; margin: 0 0 8px; } h2 { font-size: 14px; margin: 12px 0 4px; }
      .row { display: flex; gap: 8px; width: max-content; }
      figure { margin: 0; } img { display: block; border: 1px solid #9aa0a6; } figcaption { text-align: center; }
    </style><h1>&lt;verify-identity&gt; on a ${size.width} × ${size.height} phone</h1>${body}`);
    await demo.page.screenshot({ path: resolve(docs, `phone-steps-${size.width}x${size.height}.png`), fullPage: true });
  } finally {
    await demo.close();
  }
}

const folder = await mkdtemp(join(tmpdir(), 'verify-identity-screenshots-'));
const harness = await startDemo({ screenshots: 'readme' });
try {
  for (const variant of VARIANTS) await readmeShots(harness, variant);
  for (const size of SIZES) {
    const rows: { variant: Variant; shots: Shot[] }[] = [];
    for (const variant of VARIANTS) rows.push({ variant, shots: await walk(harness, variant, size, folder) });
    await contactSheet(harness, size, rows);
  }
} finally {
  await harness.close();
  await rm(folder, { recursive: true, force: true });
}
