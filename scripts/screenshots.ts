// `npm run screenshots`: the README's phone screenshots (docs/phone-*.png), taken from the built demo
// (`npm run build:demo` first) at 390 × 844 CSS px, in light, dark and right to left (Arabic).
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { uploadFixture, startDemo } from '../test/e2e/harness.js';
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

const docs = resolve(import.meta.dirname, '../docs');

async function heading(modal: Locator, name: string): Promise<void> {
  await modal.getByRole('heading', { name }).waitFor();
}

async function shoot(page: Page, file: string): Promise<void> {
  // Let the focus ring and the progress bar settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: resolve(docs, file) });
}

const harness = await startDemo({ screenshots: 'readme' });
try {
  for (const variant of VARIANTS) {
    const t: Strings = variant.strings;
    const demo = await harness.open(`screenshots ${variant.name}`);
    const { page } = demo;
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator(`input[name=theme][value=${variant.theme}]`).check();
      await page.locator('select[name=locale]').selectOption(variant.locale);
      await configureSession(page);
      await startWithElement(page);
      const modal = dialog(page);
      await heading(modal, t.consent.heading);
      await shoot(page, `phone-${variant.name}-1-consent.png`);
      await modal.getByRole('button', { name: t.consent.accept }).click();
      await heading(modal, t.documentType.heading);
      await modal.getByRole('radio').first().check();
      await modal.getByRole('button', { name: t.documentType.continue }).click();
      const upload = modal.getByRole('button', { name: t.capture.useUpload });
      const chooser = modal.getByLabel(t.capture.chooseFile);
      await upload.or(chooser).first().waitFor();
      if (await upload.isVisible()) await upload.click();
      await shoot(page, `phone-${variant.name}-2-capture.png`);
      await chooser.setInputFiles(uploadFixture);
      await modal.getByRole('button', { name: t.capture.check.use, exact: true }).click();
      await heading(modal, t.review.heading);
      await modal.getByRole('button', { name: t.review.submit }).click();
      await heading(modal, t.outcome.verifiedHeading);
      await shoot(page, `phone-${variant.name}-3-verified.png`);
    } finally {
      await demo.close();
    }
  }
} finally {
  await harness.close();
}
